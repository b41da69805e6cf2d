import { useT } from '../i18n/i18n';
import { ScrollRegion } from '../ui/ScrollRegion';
import { CsvButton } from './CsvButton';
import { formatFigure, formatShare } from './figures';
import type { ContactStatistics } from './load';
import { ageBandLabel, byAgeCsvRows } from './tableRows';

/** Contacts by gender and age band, with totals and each gender's share. */
export function ByAgeTable({ stats }: { stats: ContactStatistics }) {
  const { t, locale } = useT();
  const figure = (value: number) => formatFigure(value, locale);
  return (
    <section class="stats-section" aria-labelledby="stats-by-age">
      <div class="stats-section-head">
        <h2 id="stats-by-age">{t('statistics.byAgeHeading')}</h2>
        <CsvButton
          stats={stats}
          prefix={t('statistics.csvFileByAge')}
          rows={() => byAgeCsvRows(stats, t, locale)}
          describedBy="stats-by-age"
        />
      </div>
      <ScrollRegion labelledBy="stats-by-age">
        <table class="table stats-table">
          <thead>
            <tr>
              <th scope="col">{t('statistics.gender')}</th>
              {stats.ageBands.map((band) => (
                <th key={band.id} scope="col" class="num">
                  {ageBandLabel(band, locale)}
                </th>
              ))}
              <th scope="col" class="num">
                {t('statistics.total')}
              </th>
              <th scope="col" class="num">
                {t('statistics.share')}
              </th>
            </tr>
          </thead>
          <tbody>
            {stats.byGenderAndAge.map((row) => (
              <tr key={row.gender}>
                <th scope="row">{t(`statistics.genders.${row.gender}`)}</th>
                {row.cells.map((value, index) => (
                  <td key={stats.ageBands[index]?.id ?? index} class="num">
                    {figure(value)}
                  </td>
                ))}
                <td class="num stats-strong">{figure(row.total)}</td>
                <td class="num">{formatShare(row.total, stats.total, locale)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('statistics.total')}</th>
              {stats.ageTotals.map((value, index) => (
                <td key={stats.ageBands[index]?.id ?? index} class="num">
                  {figure(value)}
                </td>
              ))}
              <td class="num stats-strong">{figure(stats.total)}</td>
              <td class="num">{formatShare(stats.total, stats.total, locale)}</td>
            </tr>
          </tfoot>
        </table>
      </ScrollRegion>
    </section>
  );
}
