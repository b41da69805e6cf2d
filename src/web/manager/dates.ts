import type { Locale } from '../i18n/i18n';
import { dayAsDate, dayKey, TIME_ZONE, type YearMonth } from './month';

const INTL_LOCALE: Record<Locale, string> = { sv: 'sv-SE', en: 'en-GB' };
const cache = new Map<string, Intl.DateTimeFormat>();

function format(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}:${JSON.stringify(options)}`;
  let found = cache.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone: TIME_ZONE, ...options });
    cache.set(key, found);
  }
  return found;
}

/**
 * "december 2026" (English "December 2026"): as Intl writes it, heading or sentence, so the month
 * reads the same here as on every other page (Swedish months are lower case).
 */
export function monthTitle({ year, month }: YearMonth, locale: Locale): string {
  return format(locale, { month: 'long', year: 'numeric' }).format(
    new Date(Date.UTC(year, month - 1, 15, 12)),
  );
}

/** Monday to Sunday, short ("mån") and long ("måndag"). */
export function weekdayNames(locale: Locale): { short: string; long: string }[] {
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, index) => {
    const date = new Date(Date.UTC(2024, 0, 1 + index, 12));
    return {
      short: format(locale, { weekday: 'short' }).format(date).replace('.', ''),
      long: format(locale, { weekday: 'long' }).format(date),
    };
  });
}

/** "tisdag 12 mars 2026" for a calendar day `YYYY-MM-DD`. */
export function dayTitle(key: string, locale: Locale, withYear = true): string {
  const options: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long' };
  if (withYear) options.year = 'numeric';
  return format(locale, options).format(dayAsDate(key));
}

/** "tis 12 mars" for a shift's start. */
export function shortDate(iso: string, locale: Locale): string {
  return format(locale, { weekday: 'short', day: 'numeric', month: 'short' }).format(new Date(iso));
}

export function clock(iso: string, locale: Locale): string {
  return format(locale, { hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

/** "19:00–23:00", or with the end's date when the shift runs past midnight. */
export function timeRange(startsAt: string, endsAt: string, locale: Locale): string {
  const end =
    dayKey(startsAt) === dayKey(endsAt)
      ? clock(endsAt, locale)
      : `${shortDate(endsAt, locale)} ${clock(endsAt, locale)}`;
  return `${clock(startsAt, locale)}–${end}`;
}

/** "12 mars 2026 21:40". */
export function dateTime(iso: string, locale: Locale): string {
  return format(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
