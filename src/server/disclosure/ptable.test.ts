import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DISCLOSURE_PARAMETERS, PTABLE } from './parameters';
import { buildPtable, noiseFor, type PtableParameters, possibleCounts, rowFor } from './ptable';
import { KEY_MODULUS } from './record-keys';

/** Fältlogg's parameters, and others a municipality could publish, to test the construction itself. */
const PARAMETER_SETS: PtableParameters[] = [
  DISCLOSURE_PARAMETERS,
  { maxDeviation: 2, variance: 1.05, js: 1 },
  { maxDeviation: 3, variance: 1, js: 0 },
  { maxDeviation: 5, variance: 2.5, js: 2 },
  { maxDeviation: 6, variance: 1.5, js: 1 },
];

const moments = (row: ReturnType<typeof rowFor>) => {
  const at = (f: (d: number) => number) =>
    row.noises.reduce((sum, d, i) => sum + (row.probabilities[i] as number) * f(d), 0);
  return { total: at(() => 1), mean: at((d) => d), variance: at((d) => d * d) };
};

describe('the perturbation table', () => {
  for (const parameters of PARAMETER_SETS) {
    const { maxDeviation: D, variance: V, js } = parameters;
    describe(`D = ${D}, V = ${V}, js = ${js}`, () => {
      const ptable = buildPtable(parameters);

      it('leaves zero at zero', () => {
        expect(ptable.rows[0]).toMatchObject({ count: 0, noises: [0], probabilities: [1] });
      });

      it('gives every non-zero count noise of mean 0 and variance V, never beyond ±D, never into 1..js', () => {
        for (const row of ptable.rows.slice(1)) {
          const { total, mean, variance } = moments(row);
          expect(total).toBeCloseTo(1, 12);
          // Rounded to whole cell-key values out of 2^30: exact to within a few in a billion.
          expect(Math.abs(mean)).toBeLessThan(1e-7);
          expect(Math.abs(variance - V)).toBeLessThan(1e-7);
          for (const d of row.noises) {
            expect(Math.abs(d)).toBeLessThanOrEqual(D);
            const shown = row.count + d;
            expect(shown).toBeGreaterThanOrEqual(0);
            expect(shown >= 1 && shown <= js).toBe(false);
          }
          expect(row.bounds.at(-1)).toBe(KEY_MODULUS);
        }
      });

      it('serves every larger count with the last row, which allows the whole range −D..D', () => {
        const last = ptable.rows.at(-1);
        expect(last?.count).toBe(js + D + 1);
        expect(last?.noises).toEqual(Array.from({ length: 2 * D + 1 }, (_, i) => i - D));
        expect(rowFor(ptable, 10_000)).toBe(last);
      });

      it('is the same every time it is built, and a count and key always give the same noise', () => {
        expect(buildPtable(parameters)).toEqual(ptable);
        fc.assert(
          fc.property(fc.nat(500), fc.integer({ min: 0, max: KEY_MODULUS - 1 }), (count, key) => {
            expect(noiseFor(ptable, count, key)).toBe(noiseFor(buildPtable(parameters), count, key));
          }),
          { numRuns: 50 },
        );
      });

      it('picks each noise for exactly its share of the keys', () => {
        for (const row of ptable.rows) {
          let start = 0;
          row.noises.forEach((noise, i) => {
            const end = row.bounds[i] as number;
            expect(end - start).toBe(Math.round((row.probabilities[i] as number) * KEY_MODULUS));
            expect(noiseFor(ptable, row.count, start)).toBe(noise);
            expect(noiseFor(ptable, row.count, end - 1)).toBe(noise);
            start = end;
          });
        }
      });

      it('brackets the true count by what an intruder can conclude from one published figure', () => {
        fc.assert(
          fc.property(fc.nat(300), fc.integer({ min: 0, max: KEY_MODULUS - 1 }), (count, key) => {
            const shown = count + noiseFor(ptable, count, key);
            const { min, max } = possibleCounts(ptable, shown);
            expect(count).toBeGreaterThanOrEqual(min);
            expect(count).toBeLessThanOrEqual(max);
          }),
        );
      });
    });
  }

  it('refuses parameters that cannot be met, saying which', () => {
    // With js = 1 a count of 1 can only go to 0 or 2 and beyond: variance 1 is the least possible.
    expect(() => buildPtable({ maxDeviation: 4, variance: 1, js: 1 })).toThrow(/variance above 1/);
    expect(() => buildPtable({ maxDeviation: 2, variance: 4, js: 0 })).toThrow(/variance below/);
    expect(() => buildPtable({ maxDeviation: 2, variance: 1, js: 2 })).toThrow(/js/);
    expect(() => buildPtable({ maxDeviation: 0, variance: 1, js: 0 })).toThrow(/D/);
  });

  it('publishes Fältlogg’s own table with the parameters the docs give', () => {
    expect(PTABLE.parameters).toEqual({ maxDeviation: 4, variance: 1.2, js: 1 });
    // A count of 1 is never published as 1, and mostly as 0 or 2.
    expect(rowFor(PTABLE, 1).noises).not.toContain(0);
  });
});
