/** The periods statistics are read for, as Stockholm calendar days (YYYY-MM-DD, both inclusive). */

export const PERIOD_KINDS = ['week', 'month', 'tertial', 'year', 'custom'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];
export type Period = { kind: PeriodKind; from: string; to: string };

const DAY_MS = 86_400_000;
const stockholmDay = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today in Stockholm, e.g. "2026-03-14". */
export function today(now = new Date()): string {
  return stockholmDay.format(now);
}

export function isDay(value: string | undefined): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));
}

/** Calendar arithmetic on noon UTC, so no time zone or summer time can move a day. */
function toDate(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}

function toDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return toDay(new Date(toDate(day).getTime() + days * DAY_MS));
}

function ymd(day: string): { year: number; month: number } {
  return { year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)) };
}

function firstOfMonth(year: number, month: number): string {
  return toDay(new Date(Date.UTC(year, month - 1, 1, 12)));
}

function lastOfMonth(year: number, month: number): string {
  return toDay(new Date(Date.UTC(year, month, 0, 12)));
}

/** The tertial (1–3) a month falls in: Jan–Apr, May–Aug, Sep–Dec. */
export function tertialOf(month: number): 1 | 2 | 3 {
  return month <= 4 ? 1 : month <= 8 ? 2 : 3;
}

/** The period of `kind` that contains `day`; a custom period keeps `day` to `to`. */
export function periodContaining(kind: Exclude<PeriodKind, 'custom'>, day: string): Period {
  const { year, month } = ymd(day);
  switch (kind) {
    case 'week': {
      const weekday = (toDate(day).getUTCDay() + 6) % 7; // Monday = 0
      const from = addDays(day, -weekday);
      return { kind, from, to: addDays(from, 6) };
    }
    case 'month':
      return { kind, from: firstOfMonth(year, month), to: lastOfMonth(year, month) };
    case 'tertial': {
      const first = (tertialOf(month) - 1) * 4 + 1;
      return { kind, from: firstOfMonth(year, first), to: lastOfMonth(year, first + 3) };
    }
    case 'year':
      return { kind, from: `${year}-01-01`, to: `${year}-12-31` };
  }
}

/** The period before (-1) or after (+1); a custom period moves by its own length. */
export function stepPeriod(period: Period, direction: -1 | 1): Period {
  if (period.kind === 'custom') {
    const length = Math.round((toDate(period.to).getTime() - toDate(period.from).getTime()) / DAY_MS) + 1;
    return {
      ...period,
      from: addDays(period.from, direction * length),
      to: addDays(period.to, direction * length),
    };
  }
  const day = direction < 0 ? addDays(period.from, -1) : addDays(period.to, 1);
  return periodContaining(period.kind, day);
}

/** Switching kind keeps the period's start in view (today when it lies inside the current period). */
export function switchKind(period: Period, kind: PeriodKind, now = today()): Period {
  if (kind === 'custom') return { kind, from: period.from, to: period.to };
  const anchor = period.from <= now && now <= period.to ? now : period.from;
  return periodContaining(kind, anchor);
}

/** ISO 8601 week number and its year. */
export function isoWeek(day: string): { week: number; year: number } {
  const date = toDate(day);
  const thursday = new Date(date.getTime() + (3 - ((date.getUTCDay() + 6) % 7)) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - toDate(`${year}-01-01`).getTime()) / DAY_MS / 7);
  return { week, year };
}

/** Reads a period from the address, falling back to this month. */
export function parsePeriod(
  kind: string | undefined,
  from: string | undefined,
  to: string | undefined,
  now = today(),
): Period {
  const known = PERIOD_KINDS.find((candidate) => candidate === kind) ?? 'month';
  if (known === 'custom') {
    if (isDay(from) && isDay(to) && from <= to) return { kind: known, from, to };
    return { ...periodContaining('month', now), kind: 'custom' };
  }
  return periodContaining(known, isDay(from) ? from : now);
}
