/**
 * When a shift can plausibly start. A start outside this window is almost always a date typed
 * wrong (a half-typed year such as 0002 or 1906), so the phone and the server both refuse it
 * rather than file the shift somewhere no list or statistic will ever show it.
 */

/** No shift starts before 1 January 2000 (Stockholm time): the app did not exist, nor did its data. */
export const EARLIEST_SHIFT_START = '2000-01-01T00:00:00+01:00';

/** Shifts are planned at most this many years ahead. */
export const MAX_YEARS_AHEAD = 2;

const YEAR_MS = 365.25 * 86_400_000;

/** The latest instant a shift may start, seen from `now`. */
export function latestShiftStart(now: Date): Date {
  return new Date(now.getTime() + MAX_YEARS_AHEAD * YEAR_MS);
}

/** Whether a shift starting at `startsAt` (an ISO instant) is within the plausible window. */
export function plausibleShiftStart(startsAt: string, now: Date): boolean {
  const start = Date.parse(startsAt);
  return (
    Number.isFinite(start) &&
    start >= Date.parse(EARLIEST_SHIFT_START) &&
    start <= latestShiftStart(now).getTime()
  );
}
