import { stockholmDay } from './rollup';

const HOUR_MS = 3_600_000;

/** Parts of the day, by Stockholm clock hours [from, to). */
export const TIMES_OF_DAY = ['night', 'morning', 'afternoon', 'evening'] as const;
export type TimeOfDay = (typeof TIMES_OF_DAY)[number];
const timeOfDayOf = (hour: number): TimeOfDay =>
  hour < 6 ? 'night' : hour < 12 ? 'morning' : hour < 18 ? 'afternoon' : 'evening';

export { WEEKDAYS, type Weekday } from '../../shared/field-log';

import { WEEKDAYS, type Weekday } from '../../shared/field-log';

const STOCKHOLM_HOUR = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Stockholm',
  hour: '2-digit',
  hourCycle: 'h23',
});

export function shiftHours(startsAt: Date, endsAt: Date): number {
  return (endsAt.getTime() - startsAt.getTime()) / HOUR_MS;
}

/**
 * A shift's hours by part of the day on the Stockholm clock. Stockholm's offset is always whole
 * hours, so its hour boundaries are UTC hour boundaries: walk them and put each piece where its
 * clock hour falls (a 22–02 shift is two evening hours and two night hours, also across DST).
 */
export function hoursByTimeOfDay(startsAt: Date, endsAt: Date): Record<TimeOfDay, number> {
  const hours: Record<TimeOfDay, number> = { night: 0, morning: 0, afternoon: 0, evening: 0 };
  let at = startsAt.getTime();
  const end = endsAt.getTime();
  while (at < end) {
    const next = Math.min(end, (Math.floor(at / HOUR_MS) + 1) * HOUR_MS);
    const hour = Number(STOCKHOLM_HOUR.format(new Date(at)));
    hours[timeOfDayOf(hour)] += (next - at) / HOUR_MS;
    at = next;
  }
  return hours;
}

/** The weekday of the Stockholm day a shift started (a Friday night shift counts for Friday). */
export function startWeekday(startsAt: Date): Weekday {
  const day = new Date(`${stockholmDay(startsAt.toISOString())}T12:00:00Z`).getUTCDay();
  return WEEKDAYS[(day + 6) % 7] as Weekday;
}
