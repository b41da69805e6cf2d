import {
  ACTION_KINDS,
  GENDERS,
  PARTNERS_PRESENT,
  PREVENTION_LEVELS,
  SEVERITIES,
  SHIFT_STATUSES,
  type TIME_USES,
} from '../../shared/field-log';
import type { StaffMinutes, TimeSplit } from '../../shared/staff-time';
import { type Cell, EMPTY_CELL, sumCells, tableOf } from '../disclosure/cells';
import type { Protection, PublishedTable } from '../disclosure/protection';
import { negateKey } from '../disclosure/record-keys';
import { hoursByTimeOfDay, shiftHours, startWeekday, TIMES_OF_DAY, WEEKDAYS } from './shift-hours';
import { type ActivityFact, staffTimeTables } from './staff-time-tables';

export const MEASURES = [
  'shifts',
  'hours',
  'percent',
  'contacts',
  'count',
  'perHour',
  'population',
  'per1000',
] as const;
export type Measure = (typeof MEASURES)[number];
/** Which fixed vocabulary names a table's row keys (the app translates them); null: rows carry labels. */
export const VOCABULARIES = [
  'shiftStatus',
  'weekday',
  'timeOfDay',
  'timeUse',
  'preventionLevel',
  'partner',
  'actionKind',
  'gender',
  'supportMeasure',
] as const;
export type Vocabulary = (typeof VOCABULARIES)[number];

export type IndicatorRow = { key: string; label: { sv: string; en: string } | null };
export type IndicatorColumn = { key: string; measure: Measure };
export type IndicatorTable = {
  id: string;
  aboutYoungPeople: boolean;
  vocabulary: Vocabulary | null;
  rows: IndicatorRow[];
  columns: IndicatorColumn[];
  /** Null where there is nothing to compute: an area without an imported population has no rate. */
  cells: (number | null)[][];
  /** A totals row, per column; null where rows overlap (one shift can have several partners). */
  totals: number[] | null;
};

/** What the tables are computed from: the period's shifts in scope, and tallies of its done shifts. */
export type ShiftFact = {
  status: (typeof SHIFT_STATUSES)[number];
  startsAt: Date;
  endsAt: Date;
  timeUse: (typeof TIME_USES)[number];
  preventionLevel: (typeof PREVENTION_LEVELS)[number] | null;
  partners: readonly string[];
  areaIds: readonly string[];
  arenaIds: readonly string[];
  staffIds: readonly string[];
  staffMinutes: StaffMinutes;
  timeSplit: TimeSplit;
};
export type Labelled = { id: string; label: { sv: string; en: string } };
export type IndicatorFacts = {
  shifts: readonly ShiftFact[];
  /** Work outside shifts on the period's days. */
  activities: readonly ActivityFact[];
  areas: readonly Labelled[];
  arenas: readonly Labelled[];
  topics: readonly Labelled[];
  observationTypes: readonly Labelled[];
  services: readonly Labelled[];
  /** Contacts of done shifts that visited each area (overlapping), in the ages the population covers. */
  areaContacts: ReadonlyMap<string, Cell>;
  topicCounts: ReadonlyMap<string, Cell>;
  /** Observations by type id, then severity. */
  observationCounts: ReadonlyMap<string, Partial<Record<(typeof SEVERITIES)[number], Cell>>>;
  /** Actions: kind (guidance by service id) × gender. */
  actionCounts: readonly {
    kind: (typeof ACTION_KINDS)[number];
    serviceId: string | null;
    gender: string;
    cell: Cell;
  }[];
  /** Followed-up guidance cells by gender, as statistics count them (outcomes that no longer fit left out). */
  guidanceOutcomes: readonly { gender: string; arrived: Cell; notArrived: Cell; unknown: Cell }[];
};

/** Rounds to a number of decimals for publishing (hours, shares, rates). */
export const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const percentOf = (part: number, whole: number) => (whole === 0 ? 0 : round((100 * part) / whole, 1));
const vocabRows = (keys: readonly string[]): IndicatorRow[] => keys.map((key) => ({ key, label: null }));
const NONE: IndicatorRow = { key: 'none', label: { sv: 'Ej angivet', en: 'Not stated' } };
const GUIDANCE_OUTCOME_ROWS: IndicatorRow[] = [
  { key: 'arrived', label: { sv: 'Kom fram', en: 'Arrived' } },
  { key: 'not_arrived', label: { sv: 'Kom inte fram', en: 'Did not arrive' } },
  { key: 'unknown', label: { sv: 'Okänt', en: 'Not known' } },
  { key: 'not_followed_up', label: { sv: 'Inte uppföljd', en: 'Not followed up' } },
];

