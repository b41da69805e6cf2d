import { MAX_SHIFT_HOURS } from '../../shared/field-log';
import { findPersonalData } from '../../shared/personal-data';
import { EARLIEST_SHIFT_START, MAX_YEARS_AHEAD, plausibleShiftStart } from '../../shared/shift-time';
import type { ErrorIssue } from '../http/errors';
import type { TimeUseWanted } from '../role-separation/role-separation.service';
import type { ShiftInput } from './shift.schema';

/** Free-text fields of a shift, by their path in the save request. */
function freeTexts(shift: ShiftInput): [path: string, text: string | null][] {
  return [
    ['shift.title', shift.title],
    ['shift.notes', shift.notes],
    ...shift.observations.map((o, i): [string, string | null] => [`shift.observations.${i}.note`, o.note]),
  ];
}

/** Encounters are anonymous: no personnummer, phone number or e-mail in any free text. */
export function personalDataIssues(shift: ShiftInput): ErrorIssue[] {
  return freeTexts(shift).flatMap(([path, text]) => {
    const found = text ? findPersonalData(text) : [];
    return found.length === 0
      ? []
      : [
          {
            path,
            code: 'personal_data',
            message: `Contains ${found.map((f) => f.kind).join(', ')}; notes must not identify anyone`,
          },
        ];
  });
}

/**
 * A shift starts in a plausible window (a mistyped year is refused, not filed in 1906), is not done
 * before it starts, ends after it starts and lasts at most a day.
 */
export function timeSpanIssues(shift: ShiftInput, now: Date): ErrorIssue[] {
  const start = Date.parse(shift.startsAt);
  const end = Date.parse(shift.endsAt);
  if (!plausibleShiftStart(shift.startsAt, now)) {
    return [
      {
        path: 'shift.startsAt',
        code: 'implausible_date',
        message: `A shift starts on or after ${EARLIEST_SHIFT_START.slice(0, 10)} and at most ${MAX_YEARS_AHEAD} years ahead`,
      },
    ];
  }
  if (shift.status === 'done' && start > now.getTime()) {
    return [
      { path: 'shift.status', code: 'done_before_start', message: 'A shift cannot be done before it starts' },
    ];
  }
  if (end <= start)
    return [
      { path: 'shift.endsAt', code: 'ends_before_start', message: 'The shift must end after it starts' },
    ];
  if (end - start > MAX_SHIFT_HOURS * 3_600_000) {
    return [
      { path: 'shift.endsAt', code: 'too_long', message: `A shift lasts at most ${MAX_SHIFT_HOURS} hours` },
    ];
  }
  return [];
}

type Reference = { kind: string; retired: boolean };

/**
 * Every category a shift names must exist in the municipality and be of the right kind. A retired
 * one may stay on a shift that already had it, but not be newly added.
 */
export function categoryIssues(
  shift: ShiftInput,
  previous: ShiftInput | null,
  categories: Map<string, Reference>,
): ErrorIssue[] {
  const before = new Set(previous ? referencedCategories(previous).map(([, id]) => id) : []);
  return referencedCategories(shift).flatMap(([path, id, kind]) => {
    const category = categories.get(id);
    if (!category || category.kind !== kind) {
      return [{ path, code: 'unknown_category', message: `Not a ${kind} of this municipality` }];
    }
    if (category.retired && !before.has(id))
      return [{ path, code: 'category_retired', message: 'This category is retired' }];
    return [];
  });
}

