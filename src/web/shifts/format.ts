import type { Locale } from '../i18n/i18n';
import { TIME_ZONE } from './time';

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

/** "fre 12 juni" */
export function formatDay(iso: string, locale: Locale): string {
  return format(locale, { weekday: 'short', day: 'numeric', month: 'long' }).format(new Date(iso));
}

/** "18:00" */
export function formatTime(iso: string, locale: Locale): string {
  return format(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
}

/** "fre 12 juni 18:00–22:00" */
export function formatSpan(startsAt: string, endsAt: string, locale: Locale): string {
  return `${formatDay(startsAt, locale)} ${formatTime(startsAt, locale)}–${formatTime(endsAt, locale)}`;
}
