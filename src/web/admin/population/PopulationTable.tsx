import { useT } from '../../i18n/i18n';
import type { AreaPopulation, PopulationCounts } from './types';

const COLUMNS = ['girl', 'boy', 'other', 'total'] as const;

/** Young people per area and gender, with a row for all areas; on phones each area is a small block. */
export function PopulationTable({
  caption,
  areas,
  totals,
}: {
  caption: string;
  areas: AreaPopulation[];
  totals: PopulationCounts;
}) {
  const { t, locale } = useT();
  const number = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'sv-SE');
  const row = (key: string, name: string, counts: PopulationCounts, className?: string) => (
    <tr key={key} class={className}>
      <th scope="row">{name}</th>
      {COLUMNS.map((column) => (
        <td key={column} class="num" data-label={t(`population.${column}`)}>
          {number.format(counts[column])}
        </td>
      ))}
    </tr>
  );
  return (
    <div class="table-wrap">
      <table class="table table-stack population-table">
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('population.area')}</th>
            {COLUMNS.map((column) => (
              <th key={column} scope="col" class="num">
                {t(`population.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {areas.map((area) => row(area.areaId, area.areaName, area))}
          {row('all', t('population.allAreas'), totals, 'population-total')}
        </tbody>
      </table>
    </div>
  );
}
