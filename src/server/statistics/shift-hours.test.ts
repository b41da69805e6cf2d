import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hoursByTimeOfDay, shiftHours, startWeekday } from './shift-hours';

const at = (iso: string) => new Date(iso);

describe('shift hours', () => {
  it('split an evening into night across midnight', () => {
    expect(hoursByTimeOfDay(at('2026-03-14T22:00:00+01:00'), at('2026-03-15T02:00:00+01:00'))).toEqual({
      night: 2,
      morning: 0,
      afternoon: 0,
      evening: 2,
    });
  });

  it('follow the Stockholm clock across the spring change (a 22–04 night is 5 real hours)', () => {
    const start = at('2026-03-28T22:00:00+01:00');
    const end = at('2026-03-29T04:00:00+02:00');
    expect(shiftHours(start, end)).toBe(5);
    expect(hoursByTimeOfDay(start, end)).toEqual({ night: 3, morning: 0, afternoon: 0, evening: 2 });
  });

  it('count a shift for the weekday it started, in Stockholm', () => {
    // Friday 23:30 in Stockholm is already Friday 22:30 UTC; Saturday 00:30 is still Friday in UTC.
    expect(startWeekday(at('2026-03-13T23:30:00+01:00'))).toBe('friday');
    expect(startWeekday(at('2026-03-14T00:30:00+01:00'))).toBe('saturday');
  });

  it('always add up to the shift’s length', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 24 * 60 }),
        (start, minutes) => {
          const end = new Date(start.getTime() + minutes * 60_000);
          const parts = Object.values(hoursByTimeOfDay(start, end));
          expect(parts.reduce((a, b) => a + b, 0)).toBeCloseTo(shiftHours(start, end), 9);
        },
      ),
    );
  });
});
