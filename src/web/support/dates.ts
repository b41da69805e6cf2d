import type { Locale } from '../i18n/i18n';

export { dateTime as formatInstant } from '../manager/dates';
export { isDay, today } from '../statistics/period';

const DAY_FORMATS: Record<Locale, Intl.DateTimeFormat> = {
  sv: new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** "12 mars 2026" for a calendar day YYYY-MM-DD (read at noon UTC, so no zone moves it). */
export function formatDay(day: string, locale: Locale): string {
  return DAY_FORMATS[locale].format(new Date(`${day}T12:00:00Z`));
}
