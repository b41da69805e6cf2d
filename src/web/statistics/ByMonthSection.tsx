import { useState } from 'preact/hooks';
import { useT } from '../i18n/i18n';
import { ByMonthTable } from './ByMonthTable';
import { CsvButton } from './CsvButton';
import type { ContactStatistics } from './load';
import { MonthChart } from './MonthChart';
import { byMonthCsvRows } from './tableRows';
import { type View, ViewToggle } from './ViewToggle';

/** Contacts per month by gender, as a chart or as a table with the same figures. */
export function ByMonthSection({ stats }: { stats: ContactStatistics }) {
  const { t } = useT();
  const [view, setView] = useState<View>('chart');
  return (
    <section class="stats-section" aria-labelledby="stats-by-month">
      <div class="stats-section-head">
        <h2 id="stats-by-month">{t('statistics.byMonthHeading')}</h2>
        <div class="stats-section-tools">
          <ViewToggle view={view} onChange={setView} />
          <CsvButton
            stats={stats}
            prefix={t('statistics.csvFileByMonth')}
            rows={() => byMonthCsvRows(stats, t)}
            describedBy="stats-by-month"
          />
        </div>
      </div>
      {view === 'chart' ? <MonthChart stats={stats} /> : <ByMonthTable stats={stats} />}
    </section>
  );
}
