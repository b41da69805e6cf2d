import type { Locale } from '../i18n/i18n';
import { TIME_ZONE, wallClock } from './time';

const INTL_LOCALE: Record<Locale, string> = { sv: 'sv-SE', en: 'en-GB' };
const formats = new Map<string, Intl.DateTimeFormat>();

function format(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}:${JSON.stringify(options)}`;
  let found = formats.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone: TIME_ZONE, ...options });
    formats.set(key, found);
  }
  return found;
}

/**
 * When a day shows its year: `always` where a date is being set and confirmed (the editor), or
 * `other` — only when it is not this year, so lists stay short and a mistyped year still shows.
 */
export type YearShown = 'always' | 'other';

function showsYear(iso: string, year: YearShown, now: Date): boolean {
  return year === 'always' || wallClock(iso).date.slice(0, 4) !== wallClock(now).date.slice(0, 4);
}

/** "fre 12 juni", or "fre 12 juni 2027" when the year is shown. */
export function formatDay(iso: string, locale: Locale, year: YearShown = 'other', now = new Date()): string {
  return format(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'long',
    ...(showsYear(iso, year, now) ? { year: 'numeric' } : {}),
  }).format(new Date(iso));
}

/** "18:00" */
export function formatTime(iso: string, locale: Locale): string {
  return format(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
}

/** "fre 12 juni 18:00–22:00" (the year as `formatDay` shows it) */
export function formatSpan(
  startsAt: string,
  endsAt: string,
  locale: Locale,
  year: YearShown = 'other',
  now = new Date(),
): string {
  return `${formatDay(startsAt, locale, year, now)} ${formatTime(startsAt, locale)}–${formatTime(endsAt, locale)}`;
}

/** "4 tim 30 min", "45 min", "6 tim": working time as people say it. */
export function formatMinutes(minutes: number, locale: Locale): string {
  const hours = Math.floor(minutes / 60);
  const rest = Math.round(minutes - hours * 60);
  const h = locale === 'sv' ? 'tim' : 'h';
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} ${h}` : `${hours} ${h} ${rest} min`;
}