const HOURS: IndicatorColumn[] = [{ key: 'hours', measure: 'hours' }];
const PERCENT: IndicatorColumn = { key: 'percent', measure: 'percent' };
const SHIFTS_HOURS: IndicatorColumn[] = [{ key: 'shifts', measure: 'shifts' }, ...HOURS];
const SHIFTS_SHARE: IndicatorColumn[] = [{ key: 'shifts', measure: 'shifts' }, PERCENT];

/** Field hours: done shifts whose time use is outreach and relationship work. */
export const isFieldShift = (shift: ShiftFact) => shift.status === 'done' && shift.timeUse === 'outreach';

function plainTable(
  id: string,
  vocabulary: Vocabulary | null,
  rows: IndicatorRow[],
  columns: IndicatorColumn[],
  cells: number[][],
  totals: 'sum' | 'none',
): IndicatorTable {
  const decimals = (measure: Measure) => (measure === 'hours' || measure === 'percent' ? 1 : 0);
  const shown = cells.map((row) =>
    row.map((value, c) => round(value, decimals(columns[c]?.measure ?? 'count'))),
  );
  const totalRow = columns.map((column, c) =>
    column.measure === 'percent'
      ? 100
      : round(sum(cells.map((row) => row[c] ?? 0)), decimals(column.measure)),
  );
  return {
    id,
    aboutYoungPeople: false,
    vocabulary,
    rows,
    columns,
    cells: shown,
    totals: totals === 'sum' ? totalRow : null,
  };
}

/** Hours split evenly over a shift's places: the rows add up to the field hours. */
function hoursByPlace(
  shifts: readonly ShiftFact[],
  places: readonly Labelled[],
  placeIds: (s: ShiftFact) => readonly string[],
) {
  const hours = new Map<string, number>();
  for (const shift of shifts) {
    const ids = placeIds(shift).length > 0 ? placeIds(shift) : ['none'];
    for (const id of ids)
      hours.set(id, (hours.get(id) ?? 0) + shiftHours(shift.startsAt, shift.endsAt) / ids.length);
  }
  const rows: IndicatorRow[] = places
    .filter((p) => hours.has(p.id))
    .map((p) => ({ key: p.id, label: p.label }));
  if (hours.has('none')) rows.push(NONE);
  return { rows, cells: rows.map((row) => [hours.get(row.key) ?? 0]) };
}

