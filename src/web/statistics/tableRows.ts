import type { Locale, Translate } from '../i18n/i18n';
import { csvFigure, type Figure } from './figures';
import { monthLabel } from './labels';
import type { ContactStatistics, Gender } from './load';

export const GENDER_ORDER: readonly Gender[] = ['girl', 'boy', 'other'];

export function ageBandLabel(band: ContactStatistics['ageBands'][number], locale: Locale): string {
  return locale === 'en' ? band.labelEn : band.labelSv;
}

/** The gender × age table as published: header, a row per gender, and the totals row. */
export function byAgeCsvRows(stats: ContactStatistics, t: Translate, locale: Locale): string[][] {
  const cell = (value: Figure) => csvFigure(value, stats.threshold);
  return [
    [
      t('statistics.gender'),
      ...stats.ageBands.map((band) => ageBandLabel(band, locale)),
      t('statistics.total'),
    ],
    ...stats.byGenderAndAge.map((row) => [
      t(`statistics.genders.${row.gender}`),
      ...row.cells.map(cell),
      cell(row.total),
    ]),
    [t('statistics.total'), ...stats.ageTotals.map(cell), cell(stats.total)],
  ];
}

/** The month × gender table as published: header, then a row per month. */
export function byMonthCsvRows(stats: ContactStatistics, t: Translate): string[][] {
  const cell = (value: Figure) => csvFigure(value, stats.threshold);
  return [
    [
      t('statistics.month'),
      ...GENDER_ORDER.map((gender) => t(`statistics.genders.${gender}`)),
      t('statistics.total'),
    ],
    ...stats.byMonth.map((row) => [
      row.month,
      ...GENDER_ORDER.map((gender) => cell(row.byGender[gender])),
      cell(row.total),
    ]),
  ];
}

export function monthName(month: string, locale: Locale): string {
  const text = monthLabel(month, locale, { long: true });
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
