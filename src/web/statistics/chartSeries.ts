import type { CatalogueId, DisplayTable, Measure } from './displayTable';

/** Calm, colour-blind-safe colours that also differ in lightness (as the month chart). */
const GENDER_COLOURS: Record<string, string> = { girl: '#b5651d', boy: '#1d4f5c', other: '#77777f' };
const PALETTE = ['#1d4f5c', '#b5651d', '#77777f', '#7a9e7e', '#5b4a7a', '#c9a227'];
const RATES = ['per1000', 'perHour'];
/**
 * The figure a table's title names, where it has several that are not parts of a whole: hours
 * in "Timmar i fält per veckodag", though its table shows the shifts first.
 */
const TITLE_MEASURE: Partial<Record<CatalogueId, Measure>> = {
  fieldHoursByWeekday: 'hours',
  fieldHoursByTimeOfDay: 'hours',
  fieldHoursByArea: 'hours',
  fieldHoursByArena: 'hours',
  timeUse: 'hours',
  preventiveVsAuthority: 'hours',
  shifts: 'shifts',
  preventionLevels: 'shifts',
  partners: 'shifts',
};

/** Tables whose percent columns are the shares of one whole per row: stacked to 100 %. */
const STACKED_SHARES: readonly CatalogueId[] = ['staffTimeByMonth'];

export type ChartSeries = { key: string; label: string; measure: Measure; index: number; colour: string };
export type Bar = { row: string; series: string; value: number };

/**
 * What a table's chart shows: its parts stacked when the columns are parts of a whole (genders,
 * depths, severities), else its rate when it has one, else the figure its title names, else its
 * first column.
 */
export function chartSeries(table: DisplayTable): ChartSeries[] {
  const columns = table.columns.map((column, index) => ({ ...column, index }));
  const parts = columns.filter((column) => column.key !== 'total');
  const counts = parts.every((column) => column.measure === 'count' || column.measure === 'contacts');
  const named = TITLE_MEASURE[table.id];
  const single =
    columns.find((column) => RATES.includes(column.key)) ??
    columns.find((column) => named !== undefined && column.measure === named) ??
    columns[0];
  const shares = STACKED_SHARES.includes(table.id) ? columns.filter((c) => c.measure === 'percent') : [];
  const chosen = shares.length > 0 ? shares : counts && parts.length > 1 ? parts : single ? [single] : [];
  return chosen.map((column, i) => ({
    ...column,
    colour: GENDER_COLOURS[column.key] ?? PALETTE[i % PALETTE.length] ?? '',
  }));
}

/** The bars of a table's chart: one per row and series; a row with nothing to compute has none. */
export function chartBars(table: DisplayTable, series: readonly ChartSeries[]): Bar[] {
  return table.rows.flatMap((row) =>
    series.flatMap((s) => {
      const value = row.values[s.index];
      return typeof value === 'number' ? [{ row: row.key, series: s.key, value }] : [];
    }),
  );
}
