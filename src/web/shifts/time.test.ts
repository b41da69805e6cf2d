import { describe, expect, it } from 'vitest';
import {
  atTimeWithinShift,
  clampIntoShift,
  defaultSpan,
  endsNextDay,
  hoursBetween,
  shiftSpan,
  toInstant,
  wallClock,
} from './time';

describe('Stockholm shift times', () => {
  it('gives summer and winter offsets', () => {
    expect(toInstant('2026-06-12', '18:00')).toBe('2026-06-12T18:00:00+02:00');
    expect(toInstant('2026-01-15', '18:00')).toBe('2026-01-15T18:00:00+01:00');
    expect(new Date(toInstant('2026-06-12', '18:00')).toISOString()).toBe('2026-06-12T16:00:00.000Z');
  });

  it('handles the days daylight saving time changes', () => {
    // 29 March 2026: clocks go 02:00 → 03:00; 25 October 2026: 03:00 → 02:00.
    expect(toInstant('2026-03-29', '01:30')).toBe('2026-03-29T01:30:00+01:00');
    expect(toInstant('2026-03-29', '04:00')).toBe('2026-03-29T04:00:00+02:00');
    expect(toInstant('2026-10-25', '04:00')).toBe('2026-10-25T04:00:00+01:00');
    const span = shiftSpan('2026-10-24', '22:00', '04:00');
    expect(hoursBetween(span.startsAt, span.endsAt)).toBe(7);
  });

  it('puts an end before the start on the next day', () => {
    const span = shiftSpan('2026-06-12', '21:00', '01:00');
    expect(span).toEqual({ startsAt: '2026-06-12T21:00:00+02:00', endsAt: '2026-06-13T01:00:00+02:00' });
    expect(endsNextDay(span.startsAt, span.endsAt)).toBe(true);
    expect(hoursBetween(span.startsAt, span.endsAt)).toBe(4);
  });

  it('keeps a year below 100 as typed, so a half-typed year can be told apart from a real one', () => {
    expect(toInstant('0002-12-01', '18:00').slice(0, 16)).toBe('0002-12-01T18:00');
    expect(wallClock(toInstant('0002-12-01', '18:00'))).toEqual({ date: '0002-12-01', time: '18:00' });
    expect(toInstant('1906-12-01', '18:00')).toBe('1906-12-01T18:00:00+01:00');
    expect(shiftSpan('0020-12-31', '22:00', '02:00').endsAt.slice(0, 10)).toBe('0021-01-01');
  });

  it('reads wall-clock time back', () => {
    expect(wallClock('2026-06-12T22:30:00+02:00')).toEqual({ date: '2026-06-12', time: '22:30' });
    expect(wallClock('2026-06-12T22:30:00Z')).toEqual({ date: '2026-06-13', time: '00:30' });
  });

  it('defaults to tonight 18–22, or last night in the small hours', () => {
    expect(defaultSpan(new Date('2026-06-12T10:00:00+02:00'))).toEqual({
      startsAt: '2026-06-12T18:00:00+02:00',
      endsAt: '2026-06-12T22:00:00+02:00',
    });
    expect(defaultSpan(new Date('2026-06-13T01:15:00+02:00')).startsAt).toBe('2026-06-12T18:00:00+02:00');
  });

  it('keeps observation times inside the shift', () => {
    const start = '2026-06-12T21:00:00+02:00';
    const end = '2026-06-13T01:00:00+02:00';
    expect(clampIntoShift(new Date('2026-06-12T23:10:00+02:00'), start, end)).toBe(
      '2026-06-12T23:10:00+02:00',
    );
    expect(clampIntoShift(new Date('2026-06-14T10:00:00+02:00'), start, end)).toBe(end);
    expect(atTimeWithinShift('00:30', start, end)).toBe('2026-06-13T00:30:00+02:00');
    expect(atTimeWithinShift('22:30', start, end)).toBe('2026-06-12T22:30:00+02:00');
  });
});
