/**
 * Calendar arithmetic for the manager's month view. Days are Swedish calendar days: a shift belongs
 * to the day it starts on in Stockholm, whatever time zone the browser is in.
 */

export const TIME_ZONE = 'Europe/Stockholm';

/** A calendar month, `month` 1–12. */
export type YearMonth = { year: number; month: number };

const dayKeyFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

const offsetFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  timeZoneName: 'longOffset',
  year: 'numeric',
});

const pad = (value: number) => String(value).padStart(2, '0');

/** The Stockholm calendar day of an instant, as `YYYY-MM-DD`. */
export function dayKey(instant: Date | string): string {
  return dayKeyFormat.format(typeof instant === 'string' ? new Date(instant) : instant);
}

export function dayKeyOf(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Stockholm's offset from UTC in minutes at an instant (60 in winter, 120 in summer). */
export function offsetMinutes(instant: Date): number {
  const name = offsetFormat.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value;
  const match = name?.match(/GMT([+-])(\d{2}):(\d{2})/);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** The instant a Stockholm wall-clock midnight falls on. */
export function stockholmMidnight(year: number, month: number, day: number): Date {
  const wall = Date.UTC(year, month - 1, day);
  let instant = new Date(wall - offsetMinutes(new Date(wall)) * 60_000);
  // Near a daylight-saving change the first guess can use the other side's offset.
  instant = new Date(wall - offsetMinutes(instant) * 60_000);
  return instant;
}

export function monthOf(instant: Date): YearMonth {
  const [year, month] = dayKey(instant).split('-').map(Number);
  return { year: year ?? 1970, month: month ?? 1 };
}

export function addMonths({ year, month }: YearMonth, delta: number): YearMonth {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function daysInMonth({ year, month }: YearMonth): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The month as instants, for the API's `from` (inclusive) and `to` (exclusive). */
export function monthRange(ym: YearMonth): { from: string; to: string } {
  const next = addMonths(ym, 1);
  return {
    from: stockholmMidnight(ym.year, ym.month, 1).toISOString(),
    to: stockholmMidnight(next.year, next.month, 1).toISOString(),
  };
}

/** `YYYY-MM`, as the page keeps it in its address. */
export function formatYearMonth({ year, month }: YearMonth): string {
  return `${year}-${pad(month)}`;
}

export function parseYearMonth(value: string | undefined): YearMonth | null {
  const match = value?.match(/^(\d{4})-(\d{2})$/);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  return month >= 1 && month <= 12 && year >= 2000 && year <= 2100 ? { year, month } : null;
}

export type CalendarDay = { key: string; day: number; inMonth: boolean; weekday: number };

/**
 * The month's grid: whole weeks, Monday first, padded with the days of the months around it.
 * `weekday` is 0 for Monday … 6 for Sunday.
 */
export function monthGrid(ym: YearMonth): CalendarDay[][] {
  const first = new Date(Date.UTC(ym.year, ym.month - 1, 1));
  const lead = (first.getUTCDay() + 6) % 7;
  const total = Math.ceil((lead + daysInMonth(ym)) / 7) * 7;
  const weeks: CalendarDay[][] = [];
  for (let index = 0; index < total; index++) {
    const date = new Date(Date.UTC(ym.year, ym.month - 1, 1 + index - lead));
    const day: CalendarDay = {
      key: dayKeyOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()),
      day: date.getUTCDate(),
      inMonth: date.getUTCMonth() === ym.month - 1,
      weekday: index % 7,
    };
    if (index % 7 === 0) weeks.push([]);
    weeks[weeks.length - 1]?.push(day);
  }
  return weeks;
}

/** A calendar day as a date at Stockholm noon, for formatting its names safely. */
export function dayAsDate(key: string): Date {
  const [year, month, day] = key.split('-').map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1, 11));
}
