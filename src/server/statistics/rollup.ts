import type { Depth, Gender } from '../../shared/field-log';
import type { ShiftInput } from '../shifts/shift.schema';

/** One cell of the daily rollup: a unit's contacts on a Stockholm calendar day. */
export type DailyKey = { unitId: string; day: string; gender: Gender; ageBandId: string; depth: Depth };
export type DailyDelta = DailyKey & { contacts: number };

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
export function contribution(unitId: string, shift: ShiftInput | null): DailyDelta[] {
  if (shift?.status !== 'done') return [];
  const day = stockholmDay(shift.startsAt);
  return shift.encounters.map((e) => ({
    unitId,
    day,
    gender: e.gender,
    ageBandId: e.ageBandId,
    depth: e.depth,
    contacts: e.count,
  }));
}

/**
 * The change one save makes to the rollup: the new contribution minus the old, per cell, with
 * unchanged cells left out. Moving a shift to another day or un-finishing it moves its counts.
 */
export function rollupDelta(
  unitId: string,
  before: ShiftInput | null,
  after: ShiftInput | null,
): DailyDelta[] {
  const cells = new Map<string, DailyDelta>();
  const add = (delta: DailyDelta, sign: 1 | -1) => {
    const key = dailyKey(delta);
    const existing = cells.get(key);
    cells.set(key, { ...delta, contacts: (existing?.contacts ?? 0) + sign * delta.contacts });
  };
  for (const delta of contribution(unitId, before)) add(delta, -1);
  for (const delta of contribution(unitId, after)) add(delta, 1);
  return [...cells.values()].filter((delta) => delta.contacts !== 0);
}
