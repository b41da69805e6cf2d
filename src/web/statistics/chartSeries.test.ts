import { describe, expect, it } from 'vitest';
import { chartBars, chartSeries } from './chartSeries';
import type { DisplayTable } from './displayTable';

/** As the server sends it: shifts, then hours, per weekday (Saturday and Tuesday both 47 shifts). */
const weekdays: DisplayTable = {
  id: 'fieldHoursByWeekday',
  rowHeading: 'Veckodag',
  columns: [
    { key: 'shifts', label: 'Pass', measure: 'shifts' },
    { key: 'hours', label: 'Timmar', measure: 'hours' },
  ],
  rows: [
    { key: 'tuesday', label: 'Tisdag', values: [47, 188] },
    { key: 'saturday', label: 'Lördag', values: [47, 282] },
  ],
  totals: [94, 470],
  aboutYoungPeople: false,
};

describe('what a chart draws', () => {
  it('draws the hours of "Timmar i fält per veckodag", not its shifts', () => {
    const series = chartSeries(weekdays);
    expect(series.map((s) => s.key)).toEqual(['hours']);
    expect(chartBars(weekdays, series)).toEqual([
      { row: 'tuesday', series: 'hours', value: 188 },
      { row: 'saturday', series: 'hours', value: 282 },
    ]);
  });

  it('draws the shifts of "Pass per status", and stacks parts of a whole', () => {
    expect(chartSeries({ ...weekdays, id: 'shifts' }).map((s) => s.key)).toEqual(['shifts']);
    const byGender: DisplayTable = {
      ...weekdays,
      id: 'actions',
      columns: ['girl', 'boy', 'other', 'total'].map((key) => ({ key, label: key, measure: 'count' })),
      rows: [{ key: 'guidance', label: 'Lotsning', values: [3, 4, 0, 7] }],
    };
    expect(chartSeries(byGender).map((s) => s.key)).toEqual(['girl', 'boy', 'other']);
  });

  it('stacks each month’s shares of the working time, not its staff hours', () => {
    const byMonth: DisplayTable = {
      ...weekdays,
      id: 'staffTimeByMonth',
      columns: [
        { key: 'outreach', label: 'Relationsskapande (%)', measure: 'percent' },
        { key: 'authority', label: 'Myndighetsutövning (%)', measure: 'percent' },
        { key: 'staffHours', label: 'Personaltimmar', measure: 'hours' },
      ],
      rows: [{ key: '2026-06', label: 'juni 2026', values: [70, 30, 412] }],
    };
    const series = chartSeries(byMonth);
    expect(series.map((s) => s.key)).toEqual(['outreach', 'authority']);
    expect(new Set(series.map((s) => s.colour)).size).toBe(2);
  });

  it('draws a rate where a table has one, and leaves out rows with nothing to compute', () => {
    const rates: DisplayTable = {
      ...weekdays,
      id: 'contactsPer1000ByArea',
      columns: [
        { key: 'contacts', label: 'Kontakter', measure: 'contacts' },
        { key: 'population', label: 'Unga', measure: 'population' },
        { key: 'per1000', label: 'Per 1 000', measure: 'per1000' },
      ],
      rows: [
        { key: 'a', label: 'Centrum', values: [12, 400, 30] },
        { key: 'b', label: 'Hamnen', values: [3, null, null] },
      ],
    };
    const series = chartSeries(rates);
    expect(series.map((s) => s.key)).toEqual(['per1000']);
    expect(chartBars(rates, series)).toEqual([{ row: 'a', series: 'per1000', value: 30 }]);
  });
});
