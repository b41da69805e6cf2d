import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defaultRiskNights,
  firstFridayOfAutumnTerm,
  midsummerEve,
  schoolYearEnd,
  weekdayOf,
} from './risk-night-dates';

const years = fc.integer({ min: 2000, max: 2200 });
const parts = (day: string) => day.split('-').map(Number) as [number, number, number];
const isFriday = (day: string) => weekdayOf(...parts(day)) === 5;

describe('default risk nights', () => {
  it('puts midsommarafton on the Friday between 19 and 25 June', () => {
    fc.assert(
      fc.property(years, (year) => {
        const [y, m, d] = parts(midsummerEve(year));
        expect([y, m]).toEqual([year, 6]);
        expect(d).toBeGreaterThanOrEqual(19);
        expect(d).toBeLessThanOrEqual(25);
        expect(isFriday(midsummerEve(year))).toBe(true);
      }),
    );
  });

  it('puts skolavslutning on the second Friday of June and the autumn Friday in 15–21 August', () => {
    fc.assert(
      fc.property(years, (year) => {
        const end = parts(schoolYearEnd(year));
        expect(isFriday(schoolYearEnd(year))).toBe(true);
        expect(end[1]).toBe(6);
        expect(end[2]).toBeGreaterThanOrEqual(8);
        expect(end[2]).toBeLessThanOrEqual(14);
        const autumn = parts(firstFridayOfAutumnTerm(year));
        expect(isFriday(firstFridayOfAutumnTerm(year))).toBe(true);
        expect(autumn[1]).toBe(8);
        expect(autumn[2]).toBeGreaterThanOrEqual(15);
        expect(autumn[2]).toBeLessThanOrEqual(21);
      }),
    );
  });

  it('gives each year its own dates, in order, with the fixed days where they belong', () => {
    fc.assert(
      fc.property(years, (year) => {
        const nights = defaultRiskNights(year);
        const days = nights.map((night) => night.day);
        expect(days.every((day) => day.startsWith(`${year}-`))).toBe(true);
        expect([...days].sort()).toEqual(days);
        expect(new Set(days).size).toBe(days.length);
        expect(days).toContain(`${year}-04-30`);
        expect(days).toContain(`${year}-10-31`);
        expect(days).toContain(`${year}-12-31`);
      }),
    );
  });

  it('knows the real midsommarafton of a few years', () => {
    expect([2025, 2026, 2027].map(midsummerEve)).toEqual(['2025-06-20', '2026-06-19', '2027-06-25']);
  });
});
