import * as Plot from '@observablehq/plot';
import { CHART_FONT_SIZE } from './chartFont';
import { asOneImage } from './chartImage';
import { type Measure, wrapLabel } from './chartLabels';
import type { Bar } from './chartSeries';
import { niceTicks } from './ticks';

export type BarChartInput = {
  bars: Bar[];
  rows: { key: string; label: string }[];
  series: { key: string; label: string; colour: string }[];
  width: number;
  ariaLabel: string;
  format: (value: number) => string;
  /** The finest step the figures are shown in (1 for counts), so no two ticks read the same. */
  minStep: number;
  /** Text widths in the chart's font, to wrap labels rather than let the frame cut them. */
  measure: Measure;
  /** Where the axis ends when the bars are shares of one whole (100 %), not the longest bar. */
  whole?: number;
};

const FONT_SIZE = CHART_FONT_SIZE;
/** Pixels per line of a label. */
const LINE = 16;
/** Narrower than this, each label sits above its bar: labels and bars both get the whole width. */
const LABELS_ABOVE_UNDER = 560;
/** Plot's tick length and the gap to its label. */
const TICK_ROOM = 9;

/** Horizontal bars, one per row, stacked by series (genders) when there are several. */
export function plotBars(input: BarChartInput): HTMLElement | SVGSVGElement {
  const rowLabel = new Map(input.rows.map((row) => [row.key, row.label]));
  const seriesLabel = new Map(input.series.map((series) => [series.key, series.label]));
  const stacked = new Map<string, number>();
  for (const bar of input.bars) stacked.set(bar.row, (stacked.get(bar.row) ?? 0) + Math.max(0, bar.value));
  // Shares summed from rounded parts may reach 100.1; the axis still ends at the whole.
  const max = input.whole ?? Math.max(0, ...stacked.values());

  const above = input.width < LABELS_ABOVE_UNDER;
  const widest = Math.max(0, ...input.rows.map((row) => input.measure(row.label)));
  const labelRoom = above ? input.width - 8 : Math.min(Math.floor(input.width * 0.4), Math.ceil(widest));
  // Above, the 0 tick's label is centred on the frame's left edge: the margin holds its left half.
  const marginLeft = above
    ? Math.max(8, Math.ceil(input.measure(input.format(0)) / 2) + 2)
    : labelRoom + TICK_ROOM + 3;
  const lines = new Map(
    input.rows.map((row) => [row.key, wrapLabel(row.label, labelRoom, input.measure, above ? 2 : 3)]),
  );
  const mostLines = Math.max(1, ...[...lines.values()].map((l) => l.length));

  // As many ticks as their labels leave room for; the last one's label is centred on the frame's
  // right edge, so the margin holds its right half.
  const tickRoom = Math.max(64, input.measure(input.format(max)) + 32);
  const ticksFor = (room: number) => niceTicks(max, Math.max(2, Math.floor(room / tickRoom)), input.minStep);
  const guess = ticksFor(input.width - marginLeft - 20);
  const marginRight = Math.ceil(input.measure(input.format(guess.at(-1) ?? 0)) / 2) + 6;
  const ticks = ticksFor(input.width - marginLeft - marginRight);

  const labelHeight = mostLines * LINE;
  const rowHeight = above ? labelHeight + 26 : Math.max(28, labelHeight + 12);
  const marginTop = 8;
  const marginBottom = 30;
  const text = (key: string) => (lines.get(key) ?? [key]).join('\n');

  const chart = Plot.plot({
    width: input.width,
    height: marginTop + marginBottom + input.rows.length * rowHeight,
    marginTop,
    marginBottom,
    marginLeft,
    marginRight,
    style: {
      fontSize: `${FONT_SIZE}px`,
      fontFamily: 'inherit',
      color: 'currentColor',
      background: 'transparent',
    },
    ariaLabel: input.ariaLabel,
    y: {
      domain: input.rows.map((row) => row.key),
      label: null,
      padding: above ? 0 : 0.2,
      // Above the bars the labels are a text mark of their own.
      ...(above ? { axis: null } : {}),
    },
    x: {
      domain: [0, ticks.at(-1) ?? 1],
      ticks,
      grid: true,
      label: null,
      tickFormat: input.format,
    },
    color: {
      domain: input.series.map((series) => series.key),
      range: input.series.map((series) => series.colour),
      tickFormat: (key: string) => seriesLabel.get(key) ?? key,
      legend: input.series.length > 1,
    },
    marks: [
      above
        ? Plot.text(input.rows, {
            x: () => 0,
            y: 'key',
            text: (row: { key: string }) => text(row.key),
            title: 'label',
            textAnchor: 'start',
            lineAnchor: 'top',
            lineHeight: LINE / FONT_SIZE,
            dy: -rowHeight / 2 + 2,
            fill: 'currentColor',
          })
        : Plot.axisY({ tickFormat: text, lineHeight: LINE / FONT_SIZE, label: null }),
      Plot.barX(input.bars, {
        y: 'row',
        x: 'value',
        fill: 'series',
        order: input.series.map((series) => series.key),
        title: (bar: Bar) =>
          `${rowLabel.get(bar.row)}${input.series.length > 1 ? `, ${seriesLabel.get(bar.series)}` : ''}: ${input.format(bar.value)}`,
        ...(above ? { insetTop: labelHeight + 4, insetBottom: 6 } : {}),
      }),
      Plot.ruleX([0]),
    ],
  });
  return asOneImage(chart, input.ariaLabel);
}
