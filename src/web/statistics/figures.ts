import type { Locale } from '../i18n/i18n';

/**
 * A published figure: a count; null where it is below the threshold; "protected" where it was hidden
 * only so that a small figure cannot be worked out from the totals.
 */
export type Figure = number | null | 'protected';

/** The marker for a figure hidden to protect another: not small itself, so "<5" would be false. */
export const PROTECTED_MARK = '..';

const INTL_LOCALE: Record<Locale, string> = { sv: 'sv-SE', en: 'en-GB' };

/** "1 234"; "<5" for a figure below the threshold (0 included); ".." for one hidden to protect another. */
export function formatFigure(value: Figure, threshold: number, locale: Locale): string {
  if (value === null) return `<${threshold}`;
  if (value === 'protected') return PROTECTED_MARK;
  return new Intl.NumberFormat(INTL_LOCALE[locale]).format(value);
}

/** A share such as "44 %", or "–" when either figure is hidden or there is nothing to share. */
export function formatShare(part: Figure, whole: Figure, locale: Locale): string {
  if (typeof part !== 'number' || typeof whole !== 'number' || whole === 0) return '–';
  return new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'percent', maximumFractionDigits: 0 }).format(
    part / whole,
  );
}

/** The figure as written in a CSV file: a plain integer, "<5" or "..". */
export function csvFigure(value: Figure, threshold: number): string {
  if (value === null) return `<${threshold}`;
  return value === 'protected' ? PROTECTED_MARK : String(value);
}
