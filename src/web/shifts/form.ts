import type { ActionKind, Gender, Severity } from '../../shared/field-log';
import { MAX_SHIFT_HOURS, MAX_TALLY_COUNT } from '../../shared/field-log';
import { findPersonalData, type PersonalDataKind } from '../../shared/personal-data';
import { plausibleShiftStart } from '../../shared/shift-time';
import { textFault } from '../../shared/storable-text';
import { actionKey, encounterKey, normaliseTallies, topicKey } from '../../shared/tallies';
import { uuidv7 } from '../../shared/uuidv7';
import type { GeoPoint } from '../map/geo';
import type { OutboxError } from '../outbox/logic';
import type { ActionTally, ShiftInput } from './model';
import { defaultSpan, hoursBetween } from './time';

/** An action row while it is being filled in: gender, age band and service may still be missing. */
export type ActionRow = {
  rowId: string;
  kind: ActionKind;
  serviceId: string | null;
  gender: Gender | null;
  ageBandId: string | null;
  count: number;
};

/** An observation while it is being filled in: the type may still be missing. */
export type ObservationRow = {
  id: string;
  typeId: string | null;
  areaId: string | null;
  observedAt: string;
  severity: Severity;
  estimatedSize: number | null;
  note: string;
  /** Where on the map, if marked. Missing on rows kept on the phone by an older version. */
  point?: GeoPoint | null;
};

/** The editor's state: a ShiftInput whose free texts are strings and whose rows may be unfinished. */
export type ShiftForm = Omit<ShiftInput, 'title' | 'notes' | 'actions' | 'observations'> & {
  title: string;
  notes: string;
  actions: ActionRow[];
  observations: ObservationRow[];
};

export function newShiftForm(userId: string, now: Date = new Date()): ShiftForm {
  const span = defaultSpan(now);
  return {
    status: new Date(span.startsAt).getTime() > now.getTime() ? 'planned' : 'done',
    kind: 'outreach',
    title: '',
    ...span,
    timeUse: 'outreach',
    preventionLevel: null,
    staffIds: [userId],
    staffMinutes: [],
    timeSplit: [],
    areaIds: [],
    arenaIds: [],
    partners: [],
    riskFactorIds: [],
    protectiveFactorIds: [],
    encounters: [],
    topics: [],
    actions: [],
    observations: [],
    notes: '',
  };
}

export function formFromInput(input: ShiftInput): ShiftForm {
  return {
    ...input,
    title: input.title ?? '',
    notes: input.notes ?? '',
    actions: input.actions.map((action) => ({ ...action, rowId: uuidv7() })),
    observations: input.observations.map((observation) => ({ ...observation, note: observation.note ?? '' })),
  };
}

/**
 * The status "Klart" saves: done, except for a shift that has not started yet (tonight's, made or
 * opened in the afternoon), which cannot be done and so stays planned.
 */
export function statusWhenFinished(form: ShiftForm, now: Date = new Date()): ShiftForm['status'] {
  return new Date(form.startsAt).getTime() > now.getTime() ? 'planned' : 'done';
}

const text = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/** The document to save; call only when `validateForm` found nothing. */
export function inputFromForm(form: ShiftForm): ShiftInput {
  const actions = form.actions.flatMap((row): ActionTally[] =>
    row.gender && row.ageBandId && row.count > 0
      ? [
          {
            kind: row.kind,
            serviceId: row.kind === 'guidance' ? row.serviceId : null,
            gender: row.gender,
            ageBandId: row.ageBandId,
            count: row.count,
          },
        ]
      : [],
  );
  return {
    ...form,
    title: text(form.title),
    notes: text(form.notes),
    encounters: normaliseTallies(form.encounters, encounterKey),
    topics: normaliseTallies(form.topics, topicKey),
    actions: normaliseTallies(actions, actionKey),
    observations: form.observations.map((row) => ({
      id: row.id,
      typeId: row.typeId ?? '',
      areaId: row.areaId,
      point: row.point ?? null,
      observedAt: row.observedAt,
      severity: row.severity,
      estimatedSize: row.estimatedSize,
      note: text(row.note),
    })),
  };
}