/** The tables about shifts and hours: not about young people, so exact for everyone. */
export function activityTables(facts: IndicatorFacts): IndicatorTable[] {
  const done = facts.shifts.filter((s) => s.status === 'done');
  const field = facts.shifts.filter(isFieldShift);
  const hoursOf = (shifts: readonly ShiftFact[]) => sum(shifts.map((s) => shiftHours(s.startsAt, s.endsAt)));
  const byArea = hoursByPlace(field, facts.areas, (s) => s.areaIds);
  const byArena = hoursByPlace(field, facts.arenas, (s) => s.arenaIds);
  const timeOfDay = TIMES_OF_DAY.map(() => 0);
  for (const shift of field) {
    const parts = hoursByTimeOfDay(shift.startsAt, shift.endsAt);
    TIMES_OF_DAY.forEach((part, i) => {
      timeOfDay[i] = (timeOfDay[i] ?? 0) + parts[part];
    });
  }
  const levels = [...PREVENTION_LEVELS, 'none'] as const;
  const level = (s: ShiftFact) => s.preventionLevel ?? 'none';
  /** Per key: how many of the shifts match it, and their hours. */
  const shiftsAndHours = <K extends string>(
    keys: readonly K[],
    shifts: readonly ShiftFact[],
    of: (s: ShiftFact) => K,
  ) =>
    keys.map((key) => {
      const matching = shifts.filter((shift) => of(shift) === key);
      return [matching.length, hoursOf(matching)];
    });
  /** Per key: how many done shifts match it, and their share of all done shifts. */
  const doneShare = (keys: readonly string[], matches: (s: ShiftFact, key: string) => boolean) =>
    keys.map((key) => {
      const count = done.filter((shift) => matches(shift, key)).length;
      return [count, percentOf(count, done.length)];
    });
  return [
    plainTable(
      'shifts',
      'shiftStatus',
      vocabRows(SHIFT_STATUSES),
      SHIFTS_HOURS,
      shiftsAndHours(SHIFT_STATUSES, facts.shifts, (s) => s.status),
      'sum',
    ),
    plainTable('fieldHoursByArena', null, byArena.rows, HOURS, byArena.cells, 'sum'),
    plainTable('fieldHoursByArea', null, byArea.rows, HOURS, byArea.cells, 'sum'),
    plainTable(
      'fieldHoursByWeekday',
      'weekday',
      vocabRows(WEEKDAYS),
      SHIFTS_HOURS,
      shiftsAndHours(WEEKDAYS, field, (s) => startWeekday(s.startsAt)),
      'sum',
    ),
    plainTable(
      'fieldHoursByTimeOfDay',
      'timeOfDay',
      vocabRows(TIMES_OF_DAY),
      HOURS,
      timeOfDay.map((hours) => [hours]),
      'sum',
    ),
    ...staffTimeTables(facts.shifts, facts.activities),
    plainTable(
      'preventionLevels',
      'preventionLevel',
      vocabRows(levels),
      SHIFTS_SHARE,
      doneShare(levels, (s, key) => level(s) === key),
      'sum',
    ),
    plainTable(
      'partners',
      'partner',
      vocabRows(PARTNERS_PRESENT),
      SHIFTS_SHARE,
      doneShare(PARTNERS_PRESENT, (s, key) => s.partners.includes(key)),
      'none',
    ),
  ];
}

/** A published table as an indicator: its row totals become a "total" column, its column totals the totals row. */
function withTotals(
  id: string,
  vocabulary: Vocabulary | null,
  rows: IndicatorRow[],
  columnKeys: readonly string[],
  measure: Measure,
  table: PublishedTable,
): IndicatorTable {
  const single = columnKeys.length === 1;
  return {
    id,
    aboutYoungPeople: true,
    vocabulary,
    rows,
    columns: single
      ? [{ key: columnKeys[0] as string, measure }]
      : [...columnKeys.map((key) => ({ key, measure })), { key: 'total', measure }],
    cells: table.cells.map((row, r) => (single ? row : [...row, table.rowTotals[r] ?? 0])),
    totals: single ? [table.total] : [...table.columnTotals, table.total],
  };
}

/**
 * The tables that count young people (conversation topics, observations, actions, guidance and its
 * outcomes), as `protection` publishes them. Actions, guidance and outcomes share cells: the guidance
 * row of the first is the column totals of the other two, and being the same records with the same
 * keys, they are published as the same figures.
 */
export function youngPeopleTables(facts: IndicatorFacts, protection: Protection): IndicatorTable[] {
  const used = <T extends Labelled>(all: readonly T[], has: (id: string) => boolean) =>
    all.filter((c) => has(c.id));
  const topics = used(facts.topics, (id) => facts.topicCounts.has(id));
  const types = used(facts.observationTypes, (id) => facts.observationCounts.has(id));
  const services = used(facts.services, (id) => facts.actionCounts.some((a) => a.serviceId === id));
  const actionCell = (match: (a: IndicatorFacts['actionCounts'][number]) => boolean, gender: string) =>
    sumCells(facts.actionCounts.filter((a) => match(a) && a.gender === gender).map((a) => a.cell));
  const publish = (cells: Cell[][], columns?: number) => protection.table(tableOf(cells, columns));
  const labelled = (items: readonly Labelled[]) => items.map((c) => ({ key: c.id, label: c.label }));
  return [
    withTotals(
      'topics',
      null,
      labelled(topics),
      ['count'],
      'count',
      publish(
        topics.map((t) => [facts.topicCounts.get(t.id) ?? EMPTY_CELL]),
        1,
      ),
    ),
    withTotals(
      'observations',
      null,
      labelled(types),
      SEVERITIES,
      'count',
      publish(
        types.map((t) =>
          SEVERITIES.map((severity) => facts.observationCounts.get(t.id)?.[severity] ?? EMPTY_CELL),
        ),
        SEVERITIES.length,
      ),
    ),
    withTotals(
      'actions',
      'actionKind',
      vocabRows(ACTION_KINDS),
      GENDERS,
      'count',
      publish(
        ACTION_KINDS.map((kind) => GENDERS.map((gender) => actionCell((a) => a.kind === kind, gender))),
      ),
    ),
    withTotals(
      'guidanceByService',
      null,
      labelled(services),
      GENDERS,
      'count',
      publish(
        services.map((s) => GENDERS.map((gender) => actionCell((a) => a.serviceId === s.id, gender))),
        GENDERS.length,
      ),
    ),
    withTotals(
      'guidanceOutcomes',
      null,
      GUIDANCE_OUTCOME_ROWS,
      GENDERS,
      'count',
      publish(guidanceOutcomeCells(facts)),
    ),
  ];
}

