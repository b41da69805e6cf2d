import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { niceTicks } from './ticks';

describe('chart ticks', () => {
  it('gives counts whole, distinct ticks even when the figures are small', () => {
    expect(niceTicks(1, 6, 1)).toEqual([0, 1]);
    expect(niceTicks(3, 10, 1)).toEqual([0, 1, 2, 3]);
    expect(niceTicks(5, 4, 1)).toEqual([0, 2, 4, 6]);
    expect(niceTicks(0, 5, 1)).toEqual([0, 1]);
  });

  it('steps round numbers up to the largest figure', () => {
    expect(niceTicks(5112, 4, 1)).toEqual([0, 2000, 4000, 6000]);
    expect(niceTicks(282, 4, 1)).toEqual([0, 100, 200, 300]);
    expect(niceTicks(1.4, 4, 0.1)).toEqual([0, 0.5, 1, 1.5]);
  });

  it('never repeats a tick as shown, and always reaches the largest figure', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e7, noNaN: true }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom(0, 1, 2),
        (max, count, decimals) => {
          const ticks = niceTicks(max, count, 10 ** -decimals);
          const shown = ticks.map((tick) => tick.toFixed(decimals));
          expect(new Set(shown).size).toBe(ticks.length);
          expect(ticks[0]).toBe(0);
          expect(ticks.at(-1)).toBeGreaterThanOrEqual(max);
          expect(ticks.length).toBeLessThanOrEqual(Math.max(count, 1) * 2 + 2);
        },
      ),
    );
  });
});
