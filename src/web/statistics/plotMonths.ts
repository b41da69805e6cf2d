import * as Plot from '@observablehq/plot';
import type { Gender } from './load';

export type MonthBar = { month: string; gender: Gender; value: number };

export type MonthChartInput = {
  bars: MonthBar[];
  months: { key: string; label: string }[];
  genders: { key: Gender; label: string; colour: string }[];
  width: number;
  ariaLabel: string;
  yLabel: string;
  format: (value: number) => string;
};

/** Stacked bars of contacts per month, coloured by gender. Loaded only with the statistics page. */
export function plotMonths(input: MonthChartInput): HTMLElement | SVGSVGElement {
  const monthLabel = new Map(input.months.map((month) => [month.key, month.label]));
  const genderLabel = new Map(input.genders.map((gender) => [gender.key, gender.label]));
  const narrow = input.width < 480;
  return Plot.plot({
    width: input.width,
    height: narrow ? 260 : 320,
    marginLeft: 48,
    marginBottom: narrow && input.months.length > 6 ? 44 : 30,
    ariaLabel: input.ariaLabel,
    style: { fontSize: '13px', fontFamily: 'inherit', color: 'currentColor', background: 'transparent' },
    x: {
      domain: input.months.map((month) => month.key),
      tickFormat: (key: string) => monthLabel.get(key) ?? key,
      tickRotate: narrow && input.months.length > 6 ? -45 : 0,
      label: null,
      padding: 0.25,
    },
    y: { grid: true, label: input.yLabel, tickFormat: input.format, nice: true },
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
  });
}
