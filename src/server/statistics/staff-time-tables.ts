import { ACTIVITY_TAGS, activityTag } from '../../shared/activity-tag';
import { ACTIVITY_TIME_USE, type ActivityKind, TIME_USES } from '../../shared/field-log';
import {
  addMinutes,
  type MinutesByTimeUse,
  noMinutes,
  shiftStaffMinutes,
  totalMinutes,
} from '../../shared/staff-time';
import type { IndicatorColumn, IndicatorRow, IndicatorTable, ShiftFact } from './indicator-tables';
import { stockholmDay } from './rollup';

/** Work outside shifts, as statistics count it: one person's minutes on one Stockholm day. */
export type ActivityFact = { day: string; kind: ActivityKind; minutes: number };

/**
 * Staff time: each person's minutes on done shifts (split as the shift says) and their activities.
 * Planned and cancelled shifts were not worked.
 */
export function staffMinutes(
  shifts: readonly ShiftFact[],
  activities: readonly ActivityFact[],
): MinutesByTimeUse {
  const minutes = noMinutes();
  for (const shift of shifts) if (shift.status === 'done') addMinutes(minutes, shiftStaffMinutes(shift));
  for (const activity of activities) minutes[ACTIVITY_TIME_USE[activity.kind]] += activity.minutes;
  return minutes;
}

/** Staff minutes per calendar month ('YYYY-MM'): a shift counts in the month of its Stockholm start day. */
export function staffMinutesByMonth(
  shifts: readonly ShiftFact[],
  activities: readonly ActivityFact[],
): Map<string, MinutesByTimeUse> {
  const months = new Map<string, { shifts: ShiftFact[]; activities: ActivityFact[] }>();
  const monthOf = (key: string) => {
    const found = months.get(key) ?? { shifts: [], activities: [] };
    months.set(key, found);
    return found;
  };
  for (const shift of shifts)
    monthOf(stockholmDay(shift.startsAt.toISOString()).slice(0, 7)).shifts.push(shift);
  for (const activity of activities) monthOf(activity.day.slice(0, 7)).activities.push(activity);
  return new Map(
    [...months.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([month, of]) => [month, staffMinutes(of.shifts, of.activities)]),
  );
}

const round1 = (value: number) => Math.round(value * 10) / 10;
/** Minutes as hours with one decimal, as every staff-time figure shows them. */
export const hours = (minutes: number) => round1(minutes / 60);
/** Shares in % with one decimal; all zero when no time was recorded. */
export function shares(minutes: MinutesByTimeUse): MinutesByTimeUse {
  const total = totalMinutes(minutes);
  const result = noMinutes();
  for (const use of TIME_USES) result[use] = total === 0 ? 0 : round1((100 * minutes[use]) / total);
  return result;
}

const STAFF_HOURS: IndicatorColumn = { key: 'staffHours', measure: 'hours' };
const PERCENT: IndicatorColumn = { key: 'percent', measure: 'percent' };
const TAG_ROWS: Record<(typeof ACTIVITY_TAGS)[number], IndicatorRow> = {
  preventive: { key: 'preventive', label: { sv: 'Förebyggande arbete', en: 'Preventive work' } },
  authority: { key: 'authority', label: { sv: 'Myndighetsutövning', en: 'Authority tasks' } },
};

function staffTable(
  id: string,
  vocabulary: 'timeUse' | null,
  rows: IndicatorRow[],
  minutes: number[],
): IndicatorTable {
  const total = minutes.reduce((a, b) => a + b, 0);
  return {
    id,
    aboutYoungPeople: false,
    vocabulary,
    rows,
    columns: [STAFF_HOURS, PERCENT],
    cells: minutes.map((m) => [hours(m), total === 0 ? 0 : round1((100 * m) / total)]),
    totals: [hours(total), 100],
  };
}

const MONTH_NAMES = {
  sv: new Intl.DateTimeFormat('sv-SE', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
};
const monthLabel = (month: string) => {
  const date = new Date(`${month}-01T00:00:00Z`);
  return { sv: MONTH_NAMES.sv.format(date), en: MONTH_NAMES.en.format(date) };
};

/**
 * The staff-time tables of the catalogue: staff hours, not shift hours (two people on a four-hour
 * shift are eight hours), with work outside shifts. About staff, not young people: exact.
 */
export function staffTimeTables(
  shifts: readonly ShiftFact[],
  activities: readonly ActivityFact[],
): IndicatorTable[] {
  const all = staffMinutes(shifts, activities);
  const byMonth = staffMinutesByMonth(shifts, activities);
  const allShares = shares(all);
  return [
    staffTable(
      'timeUse',
      'timeUse',
      TIME_USES.map((key) => ({ key, label: null })),
      TIME_USES.map((use) => all[use]),
    ),
    staffTable(
      'preventiveVsAuthority',
      null,
      ACTIVITY_TAGS.map((tag) => TAG_ROWS[tag]),
      ACTIVITY_TAGS.map((tag) =>
        TIME_USES.filter((use) => activityTag(use) === tag).reduce((s, u) => s + all[u], 0),
      ),
    ),
    {
      id: 'staffTimeByMonth',
      aboutYoungPeople: false,
      vocabulary: null,
      rows: [...byMonth.keys()].map((month) => ({ key: month, label: monthLabel(month) })),
      columns: [...TIME_USES.map((key): IndicatorColumn => ({ key, measure: 'percent' })), STAFF_HOURS],
      cells: [...byMonth.values()].map((minutes) => {
        const share = shares(minutes);
        return [...TIME_USES.map((use) => share[use]), hours(totalMinutes(minutes))];
      }),
      totals: [...TIME_USES.map((use) => allShares[use]), hours(totalMinutes(all))],
    },
  ];
}
