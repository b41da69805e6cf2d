import { useState } from 'preact/hooks';
import { useT } from '../i18n/i18n';
import { BarChart } from './BarChart';
import { csvFileName, downloadCsv } from './csv';
import {
  csvRows,
  type DisplayTable,
  definitionsSheet,
  type SheetContext,
  sheetOf,
  title,
} from './displayTable';
import { downloadWorkbook } from './downloadWorkbook';
import { FigureTable } from './FigureTable';
import { type View, ViewToggle } from './ViewToggle';

export type DownloadContext = SheetContext & { from: string; to: string };

/**
 * One indicator: its definition, a chart or a table of the same figures, and downloads of exactly
 * what is shown (Excel with the definition on a second sheet).
 */
export function StatSection({ table, context }: { table: DisplayTable; context: DownloadContext }) {
  const { t } = useT();
  const [view, setView] = useState<View>('chart');
  const headingId = `stats-${table.id}`;
  const name = title(table.id, t);
  const file = (extension: string) =>
    csvFileName(name.toLocaleLowerCase('sv'), context.place, context.from, context.to, extension);
  return (
    <section class="stats-section" aria-labelledby={headingId}>
      <div class="stats-section-head">
        <h3 id={headingId}>{name}</h3>
        <div class="stats-section-tools">
          <ViewToggle view={view} onChange={setView} />
          <button
            type="button"
            class="button button-small"
            aria-describedby={headingId}
            onClick={() => downloadCsv(file('csv'), csvRows(table, t))}
          >
            {t('statistics.downloadCsv')}
          </button>
          <button
            type="button"
            class="button button-small"
            aria-describedby={headingId}
            onClick={() =>
              downloadWorkbook(file('xlsx'), [sheetOf(table, t), definitionsSheet([table.id], context, t)])
            }
          >
            {t('indicators.downloadXlsx')}
          </button>
        </div>
      </div>
      <p class="stats-definition muted">
        {t(`indicators.catalogue.${table.id}.definition`)} {t(`indicators.catalogue.${table.id}.caveat`)}
      </p>
      {view === 'chart' ? <BarChart table={table} /> : <FigureTable table={table} labelledBy={headingId} />}
    </section>
  );
}
