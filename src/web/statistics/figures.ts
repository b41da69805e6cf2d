import type { Locale } from '../i18n/i18n';

const INTL_LOCALE: Record<Locale, string> = { sv: 'sv-SE', en: 'en-GB' };

/** "1 234": a published count, exact or under the cell-key method, is always a whole number. */
export function formatFigure(value: number, locale: Locale): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale]).format(value);
}

/** A share such as "44 %", or "–" when there is nothing to share. */
export function formatShare(part: number, whole: number, locale: Locale): string {
  if (whole === 0) return '–';
  return new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'percent', maximumFractionDigits: 0 }).format(
    part / whole,
  );
}