/**
 * Guidance by outcome (rows) × gender. What is not followed up is the guided records less those
 * with an outcome: its count is the difference, and so is its key.
 */
function guidanceOutcomeCells(facts: IndicatorFacts): Cell[][] {
  const byGender = GENDERS.map((gender) => {
    const guided = sumCells(
      facts.actionCounts.filter((a) => a.kind === 'guidance' && a.gender === gender).map((a) => a.cell),
    );
    const cells = facts.guidanceOutcomes.filter((o) => o.gender === gender);
    const arrived = sumCells(cells.map((o) => o.arrived));
    const notArrived = sumCells(cells.map((o) => o.notArrived));
    const unknown = sumCells(cells.map((o) => o.unknown));
    const followed = sumCells([arrived, notArrived, unknown]);
    const rest = sumCells([guided, { count: -followed.count, key: negateKey(followed.key) }]);
    return [arrived, notArrived, unknown, rest];
  });
  return GUIDANCE_OUTCOME_ROWS.map((_, r) => byGender.map((column) => column[r] ?? EMPTY_CELL));
}

/**
 * Contacts per field hour, by gender: from the contacts as published elsewhere on the page, so a
 * rate is always the published count divided by the exact hours.
 */
export function contactsPerHourTable(
  contacts: { byGender: readonly number[]; total: number },
  fieldHours: number,
): IndicatorTable {
  const rate = (value: number) => (fieldHours === 0 ? 0 : round(value / fieldHours, 2));
  return {
    id: 'contactsPerHour',
    aboutYoungPeople: true,
    vocabulary: 'gender',
    rows: vocabRows(GENDERS),
    columns: [
      { key: 'contacts', measure: 'contacts' },
      { key: 'perHour', measure: 'perHour' },
    ],
    cells: GENDERS.map((_, g) => [contacts.byGender[g] ?? 0, rate(contacts.byGender[g] ?? 0)]),
    totals: [contacts.total, rate(contacts.total)],
  };
}

export const fieldHours = (shifts: readonly ShiftFact[]) =>
  round(sum(shifts.filter(isFieldShift).map((s) => shiftHours(s.startsAt, s.endsAt))), 1);

/**
 * Contacts per 1,000 young people living in each area, for the ages the population covers (both
 * numerator and denominator). Rows overlap (a shift in two areas counts in both), so there is no
 * totals row. The count is published as `protection` publishes it, and the rate is made from that.
 */
export function contactsPer1000Table(
  areas: readonly { area: Labelled; contacts: Cell; population: number | null }[],
  protection: Protection,
): IndicatorTable {
  return {
    id: 'contactsPer1000ByArea',
    aboutYoungPeople: true,
    vocabulary: null,
    rows: areas.map(({ area }) => ({ key: area.id, label: area.label })),
    columns: [
      { key: 'contacts', measure: 'contacts' },
      { key: 'population', measure: 'population' },
      { key: 'per1000', measure: 'per1000' },
    ],
    cells: areas.map(({ contacts, population }) => {
      const shown = protection.figure(contacts);
      return [shown, population, population ? round((1000 * shown) / population, 1) : null];
    }),
    totals: null,
  };
}
