import { useT } from '../i18n/i18n';
import { ScrollRegion } from '../ui/ScrollRegion';
import { type DisplayTable, formatValue, type TableValue } from './displayTable';

/** A display table as an accessible, horizontally scrolling HTML table. */
export function FigureTable({ table, labelledBy }: { table: DisplayTable; labelledBy: string }) {
  const { t, locale } = useT();
  const value = (figure: TableValue, index: number) =>
    formatValue(figure, table.columns[index]?.measure ?? 'count', locale);
  return (
    <ScrollRegion labelledBy={labelledBy}>
      <table class="table stats-table">
        <thead>
          <tr>
            <th scope="col">{table.rowHeading}</th>
            {table.columns.map((column) => (
              <th key={column.key} scope="col" class="num">
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              {row.values.map((figure, index) => (
                <td key={table.columns[index]?.key ?? index} class="num">
                  {value(figure, index)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        {table.totals && (
          <tfoot>
            <tr>
              <th scope="row">{t('statistics.total')}</th>
              {table.totals.map((figure, index) => (
                <td key={table.columns[index]?.key ?? index} class="num stats-strong">
                  {value(figure, index)}
                </td>
              ))}
            </tr>
          </tfoot>
        )}
      </table>
    </ScrollRegion>
  );
}
