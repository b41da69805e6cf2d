import { TIME_USES, type TimeUse } from './field-log';

/**
 * Staff time: what the Luleå politicians asked about is the share of the staff's working time
 * that goes to relationship work, authority tasks and the municipality's other assignments. A
 * shift's span counts once per person on it (each person's own minutes where they differ), split
 * over time uses as the shift says; work outside shifts (activities) adds one person's minutes.
 */

export const MINUTES_PER_DAY = 1440;

/** Minutes of a shift's span spent on time uses other than its main one. */
export type TimeSplit = readonly { timeUse: TimeUse; minutes: number }[];
/** One person's own minutes on a shift, where they differ from the span. */
export type StaffMinutes = readonly { userId: string; minutes: number }[];

export type MinutesByTimeUse = Record<TimeUse, number>;

export const noMinutes = (): MinutesByTimeUse =>
  Object.fromEntries(TIME_USES.map((use) => [use, 0])) as MinutesByTimeUse;

export function spanMinutes(startsAt: string | Date, endsAt: string | Date): number {
  return (new Date(endsAt).getTime() - new Date(startsAt).getTime()) / 60_000;
}

/** The span's minutes per time use: the split's, and the rest in the main time use. */
export function spanByTimeUse(span: number, main: TimeUse, split: TimeSplit): MinutesByTimeUse {
  const minutes = noMinutes();
  let rest = span;
  for (const part of split) {
    if (part.timeUse === main) continue;
    const taken = Math.min(part.minutes, rest);
    minutes[part.timeUse] += taken;
    rest -= taken;
  }
  minutes[main] += rest;
  return minutes;
}

/**
 * Each person's minutes on the shift: their own where given, else the span. A shift logged with
 * nobody named still had someone there: it counts one person's span.
 */
export function personMinutes(span: number, staffIds: readonly string[], own: StaffMinutes): number[] {
  if (staffIds.length === 0) return [span];
  const given = new Map(own.map((entry) => [entry.userId, entry.minutes]));
  return staffIds.map((id) => given.get(id) ?? span);
}

/** A shift's staff minutes per time use: each person's minutes spread in the span's proportions. */
export function shiftStaffMinutes(shift: {
  startsAt: string | Date;
  endsAt: string | Date;
  timeUse: TimeUse;
  timeSplit: TimeSplit;
  staffIds: readonly string[];
  staffMinutes: StaffMinutes;
}): MinutesByTimeUse {
  const span = spanMinutes(shift.startsAt, shift.endsAt);
  const bySpan = spanByTimeUse(span, shift.timeUse, shift.timeSplit);
  const staff = personMinutes(span, shift.staffIds, shift.staffMinutes).reduce((a, b) => a + b, 0);
  const result = noMinutes();
  if (span <= 0) return result;
  for (const use of TIME_USES) result[use] = (bySpan[use] * staff) / span;
  return result;
}

export function addMinutes(into: MinutesByTimeUse, more: MinutesByTimeUse): MinutesByTimeUse {
  for (const use of TIME_USES) into[use] += more[use];
  return into;
}

export const totalMinutes = (minutes: MinutesByTimeUse) =>
  TIME_USES.reduce((sum, use) => sum + minutes[use], 0);

/** What is wrong with a shift's split and staff minutes, as API issue paths under `shift.`. */
export function staffTimeIssues(shift: {
  startsAt: string;
  endsAt: string;
  timeUse: TimeUse;
  timeSplit: TimeSplit;
  staffIds: readonly string[];
  staffMinutes: StaffMinutes;
}): { path: string; code: string; message: string }[] {
  const issues: { path: string; code: string; message: string }[] = [];
  const span = spanMinutes(shift.startsAt, shift.endsAt);
  const seen = new Set<TimeUse>();
  shift.timeSplit.forEach((part, i) => {
    if (part.timeUse === shift.timeUse)
      issues.push({
        path: `shift.timeSplit.${i}.timeUse`,
        code: 'split_is_main_time_use',
        message: 'The main time use gets the rest of the shift; split off other time uses only',
      });
    else if (seen.has(part.timeUse))
      issues.push({
        path: `shift.timeSplit.${i}.timeUse`,
        code: 'split_repeated',
        message: 'Each time use at most once',
      });
    seen.add(part.timeUse);
  });
  const split = shift.timeSplit.reduce((sum, part) => sum + part.minutes, 0);
  if (span > 0 && split > span)
    issues.push({
      path: 'shift.timeSplit',
      code: 'split_exceeds_shift',
      message: `The split adds up to ${split} minutes, more than the shift's ${Math.round(span)}`,
    });
  const staff = new Set(shift.staffIds);
  const named = new Set<string>();
  shift.staffMinutes.forEach((entry, i) => {
    if (!staff.has(entry.userId) || named.has(entry.userId))
      issues.push({
        path: `shift.staffMinutes.${i}.userId`,
        code: staff.has(entry.userId) ? 'staff_minutes_repeated' : 'staff_minutes_not_on_shift',
        message: staff.has(entry.userId)
          ? 'One entry per person'
          : 'Only people on the shift (staffIds) have minutes on it',
      });
    named.add(entry.userId);
  });
  return issues;
}
