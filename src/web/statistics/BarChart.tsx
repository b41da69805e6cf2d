import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../i18n/i18n';
import { chartFont } from './chartFont';
import { canvasMeasure } from './chartLabels';
import { chartBars, chartSeries } from './chartSeries';
import { type DisplayTable, formatValue, measureDecimals, title } from './displayTable';
import { minStepFor } from './ticks';
import { useElementWidth } from './useElementWidth';

/**
 * The table as horizontal bars (see chartSeries); a row with nothing to compute (an area without a
 * population) has no bar. Observable Plot loads with the first chart.
 */
export function BarChart({ table }: { table: DisplayTable }) {
  const { t, locale } = useT();
  const box = useRef<HTMLDivElement>(null);
  const width = useElementWidth(box);
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');

  useEffect(() => {
    const element = box.current;
    if (!element || width === 0) return;
    let cancelled = false;
    const series = chartSeries(table);
    const measure = series[0]?.measure ?? 'count';
    import('./plotBars')
      .then(({ plotBars }) => {
        if (cancelled) return;
        element.replaceChildren(
          plotBars({
            bars: chartBars(table, series),
            rows: table.rows.map((row) => ({ key: row.key, label: row.label })),
            series: series.map((s) => ({ key: s.key, label: s.label, colour: s.colour })),
            width,
            ariaLabel: t('indicators.chartLabel', { title: title(table.id, t) }),
            format: (value) => formatValue(value, measure, locale),
            minStep: minStepFor(measureDecimals(measure)),
            measure: canvasMeasure(chartFont(element)),
            ...(measure === 'percent' && series.length > 1 ? { whole: 100 } : {}),
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
