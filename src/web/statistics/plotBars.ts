import * as Plot from '@observablehq/plot';

export type Bar = { row: string; series: string; value: number };

export type BarChartInput = {
  bars: Bar[];
  rows: { key: string; label: string }[];
  series: { key: string; label: string; colour: string }[];
  width: number;
  ariaLabel: string;
  format: (value: number) => string;
};

/** Horizontal bars, one per row, stacked by series (genders) when there are several. */
export function plotBars(input: BarChartInput): HTMLElement | SVGSVGElement {
  const rowLabel = new Map(input.rows.map((row) => [row.key, row.label]));
  const seriesLabel = new Map(input.series.map((series) => [series.key, series.label]));
  const longest = Math.max(...input.rows.map((row) => row.label.length), 4);
  return Plot.plot({
    width: input.width,
    height: 40 + input.rows.length * 28,
    marginLeft: Math.min(input.width / 2.2, 20 + longest * 7.5),
    ariaLabel: input.ariaLabel,
    style: { fontSize: '13px', fontFamily: 'inherit', color: 'currentColor', background: 'transparent' },
    y: {
      domain: input.rows.map((row) => row.key),
      tickFormat: (key: string) => rowLabel.get(key) ?? key,
      label: null,
      padding: 0.2,
    },
    x: { grid: true, label: null, tickFormat: input.format, nice: true },
    color: {
      domain: input.series.map((series) => series.key),
      range: input.series.map((series) => series.colour),
      tickFormat: (key: string) => seriesLabel.get(key) ?? key,
      legend: input.series.length > 1,
    },
    marks: [
      Plot.barX(input.bars, {
        y: 'row',
        x: 'value',
        fill: 'series',
        order: input.series.map((series) => series.key),
        title: (bar: Bar) =>
          `${rowLabel.get(bar.row)}${input.series.length > 1 ? `, ${seriesLabel.get(bar.series)}` : ''}: ${input.format(bar.value)}`,
      }),
      Plot.ruleX([0]),
    ],
  });
}
