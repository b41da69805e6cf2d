import type { CsvRow } from '../../shared/csv';
import { useT } from '../i18n/i18n';
import { csvFileName, downloadCsv } from './csv';
import type { ContactStatistics } from './load';

/** Downloads exactly the figures on screen, for Swedish Excel. */
export function CsvButton({
  stats,
  prefix,
  rows,
  describedBy,
}: {
  stats: ContactStatistics;
  prefix: string;
  rows: () => CsvRow[];
  describedBy: string;
}) {
  const { t } = useT();
  return (
    <button
      type="button"
      class="button button-small"
      aria-describedby={describedBy}
      onClick={() => downloadCsv(csvFileName(prefix, stats.scope.name, stats.from, stats.to), rows())}
    >
      {t('statistics.downloadCsv')}
    </button>
  );
}
