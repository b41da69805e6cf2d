import * as Plot from '@observablehq/plot';
import { CHART_FONT_SIZE } from './chartFont';
import { asOneImage } from './chartImage';
import type { Measure } from './chartLabels';
import type { Gender } from './load';
import { niceTicks } from './ticks';

export type MonthBar = { month: string; gender: Gender; value: number };

export type MonthChartInput = {
  bars: MonthBar[];
  months: { key: string; label: string }[];
  genders: { key: Gender; label: string; colour: string }[];
  width: number;
  ariaLabel: string;
  yLabel: string;
  format: (value: number) => string;
  /** Text widths in the chart's font, to leave the axes room for their labels. */
  measure: Measure;
};

/** Stacked bars of contacts per month, coloured by gender. Loaded only with the statistics page. */
export function plotMonths(input: MonthChartInput): HTMLElement | SVGSVGElement {
  const monthLabel = new Map(input.months.map((month) => [month.key, month.label]));
  const genderLabel = new Map(input.genders.map((gender) => [gender.key, gender.label]));
  const narrow = input.width < 480;
  const height = narrow ? 260 : 320;
  const stacked = new Map<string, number>();
  for (const bar of input.bars) stacked.set(bar.month, (stacked.get(bar.month) ?? 0) + bar.value);
  // Contacts are whole numbers: whole ticks, about one per 50 px.
  const ticks = niceTicks(Math.max(0, ...stacked.values()), Math.floor((height - 60) / 50), 1);
  const marginLeft = Math.ceil(Math.max(...ticks.map((tick) => input.measure(input.format(tick))))) + 12;
  // Month labels turn when they would crowd each other; turned, they need their length in height.
  const longest = Math.max(...input.months.map((month) => input.measure(month.label)), 0);
  const room = (input.width - marginLeft - 10) / Math.max(1, input.months.length);
  const turn = longest + 6 > room;
  return asOneImage(
    Plot.plot({
      width: input.width,
      height,
      marginLeft,
      marginRight: 10,
      marginBottom: turn ? Math.ceil(longest * Math.SQRT1_2 + CHART_FONT_SIZE) + 14 : 30,
      ariaLabel: input.ariaLabel,
      style: {
        fontSize: `${CHART_FONT_SIZE}px`,
        fontFamily: 'inherit',
        color: 'currentColor',
        background: 'transparent',
      },
      x: {
        domain: input.months.map((month) => month.key),
        tickFormat: (key: string) => monthLabel.get(key) ?? key,
        tickRotate: turn ? -45 : 0,
        label: null,
        padding: 0.25,
      },
      y: {
        domain: [0, ticks.at(-1) ?? 1],
        ticks,
        grid: true,
        label: input.yLabel,
        labelAnchor: 'top',
        tickFormat: input.format,
      },
      color: {
        domain: input.genders.map((gender) => gender.key),
        range: input.genders.map((gender) => gender.colour),
        tickFormat: (key: Gender) => genderLabel.get(key) ?? key,
        legend: true,
      },
      marks: [
        Plot.barY(input.bars, {
          x: 'month',
          y: 'value',
          fill: 'gender',
          order: input.genders.map((gender) => gender.key),
          title: (bar: MonthBar) =>
            `${monthLabel.get(bar.month)}, ${genderLabel.get(bar.gender)}: ${input.format(bar.value)}`,
          insetLeft: 0.5,
          insetRight: 0.5,
        }),
        Plot.ruleY([0]),
      ],
    }),
    input.ariaLabel,
  );
}