function referencedCategories(shift: ShiftInput): [path: string, id: string, kind: string][] {
  return [
    ...shift.arenaIds.map((id, i): [string, string, string] => [`shift.arenaIds.${i}`, id, 'arena']),
    ...shift.riskFactorIds.map((id, i): [string, string, string] => [
      `shift.riskFactorIds.${i}`,
      id,
      'risk_factor',
    ]),
    ...shift.protectiveFactorIds.map((id, i): [string, string, string] => [
      `shift.protectiveFactorIds.${i}`,
      id,
      'protective_factor',
    ]),
    ...shift.encounters.map((e, i): [string, string, string] => [
      `shift.encounters.${i}.ageBandId`,
      e.ageBandId,
      'age_band',
    ]),
    ...shift.topics.map((t, i): [string, string, string] => [
      `shift.topics.${i}.topicId`,
      t.topicId,
      'topic',
    ]),
    ...shift.actions.map((a, i): [string, string, string] => [
      `shift.actions.${i}.ageBandId`,
      a.ageBandId,
      'age_band',
    ]),
    ...shift.actions.flatMap((a, i): [string, string, string][] =>
      a.serviceId ? [[`shift.actions.${i}.serviceId`, a.serviceId, 'service']] : [],
    ),
    ...shift.observations.map((o, i): [string, string, string] => [
      `shift.observations.${i}.typeId`,
      o.typeId,
      'observation_type',
    ]),
  ];
}

/** Each observation has its own id within the shift (ids are made on the phone). */
export function observationIssues(shift: ShiftInput): ErrorIssue[] {
  const seen = new Set<string>();
  return shift.observations.flatMap((observation, i) => {
    if (!seen.has(observation.id)) {
      seen.add(observation.id);
      return [];
    }
    return [
      { path: `shift.observations.${i}.id`, code: 'duplicate_id', message: 'Two observations share this id' },
    ];
  });
}

/** Guidance names the service guided to; other actions name none. */
export function actionIssues(shift: ShiftInput): ErrorIssue[] {
  return shift.actions.flatMap((action, i) =>
    (action.kind === 'guidance') === (action.serviceId !== null)
      ? []
      : [
          {
            path: `shift.actions.${i}.serviceId`,
            code: 'service_required',
            message: 'Guidance, and only guidance, names a service',
          },
        ],
  );
}

/** The ids of every category and area a shift names, for loading just those to check them. */
export function referenceIdsOf(shift: ShiftInput): { categories: string[]; areas: string[] } {
  return {
    categories: referencedCategories(shift).map(([, id]) => id),
    areas: [...shift.areaIds, ...shift.observations.flatMap((o) => (o.areaId ? [o.areaId] : []))],
  };
}

/** Areas must exist in the municipality; an inactive one may stay but not be added. */
export function areaIssues(
  shift: ShiftInput,
  previous: ShiftInput | null,
  areas: Map<string, { active: boolean }>,
): ErrorIssue[] {
  const before = new Set(previous?.areaIds ?? []);
  const named = [
    ...shift.areaIds.map((id, i): [string, string] => [`shift.areaIds.${i}`, id]),
    ...shift.observations.flatMap((o, i): [string, string][] =>
      o.areaId ? [[`shift.observations.${i}.areaId`, o.areaId]] : [],
    ),
  ];
  return named.flatMap(([path, id]) => {
    const area = areas.get(id);
    if (!area) return [{ path, code: 'unknown_area', message: 'No such area in this municipality' }];
    if (!area.active && !before.has(id))
      return [{ path, code: 'area_inactive', message: 'This area is no longer in use' }];
    return [];
  });
}

/** Staff must work in the unit (or already have been on the shift, e.g. since moved on). */
export function staffIssues(
  shift: ShiftInput,
  previous: ShiftInput | null,
  members: Set<string>,
): ErrorIssue[] {
  const before = new Set(previous?.staffIds ?? []);
  return shift.staffIds.flatMap((id, i) =>
    members.has(id) || before.has(id)
      ? []
      : [{ path: `shift.staffIds.${i}`, code: 'not_unit_staff', message: 'Not a member of this unit' }],
  );
}

/** The time uses a save tags its work with: the main one and each split-off part. */
export function timeUsesWanted(shift: ShiftInput, previous: ShiftInput | null): TimeUseWanted[] {
  const before = new Set(previous?.timeSplit?.map((part) => part.timeUse) ?? []);
  return [
    { path: 'shift.timeUse', timeUse: shift.timeUse, previous: previous?.timeUse ?? null },
    ...shift.timeSplit.map((part, i) => ({
      path: `shift.timeSplit.${i}.timeUse`,
      timeUse: part.timeUse,
      previous: before.has(part.timeUse) ? part.timeUse : null,
    })),
  ];
}
