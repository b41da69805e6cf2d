import { TIME_USES } from '../../shared/field-log';
import type { Locale, Translate } from '../i18n/i18n';
import type { DisplayTable } from '../statistics/displayTable';
import { monthName } from '../statistics/tableRows';
import type { StaffTimePlace } from './api';

/** One place's months as the statistics tables show them: shares per time use, then staff hours. */
export function staffTimeTable(place: StaffTimePlace, t: Translate, locale: Locale): DisplayTable {
  const values = (figures: StaffTimePlace['total']) => [
    ...TIME_USES.map((use) => figures.percent[use]),
    figures.staffHours,
  ];
  return {
    id: 'staffTimeByMonth',
    rowHeading: t('statistics.month'),
    columns: [
      ...TIME_USES.map((use) => ({
        key: use,
        label: t(`indicators.columns.${use}`),
        measure: 'percent' as const,
      })),
      { key: 'staffHours', label: t('indicators.columns.staffHours'), measure: 'hours' as const },
    ],
    rows: place.months.map((month) => ({
      key: month.month,
      label: monthName(month.month, locale),
      values: values(month),
    })),
    totals: values(place.total),
    aboutYoungPeople: false,
  };
}