export type IssueCode =
  | 'personal_data'
  | 'observation_type'
  | 'action_service'
  | 'action_gender'
  | 'action_age_band'
  | 'implausible_date'
  | 'ends_before_start'
  | 'too_long'
  | 'count_range'
  | 'invalid_character'
  | 'split_exceeds_shift'
  | 'rejected';

/** A problem at a field of the form, e.g. `notes` or `observations.0.note`. */
export type FormIssue = { path: string; code: IssueCode; found?: PersonalDataKind[] };

/** The free-text fields, by path, that must not hold personal data. */
export function freeTexts(form: ShiftForm): [path: string, text: string][] {
  return [
    ['title', form.title],
    ['notes', form.notes],
    ...form.observations.map((o, i): [string, string] => [`observations.${i}.note`, o.note]),
  ];
}

/** Personal data in one text, as the kinds found (none: empty). */
export function personalDataIn(value: string): PersonalDataKind[] {
  return [...new Set(findPersonalData(value).map((match) => match.kind))];
}

/**
 * A start outside 2000 – two years ahead: said as soon as the date is set, not only on save, since
 * it is almost always a mistyped year.
 */
export function dateIssues(form: ShiftForm, now: Date = new Date()): FormIssue[] {
  return plausibleShiftStart(form.startsAt, now) ? [] : [{ path: 'startsAt', code: 'implausible_date' }];
}

/** Everything that stops a save; the same checks the server makes, said at the field. */
export function validateForm(form: ShiftForm, now: Date = new Date()): FormIssue[] {
  const issues: FormIssue[] = [...dateIssues(form, now)];
  for (const [path, value] of freeTexts(form)) {
    const found = personalDataIn(value);
    if (found.length > 0) issues.push({ path, code: 'personal_data', found });
    else if (textFault(value)) issues.push({ path, code: 'invalid_character' });
  }
  const hours = hoursBetween(form.startsAt, form.endsAt);
  if (!(hours > 0)) issues.push({ path: 'endsAt', code: 'ends_before_start' });
  else if (hours > MAX_SHIFT_HOURS) issues.push({ path: 'endsAt', code: 'too_long' });
  else if (form.timeSplit.reduce((sum, part) => sum + part.minutes, 0) > hours * 60)
    issues.push({ path: 'timeSplit', code: 'split_exceeds_shift' });
  form.observations.forEach((row, i) => {
    if (!row.typeId) issues.push({ path: `observations.${i}.typeId`, code: 'observation_type' });
  });
  form.actions.forEach((row, i) => {
    if (row.kind === 'guidance' && !row.serviceId)
      issues.push({ path: `actions.${i}.serviceId`, code: 'action_service' });
    if (!row.gender) issues.push({ path: `actions.${i}.gender`, code: 'action_gender' });
    if (!row.ageBandId) issues.push({ path: `actions.${i}.ageBandId`, code: 'action_age_band' });
    if (row.count < 1 || row.count > MAX_TALLY_COUNT)
      issues.push({ path: `actions.${i}.count`, code: 'count_range' });
  });
  return issues;
}

const SERVER_CODES: Partial<Record<string, IssueCode>> = {
  personal_data: 'personal_data',
  implausible_date: 'implausible_date',
  ends_before_start: 'ends_before_start',
  too_long: 'too_long',
  service_required: 'action_service',
  nul_character: 'invalid_character',
  lone_surrogate: 'invalid_character',
  split_exceeds_shift: 'split_exceeds_shift',
};

/**
 * The server's issues for a refused save, at the same fields: `shift.notes` → `notes`. Action paths
 * on the server count saved tallies, which are the form's rows in order once rows are complete.
 */
export function serverIssues(error: OutboxError | null): FormIssue[] {
  if (!error?.issues) return [];
  return error.issues.map((issue) => ({
    path: issue.path.replace(/^shift\./, ''),
    code: SERVER_CODES[issue.code] ?? 'rejected',
  }));
}

export function issueAt(issues: readonly FormIssue[], path: string): FormIssue | undefined {
  return issues.find((issue) => issue.path === path);
}
