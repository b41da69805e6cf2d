import { useT } from '../i18n/i18n';
import { ScrollRegion } from '../ui/ScrollRegion';
import { formatFigure } from './figures';
import type { ContactStatistics } from './load';
import { GENDER_ORDER, monthName } from './tableRows';

/** Contacts per month and gender: the chart's figures as a table. */
export function ByMonthTable({ stats }: { stats: ContactStatistics }) {
  const { t, locale } = useT();
  const figure = (value: number) => formatFigure(value, locale);
  return (
    <ScrollRegion labelledBy="stats-by-month">
      <table class="table stats-table">
        <thead>
          <tr>
            <th scope="col">{t('statistics.month')}</th>
            {GENDER_ORDER.map((gender) => (
              <th key={gender} scope="col" class="num">
                {t(`statistics.genders.${gender}`)}
              </th>
            ))}
            <th scope="col" class="num">
              {t('statistics.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {stats.byMonth.map((row) => (
            <tr key={row.month}>
              <th scope="row">{monthName(row.month, locale)}</th>
              {GENDER_ORDER.map((gender) => (
                <td key={gender} class="num">
                  {figure(row.byGender[gender])}
                </td>
              ))}
              <td class="num stats-strong">{figure(row.total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
