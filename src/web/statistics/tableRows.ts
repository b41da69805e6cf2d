import type { CsvCell } from '../../shared/csv';
import type { Locale, Translate } from '../i18n/i18n';
import { monthLabel } from './labels';
import type { ContactStatistics, Gender } from './load';

export const GENDER_ORDER: readonly Gender[] = ['girl', 'boy', 'other'];

export function ageBandLabel(band: ContactStatistics['ageBands'][number], locale: Locale): string {
  return locale === 'en' ? band.labelEn : band.labelSv;
}

/** The gender × age table as published: header, a row per gender, and the totals row. */
export function byAgeCsvRows(stats: ContactStatistics, t: Translate, locale: Locale): CsvCell[][] {
  return [
    [
      t('statistics.gender'),
      ...stats.ageBands.map((band) => ageBandLabel(band, locale)),
      t('statistics.total'),
    ],
    ...stats.byGenderAndAge.map((row) => [t(`statistics.genders.${row.gender}`), ...row.cells, row.total]),
    [t('statistics.total'), ...stats.ageTotals, stats.total],
  ];
}

/** The month × gender table as published: header, then a row per month. */
export function byMonthCsvRows(stats: ContactStatistics, t: Translate): CsvCell[][] {
  return [
    [
      t('statistics.month'),
      ...GENDER_ORDER.map((gender) => t(`statistics.genders.${gender}`)),
      t('statistics.total'),
    ],
    ...stats.byMonth.map((row) => [
      row.month,
      ...GENDER_ORDER.map((gender) => row.byGender[gender]),
      row.total,
    ]),
  ];
}

/** "december 2026" in Swedish, "December 2026" in English: as Intl writes it, like the rest of the app. */
export function monthName(month: string, locale: Locale): string {
  return monthLabel(month, locale, { long: true });
}
