import { describe, expect, it } from 'vitest';
import { isoWeek, parsePeriod, periodContaining, stepPeriod, switchKind, today } from './period';

describe('statistics periods', () => {
  it('finds the week, month, tertial and year around a day', () => {
    expect(periodContaining('week', '2026-01-01')).toEqual({
      kind: 'week',
      from: '2025-12-29',
      to: '2026-01-04',
    });
    expect(periodContaining('month', '2024-02-10')).toEqual({
      kind: 'month',
      from: '2024-02-01',
      to: '2024-02-29',
    });
    expect(periodContaining('tertial', '2026-06-30')).toEqual({
      kind: 'tertial',
      from: '2026-05-01',
      to: '2026-08-31',
    });
    expect(periodContaining('tertial', '2026-12-31')).toEqual({
      kind: 'tertial',
      from: '2026-09-01',
      to: '2026-12-31',
    });
    expect(periodContaining('year', '2026-07-01')).toEqual({
      kind: 'year',
      from: '2026-01-01',
      to: '2026-12-31',
    });
  });

  it('steps back and forth, across summer time and year ends', () => {
    expect(stepPeriod(periodContaining('week', '2026-03-30'), -1).from).toBe('2026-03-23');
    expect(stepPeriod(periodContaining('month', '2026-01-15'), -1)).toEqual({
      kind: 'month',
      from: '2025-12-01',
      to: '2025-12-31',
    });
    expect(stepPeriod(periodContaining('tertial', '2026-10-01'), 1)).toEqual({
      kind: 'tertial',
      from: '2027-01-01',
      to: '2027-04-30',
    });
    expect(stepPeriod({ kind: 'custom', from: '2026-01-01', to: '2026-01-10' }, 1)).toEqual({
      kind: 'custom',
      from: '2026-01-11',
      to: '2026-01-20',
    });
  });

  it('keeps today in view when switching from the current period, else its start', () => {
    const month = periodContaining('month', '2026-11-22');
    expect(switchKind(month, 'year', '2026-11-22').from).toBe('2026-01-01');
    expect(switchKind(switchKind(month, 'year', '2026-11-22'), 'month', '2026-11-22')).toEqual(month);
    expect(switchKind(periodContaining('month', '2026-02-01'), 'tertial', '2026-11-22').from).toBe(
      '2026-01-01',
    );
  });

  it('numbers ISO weeks and reads Stockholm’s day', () => {
    expect(isoWeek('2026-01-01')).toEqual({ week: 1, year: 2026 });
    expect(isoWeek('2021-01-03')).toEqual({ week: 53, year: 2020 });
    expect(isoWeek('2026-12-31')).toEqual({ week: 53, year: 2026 });
    expect(today(new Date('2026-03-28T23:30:00Z'))).toBe('2026-03-29');
    expect(parsePeriod('custom', '2026-02-01', '2026-01-01', '2026-05-05').kind).toBe('custom');
    expect(parsePeriod(undefined, undefined, undefined, '2026-05-05').from).toBe('2026-05-01');
  });
});
