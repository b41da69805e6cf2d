import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { durationText, parseDuration } from './duration';

describe('typed working time', () => {
  it('reads the ways people write hours and minutes', () => {
    expect(parseDuration('3')).toBe(180);
    expect(parseDuration('2,5')).toBe(150);
    expect(parseDuration('2.5')).toBe(150);
    expect(parseDuration('1:45')).toBe(105);
    expect(parseDuration('3 h 30 min')).toBe(210);
    expect(parseDuration('3 tim 30 min')).toBe(210);
    expect(parseDuration('90 min')).toBe(90);
    expect(parseDuration(' 4 tim ')).toBe(240);
    expect(parseDuration('0,25')).toBe(15);
  });

  it('refuses what is not a duration, or more than a day', () => {
    for (const text of ['', 'tre', '1:75', '25', '2,5,5', '-1', '3 kr', '1441 min'])
      expect(parseDuration(text), text).toBeNull();
  });

  it('reads back every whole number of minutes in a day as it shows them', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1440 }), (minutes) => {
        expect(parseDuration(durationText(minutes))).toBe(minutes);
      }),
    );
  });

  it('never throws and never answers a negative or fractional number', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (text) => {
        const minutes = parseDuration(text);
        if (minutes !== null) {
          expect(Number.isInteger(minutes)).toBe(true);
          expect(minutes).toBeGreaterThanOrEqual(0);
          expect(minutes).toBeLessThanOrEqual(1440);
        }
      }),
    );
  });
});
