import type { Locale } from './i18n';

const TIME_ZONE = 'Europe/Stockholm';
const INTL_LOCALE: Record<Locale, string> = { sv: 'sv-SE', en: 'en-GB' };

const cache = new Map<string, Intl.DateTimeFormat>();

function dateTimeFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}:${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone: TIME_ZONE, ...options });
    cache.set(key, format);
  }
  return format;
}

/** A date and time in Swedish time, e.g. "3 mars 2025 21:40". */
export function formatDateTime(iso: string, locale: Locale): string {
  return dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** A calendar day (YYYY-MM-DD) with its weekday, e.g. "fre 19 juni 2026"; the day is not shifted by time zones. */
export function formatDay(day: string, locale: Locale): string {
  return dateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(`${day}T12:00:00Z`),
  );
}
