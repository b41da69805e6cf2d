import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tableOf } from './cells';
import { DISCLOSURE_PARAMETERS } from './parameters';
import { CELL_KEY, EXACT, perturb } from './protection';
import { KEY_MODULUS } from './record-keys';

const cell = fc.record({ count: fc.nat(1000), key: fc.integer({ min: 0, max: KEY_MODULUS - 1 }) });

describe('protection', () => {
  it('gives a unit’s own staff the exact counts', () => {
    fc.assert(
      fc.property(cell, (c) => {
        expect(EXACT.figure(c)).toBe(c.count);
      }),
    );
  });

  it('publishes every other figure as a whole number within ±D, never 1..js, zero as zero', () => {
    const { maxDeviation: D, js } = DISCLOSURE_PARAMETERS;
    fc.assert(
      fc.property(cell, (c) => {
        const shown = CELL_KEY.figure(c);
        expect(Number.isInteger(shown)).toBe(true);
        expect(Math.abs(shown - c.count)).toBeLessThanOrEqual(D);
        expect(shown >= 1 && shown <= js).toBe(false);
        if (c.count === 0) expect(shown).toBe(0);
      }),
    );
  });

  it('gives the same cell the same figure in any table it appears in', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 4 }),
        (cells) => {
          const published = CELL_KEY.table(tableOf(cells));
          cells.forEach((row, r) => {
            row.forEach((c, k) => {
              expect(published.cells[r]?.[k]).toBe(perturb(c));
            });
          });
          expect(published.total).toBe(perturb(tableOf(cells).total));
        },
      ),
    );
  });

  it('is unbiased: over many cells of the same count the noise averages out', () => {
    // Keys spread evenly over [0, 2^30), as the sums of HMAC keys are.
    for (const count of [1, 2, 3, 4, 5, 20]) {
      const n = 20_000;
      let sum = 0;
      for (let i = 0; i < n; i++)
        sum += perturb({ count, key: Math.floor(((i + 0.5) / n) * KEY_MODULUS) }) - count;
      expect(Math.abs(sum / n)).toBeLessThan(0.01);
    }
  });
});
