/**
 * Shift times are entered as Stockholm wall-clock time and sent as instants with their UTC offset,
 * e.g. 2026-06-12T18:00:00+02:00. Daylight saving time is taken from Intl, so no time zone library.
 */
export const TIME_ZONE = 'Europe/Stockholm';

const parts = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

export type WallClock = { date: string; time: string };

function fields(instant: Date): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of parts.formatToParts(instant)) out[part.type] = part.value;
  return out;
}

/**
 * Milliseconds of a UTC calendar time. Unlike Date.UTC, years 0–99 stay themselves: a half-typed
 * year 0002 must not turn into 1902 and look like a real, if odd, date.
 */
function utcMs(year: number, month: number, day: number, hour = 0, minute = 0): number {
  const at = new Date(Date.UTC(2000, month - 1, day, hour, minute));
  at.setUTCFullYear(year, month - 1, day);
  return at.getTime();
}

/** Minutes east of UTC that Stockholm is at `instant` (60 in winter, 120 in summer). */
export function stockholmOffsetMinutes(instant: Date): number {
  const f = fields(instant);
  const asUtc =
    utcMs(Number(f.year), Number(f.month), Number(f.day), Number(f.hour), Number(f.minute)) +
    Number(f.second) * 1000;
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/** The Stockholm date (YYYY-MM-DD) and time (HH:MM) of an instant. */
export function wallClock(instant: Date | string): WallClock {
  const f = fields(typeof instant === 'string' ? new Date(instant) : instant);
  // Intl writes year 2 as "2"; a date input needs four digits to show it (and let it be corrected).
  return { date: `${f.year?.padStart(4, '0')}-${f.month}-${f.day}`, time: `${f.hour}:${f.minute}` };
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** A Stockholm wall-clock time as an ISO instant with its offset. */
export function toInstant(date: string, time: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  const naive = utcMs(year ?? 1970, month ?? 1, day ?? 1, hour ?? 0, minute ?? 0);
  // Two rounds find the offset that applies at the wall-clock time itself, also around DST changes.
  let offset = stockholmOffsetMinutes(new Date(naive));
  offset = stockholmOffsetMinutes(new Date(naive - offset * 60_000));
  const iso = new Date(naive).toISOString().slice(0, 16);
  return `${iso}:00${offsetText(offset)}`;
}

/** The Stockholm date `days` after `date`. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(utcMs(year ?? 1970, month ?? 1, (day ?? 1) + days)).toISOString().slice(0, 10);
}

/**
 * A shift's span from a start date and two times; an end at or before the start is on the next day
 * (an evening shift that crosses midnight).
 */
export function shiftSpan(date: string, start: string, end: string): { startsAt: string; endsAt: string } {
  const endDate = end <= start ? addDays(date, 1) : date;
  return { startsAt: toInstant(date, start), endsAt: toInstant(endDate, end) };
}

/** Whether a shift's end falls on the day after its start, in Stockholm. */
export function endsNextDay(startsAt: string, endsAt: string): boolean {
  return wallClock(endsAt).date !== wallClock(startsAt).date;
}

export const DEFAULT_START = '18:00';
export const DEFAULT_END = '22:00';

/**
 * Tonight's usual shift, 18:00–22:00. In the small hours the evening that just ended is meant,
 * so before 06:00 the default is yesterday's evening.
 */
export function defaultSpan(now: Date = new Date()): { startsAt: string; endsAt: string } {
  const { date, time } = wallClock(now);
  const day = time < '06:00' ? addDays(date, -1) : date;
  return shiftSpan(day, DEFAULT_START, DEFAULT_END);
}

/** `now` moved into the shift's span, for an observation's time. */
export function clampIntoShift(now: Date, startsAt: string, endsAt: string): string {
  const start = new Date(startsAt).getTime();
  const end = new Date(endsAt).getTime();
  const at = Math.min(Math.max(now.getTime(), start), end);
  const clock = wallClock(new Date(at));
  return toInstant(clock.date, clock.time);
}

/** Moves an instant to the given Stockholm time, on the shift day that keeps it inside the shift. */
export function atTimeWithinShift(time: string, startsAt: string, endsAt: string): string {
  const start = wallClock(startsAt);
  const sameDay = toInstant(start.date, time);
  const before = new Date(sameDay).getTime() < new Date(startsAt).getTime();
  if (!before || !endsNextDay(startsAt, endsAt)) return sameDay;
  return toInstant(addDays(start.date, 1), time);
}

/** Hours between two instants. */
export function hoursBetween(startsAt: string, endsAt: string): number {
  return (new Date(endsAt).getTime() - new Date(startsAt).getTime()) / 3_600_000;
}
