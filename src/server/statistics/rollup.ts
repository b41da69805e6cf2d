import type { Depth, Gender } from '../../shared/field-log';
import { addKeys, negateKey } from '../disclosure/record-keys';
import type { ShiftKeys } from '../disclosure/shift-keys';
import type { ShiftInput } from '../shifts/shift.schema';

/** One cell of the daily rollup: a unit's contacts on a Stockholm calendar day. */
export type DailyKey = { unitId: string; day: string; gender: Gender; ageBandId: string; depth: Depth };
/** A change to one cell: contacts added (or taken away) and the sum of their record keys' change. */
export type DailyDelta = DailyKey & { contacts: number; cellKey: number };

/** A shift as saved, with its rows' cell keys. */
export type KeyedShift = { input: ShiftInput; keys: ShiftKeys };

const STOCKHOLM_DAY = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The Stockholm calendar day a shift belongs to: the day it started (a night shift counts for its evening). */
export function stockholmDay(instant: string): string {
  return STOCKHOLM_DAY.format(new Date(instant));
}

export const dailyKey = (cell: DailyKey) =>
  `${cell.unitId}|${cell.day}|${cell.gender}|${cell.ageBandId}|${cell.depth}`;

/** What a shift adds to the rollup: its encounters, if its log is done. Planned and cancelled count nothing. */
export function contribution(unitId: string, shift: KeyedShift | null): DailyDelta[] {
  if (shift?.input.status !== 'done') return [];
  const day = stockholmDay(shift.input.startsAt);
  return shift.input.encounters.map((e, i) => ({
    unitId,
    day,
    gender: e.gender,
    ageBandId: e.ageBandId,
    depth: e.depth,
    contacts: e.count,
    cellKey: shift.keys.encounters[i] ?? 0,
  }));
}

/** A cell whose count or records changed: a move between depths keeps a monthly count but not its keys. */
const changes = (cell: { contacts: number; cellKey: number }) => cell.contacts !== 0 || cell.cellKey !== 0;

/**
 * The change one save makes to the daily rollup: the new contribution minus the old, per cell, with
 * unchanged cells left out. Moving a shift to another day or un-finishing it moves its counts.
 */
export function rollupDelta(
  unitId: string,
  before: KeyedShift | null,
  after: KeyedShift | null,
): DailyDelta[] {
  const cells = new Map<string, DailyDelta>();
  const add = (delta: DailyDelta, sign: 1 | -1) => {
    const key = dailyKey(delta);
    const existing = cells.get(key);
    cells.set(key, {
      ...delta,
      contacts: (existing?.contacts ?? 0) + sign * delta.contacts,
      cellKey: addKeys(existing?.cellKey ?? 0, sign === 1 ? delta.cellKey : negateKey(delta.cellKey)),
    });
  };
  for (const delta of contribution(unitId, before)) add(delta, -1);
  for (const delta of contribution(unitId, after)) add(delta, 1);
  return [...cells.values()].filter(changes);
}

/**
 * The rollup tables. Each is a projection of the daily one (a coarser period, fewer columns), so a
 * save's daily delta projected onto it is that table's exact delta, and each can be rebuilt from
 * its `source` (the tallies, or a finer rollup). `key` is its primary key after municipality_id.
 * - encounter_monthly: whole months of a unit or administration by gender × age band.
 * - encounter_monthly_gender: a few rows per unit-month, for comparisons across units and periods
 *   (a national year reads tens of thousands of rows, not millions).
 * - encounter_monthly_municipality: a municipality's months by gender × age band, summed over its
 *   units, so its year reads exactly the cells it shows.
 */
export const ROLLUPS = [
  { table: 'encounter_daily', source: null, key: ['unit_id', 'day', 'gender', 'age_band_id', 'depth'] },
  {
    table: 'encounter_monthly',
    source: 'encounter_daily',
    key: ['month', 'unit_id', 'gender', 'age_band_id'],
  },
  { table: 'encounter_monthly_gender', source: 'encounter_monthly', key: ['month', 'unit_id', 'gender'] },
  {
    table: 'encounter_monthly_municipality',
    source: 'encounter_monthly',
    key: ['month', 'gender', 'age_band_id'],
  },
] as const;

export type Rollup = (typeof ROLLUPS)[number];
export type RollupColumn = Rollup['key'][number];

/** One cell of a rollup: its key columns (in the table's key order), its contacts and their cell key. */
export type RollupCell = { key: Partial<Record<RollupColumn, string>>; contacts: number; cellKey: number };

/** The first day of a day's month: the monthly rollups' period. */
export const monthOf = (day: string) => `${day.slice(0, 7)}-01`;

const columnValue: Record<RollupColumn, (delta: DailyDelta) => string> = {
  day: (delta) => delta.day,
  month: (delta) => monthOf(delta.day),
  unit_id: (delta) => delta.unitId,
  gender: (delta) => delta.gender,
  age_band_id: (delta) => delta.ageBandId,
  depth: (delta) => delta.depth,
};

/**
 * A daily delta projected onto one rollup: cells summed by its key, cells that cancel out left out
 * (a shift moved within a month changes no monthly cell), sorted by key so concurrent saves lock
 * cells in the same order.
 */
export function projectDelta(deltas: readonly DailyDelta[], rollup: Rollup): RollupCell[] {
  const cells = new Map<string, RollupCell>();
  for (const delta of deltas) {
    const key = Object.fromEntries(rollup.key.map((column) => [column, columnValue[column](delta)]));
    const id = Object.values(key).join('|');
    const existing = cells.get(id);
    cells.set(id, {
      key,
      contacts: (existing?.contacts ?? 0) + delta.contacts,
      cellKey: addKeys(existing?.cellKey ?? 0, delta.cellKey),
    });
  }
  return [...cells.entries()]
    .filter(([, cell]) => changes(cell))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, cell]) => cell);
}
