import { describe, expect, it } from 'vitest';
import { addMonths, dayKey, monthGrid, monthRange, parseYearMonth, stockholmMidnight } from './month';

describe('the manager calendar’s months, in Swedish time', () => {
  it('starts weeks on Monday and pads with neighbouring months', () => {
    // March 2026 starts on a Sunday and has 31 days: six rows.
    const weeks = monthGrid({ year: 2026, month: 3 });
    expect(weeks).toHaveLength(6);
    expect(weeks[0]?.[0]).toMatchObject({ key: '2026-02-23', inMonth: false, weekday: 0 });
    expect(weeks[0]?.[6]).toMatchObject({ key: '2026-03-01', inMonth: true, weekday: 6 });
    expect(weeks[5]?.[1]).toMatchObject({ key: '2026-03-31', inMonth: true });
    // February 2027 starts on a Monday: exactly four rows.
    expect(monthGrid({ year: 2027, month: 2 })).toHaveLength(4);
  });

  it('gives a month as instants at Stockholm midnight, across daylight saving', () => {
    expect(monthRange({ year: 2026, month: 3 })).toEqual({
      from: '2026-02-28T23:00:00.000Z',
      to: '2026-03-31T22:00:00.000Z',
    });
    expect(monthRange({ year: 2026, month: 10 })).toEqual({
      from: '2026-09-30T22:00:00.000Z',
      to: '2026-10-31T23:00:00.000Z',
    });
    expect(stockholmMidnight(2026, 3, 29).toISOString()).toBe('2026-03-28T23:00:00.000Z');
  });

  it('puts a late-evening shift on its Swedish day', () => {
    expect(dayKey('2026-06-12T22:30:00Z')).toBe('2026-06-13');
    expect(dayKey('2026-01-12T22:30:00Z')).toBe('2026-01-12');
  });

  it('steps months across years and reads the address form', () => {
    expect(addMonths({ year: 2026, month: 1 }, -1)).toEqual({ year: 2025, month: 12 });
    expect(addMonths({ year: 2026, month: 12 }, 1)).toEqual({ year: 2027, month: 1 });
    expect(parseYearMonth('2026-03')).toEqual({ year: 2026, month: 3 });
    expect(parseYearMonth('2026-13')).toBeNull();
    expect(parseYearMonth(undefined)).toBeNull();
  });
});
