/** Calendar days, both ends inclusive, as 'YYYY-MM-DD'. */
export type DayRange = { from: string; to: string };

/** The whole calendar months of a period (by their first days) and the days left at its edges. */
export type PeriodSplit = { months: DayRange | null; days: DayRange[] };

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const parts = (day: string) => [Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10))];
/** First day of the month `offset` months from the month of `day` (Date.UTC rolls over years). */
const monthStart = (day: string, offset = 0) => {
  const [year = 0, month = 1] = parts(day);
  return Date.UTC(year, month - 1 + offset, 1);
};
const DAY_MS = 86_400_000;

/**
 * Splits a period so that whole months can be read from the monthly rollup and only the partial
 * months at its edges from the daily one. Months form one contiguous range; the edge days are at most
 * two ranges, and one when no whole month lies between them (a week across a month end stays one
 * range). Months and days never overlap, and together they are exactly the period.
 */
export function splitPeriod(range: DayRange): PeriodSplit {
  if (range.from > range.to) return { months: null, days: [] };
  const from = Date.parse(`${range.from}T00:00:00Z`);
  const to = Date.parse(`${range.to}T00:00:00Z`);
  const firstWhole = monthStart(range.from, from === monthStart(range.from) ? 0 : 1);
  const endsMonth = to + DAY_MS === monthStart(range.to, 1);
  const lastWhole = monthStart(range.to, endsMonth ? 0 : -1);
  if (firstWhole > lastWhole) return { months: null, days: [range] };
  const afterWhole = monthStart(iso(lastWhole), 1);
  const days: DayRange[] = [];
  if (from < firstWhole) days.push({ from: range.from, to: iso(firstWhole - DAY_MS) });
  if (to >= afterWhole) days.push({ from: iso(afterWhole), to: range.to });
  return { months: { from: iso(firstWhole), to: iso(lastWhole) }, days };
}
