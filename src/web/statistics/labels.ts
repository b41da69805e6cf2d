import type { Locale, Translate } from '../i18n/i18n';
import { isoWeek, type Period, tertialOf } from './period';

const INTL_LOCALE: Record<Locale, string> = { sv: 'sv-SE', en: 'en-GB' };

function dayFormat(locale: Locale, options: Intl.DateTimeFormatOptions) {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone: 'UTC', ...options });
}

const noon = (day: string) => new Date(`${day}T12:00:00Z`);

/** "Vecka 3 2026", "januari 2026", "Tertial 1 2026 (jan–apr)", "2026", "1 jan. 2026 – 30 apr. 2026". */
export function periodLabel(period: Period, t: Translate, locale: Locale): string {
  switch (period.kind) {
    case 'week': {
      const { week, year } = isoWeek(period.from);
      return t('statistics.weekLabel', { week, year });
    }
    case 'month':
      return dayFormat(locale, { month: 'long', year: 'numeric' }).format(noon(period.from));
    case 'tertial': {
      const number = tertialOf(Number(period.from.slice(5, 7)));
      return t('statistics.tertialLabel', {
        number,
        year: period.from.slice(0, 4),
        months: t(`statistics.tertialMonths.${number}`),
      });
    }
    case 'year':
      return period.from.slice(0, 4);
    case 'custom':
      return dayFormat(locale, { dateStyle: 'medium' }).formatRange(noon(period.from), noon(period.to));
  }
}

/** "jan" in a chart; with the year ("jan 2026") when the months span more than one year. */
export function monthLabel(
  month: string,
  locale: Locale,
  options: { long?: boolean; withYear?: boolean } = {},
): string {
  const date = noon(`${month}-15`);
  const text = dayFormat(locale, {
    month: options.long ? 'long' : 'short',
    ...(options.withYear || options.long ? { year: 'numeric' } : {}),
  }).format(date);
  return text.replace('.', '');
}

/** "1–3 dec. 2026", "28 nov. – 3 dec. 2026": a span of days as Intl writes it. */
export function dayRangeLabel(from: string, to: string, locale: Locale): string {
  return dayFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' }).formatRange(
    noon(from),
    noon(to),
  );
}
