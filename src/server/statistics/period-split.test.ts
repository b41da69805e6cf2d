import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DayRange, splitPeriod } from './period-split';

const DAY_MS = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const daysOf = (range: DayRange) => {
  const days: string[] = [];
  for (let ms = Date.parse(range.from); ms <= Date.parse(range.to); ms += DAY_MS) days.push(iso(ms));
  return days;
};
const lastOfMonth = (monthStart: string) =>
  iso(Date.UTC(Number(monthStart.slice(0, 4)), Number(monthStart.slice(5, 7)), 0));

// Periods up to two and a half years from 2019 to 2030, leap years included; a third start on the 1st.
const period = fc
  .record({
    start: fc.integer({ min: Date.UTC(2019, 0, 1) / DAY_MS, max: Date.UTC(2030, 0, 1) / DAY_MS }),
    length: fc.integer({ min: 0, max: 900 }),
    snapStart: fc.boolean(),
  })
  .map(({ start, length, snapStart }) => {
    const first = new Date(start * DAY_MS);
    if (snapStart) first.setUTCDate(1);
    return { from: iso(first.getTime()), to: iso(first.getTime() + length * DAY_MS) };
  });

describe('splitting a period into whole months and edge days', () => {
  it('covers exactly the period’s days, each once, with months whole and at most two edge ranges', () => {
    fc.assert(
      fc.property(period, (range) => {
        const { months, days } = splitPeriod(range);
        const monthDays = months ? daysOf({ from: months.from, to: lastOfMonth(months.to) }) : [];
        const covered = [...monthDays, ...days.flatMap(daysOf)].sort();
        expect(covered).toEqual(daysOf(range));
        if (months) {
          expect(months.from.endsWith('-01') && months.to.endsWith('-01')).toBe(true);
          expect(months.from <= months.to).toBe(true);
        }
        expect(days.length).toBeLessThanOrEqual(2);
        // No edge range holds a whole month: that month belongs to the monthly rollup.
        for (const edge of days) {
          const wholeMonthInside = daysOf(edge).some(
            (day) => day.endsWith('-01') && edge.to >= lastOfMonth(day),
          );
          expect(wholeMonthInside).toBe(false);
        }
        if (days.length === 2) expect(months).not.toBeNull();
      }),
    );
  });

  it('splits typical periods', () => {
    expect(splitPeriod({ from: '2026-03-01', to: '2026-03-31' })).toEqual({
      months: { from: '2026-03-01', to: '2026-03-01' },
      days: [],
    });
    expect(splitPeriod({ from: '2026-03-15', to: '2026-06-10' })).toEqual({
      months: { from: '2026-04-01', to: '2026-05-01' },
      days: [
        { from: '2026-03-15', to: '2026-03-31' },
        { from: '2026-06-01', to: '2026-06-10' },
      ],
    });
    expect(splitPeriod({ from: '2028-02-01', to: '2028-02-29' }).days).toEqual([]);
    expect(splitPeriod({ from: '2025-12-29', to: '2026-01-04' })).toEqual({
      months: null,
      days: [{ from: '2025-12-29', to: '2026-01-04' }],
    });
    expect(splitPeriod({ from: '2026-04-02', to: '2026-04-01' })).toEqual({ months: null, days: [] });
  });
});
