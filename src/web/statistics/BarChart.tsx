import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../i18n/i18n';
import { type DisplayTable, formatValue, title } from './displayTable';
import type { Bar } from './plotBars';
import { useElementWidth } from './useElementWidth';

/** Calm, colour-blind-safe colours that also differ in lightness (as the month chart). */
const GENDER_COLOURS: Record<string, string> = { girl: '#b5651d', boy: '#1d4f5c', other: '#77777f' };
const PALETTE = ['#1d4f5c', '#b5651d', '#77777f', '#7a9e7e'];
const RATES = ['per1000', 'perHour'];

/**
 * What a table's chart shows: its parts stacked when the columns are parts of a whole (genders,
 * depths, severities), else its rate when it has one, else its first column.
 */
function chartSeries(table: DisplayTable) {
  const columns = table.columns.map((column, index) => ({ ...column, index }));
  const parts = columns.filter((column) => column.key !== 'total');
  const counts = parts.every((column) => column.measure === 'count' || column.measure === 'contacts');
  const chosen =
    counts && parts.length > 1
      ? parts
      : [columns.find((column) => RATES.includes(column.key)) ?? columns[0]].filter(
          (column) => column !== undefined,
        );
  return chosen.map((column, i) => ({
    ...column,
    colour: GENDER_COLOURS[column.key] ?? PALETTE[i % PALETTE.length] ?? '',
  }));
}

/**
 * The table as horizontal bars (see chartSeries); a row with nothing to compute (an area without a
 * population) has no bar. Observable Plot loads with the first chart.
 */
export function BarChart({ table }: { table: DisplayTable }) {
  const { t, locale } = useT();
  const box = useRef<HTMLDivElement>(null);
  const width = useElementWidth(box);
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');

  const series = chartSeries(table);

  useEffect(() => {
    const element = box.current;
    if (!element || width === 0) return;
    let cancelled = false;
    const bars: Bar[] = table.rows.flatMap((row) =>
      series.flatMap((s) => {
        const value = row.values[s.index];
        return typeof value === 'number' ? [{ row: row.key, series: s.key, value }] : [];
      }),
    );
    const measure = series[0]?.measure ?? 'count';
    import('./plotBars')
      .then(({ plotBars }) => {
        if (cancelled) return;
        element.replaceChildren(
          plotBars({
            bars,
            rows: table.rows.map((row) => ({ key: row.key, label: row.label })),
            series: series.map((s) => ({ key: s.key, label: s.label, colour: s.colour })),
            width,
            ariaLabel: t('indicators.chartLabel', { title: title(table.id, t) }),
            format: (value) => formatValue(value, measure, locale),
          }),
        );
        setState('ready');
      })
      .catch(() => {
        if (!cancelled) setState('failed');
      });
    return () => {
      cancelled = true;
    };
  }, [table, width, locale, t]);

  return (
    <>
      {state === 'loading' && <p class="muted">{t('statistics.chartLoading')}</p>}
      {state === 'failed' && <p class="alert alert-warning">{t('statistics.chartFailed')}</p>}
      <div class="stats-chart" ref={box} />
    </>
  );
}
