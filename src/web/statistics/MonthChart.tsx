import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../i18n/i18n';
import { chartFont } from './chartFont';
import { canvasMeasure } from './chartLabels';
import { monthLabel } from './labels';
import type { ContactStatistics } from './load';
import type { MonthBar } from './plotMonths';
import { GENDER_ORDER } from './tableRows';
import { useElementWidth } from './useElementWidth';

/** Calm, colour-blind-safe colours that also differ in lightness. */
const COLOURS = { girl: '#b5651d', boy: '#1d4f5c', other: '#77777f' } as const;

/** Contacts per month by gender as stacked bars; Observable Plot is fetched only when this is shown. */
export function MonthChart({ stats }: { stats: ContactStatistics }) {
  const { t, locale } = useT();
  const box = useRef<HTMLDivElement>(null);
  const width = useElementWidth(box);
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');

  useEffect(() => {
    const element = box.current;
    if (!element || width === 0) return;
    let cancelled = false;
    const years = new Set(stats.byMonth.map((row) => row.month.slice(0, 4)));
    const bars: MonthBar[] = stats.byMonth.flatMap((row) =>
      GENDER_ORDER.map((gender) => ({ month: row.month, gender, value: row.byGender[gender] })),
    );
    const number = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'sv-SE');
    import('./plotMonths')
      .then(({ plotMonths }) => {
        if (cancelled) return;
        const chart = plotMonths({
          bars,
          months: stats.byMonth.map((row) => ({
            key: row.month,
            label: monthLabel(row.month, locale, { withYear: years.size > 1 }),
          })),
          genders: GENDER_ORDER.map((gender) => ({
            key: gender,
            label: t(`statistics.genders.${gender}`),
            colour: COLOURS[gender],
          })),
          width,
          ariaLabel: t('statistics.chartLabel'),
          yLabel: t('statistics.contacts'),
          format: (value) => number.format(value),
          measure: canvasMeasure(chartFont(element)),
        });
        element.replaceChildren(chart);
        setState('ready');
      })
      .catch(() => {
        if (!cancelled) setState('failed');
      });
    return () => {
      cancelled = true;
    };
  }, [stats, width, locale, t]);

  return (
    <>
      {state === 'loading' && <p class="muted">{t('statistics.chartLoading')}</p>}
      {state === 'failed' && <p class="alert alert-warning">{t('statistics.chartFailed')}</p>}
      <div class="stats-chart" ref={box} />
    </>
  );
}
