import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEPTHS, GENDERS } from '../../shared/field-log';
import { cellOf } from '../disclosure/cells';
import { CELL_KEY } from '../disclosure/protection';
import { KEY_MODULUS } from '../disclosure/record-keys';
import { shiftContactTables } from './shift-tables';

const BANDS = ['a', 'b', 'c'];
/** A shift's tally rows: each cell of gender × age band × depth at most once, with its key. */
const tallies = fc
  .uniqueArray(
    fc.record({
      gender: fc.constantFrom(...GENDERS),
      age_band_id: fc.constantFrom(...BANDS),
      depth: fc.constantFrom(...DEPTHS),
      count: fc.integer({ min: 1, max: 30 }),
      cell_key: fc.integer({ min: 0, max: KEY_MODULUS - 1 }),
    }),
    { selector: (t) => `${t.gender}|${t.age_band_id}|${t.depth}`, maxLength: 12 },
  )
  .map((rows) => rows.map((row) => ({ ...row, shift_id: 's' })));

describe('a shift’s contact tables', () => {
  it('sum the tally rows by gender × age and by gender × depth, keys with counts', () => {
    fc.assert(
      fc.property(tallies, (rows) => {
        const { byAge, byDepth } = shiftContactTables(rows, BANDS);
        GENDERS.forEach((g, r) => {
          BANDS.forEach((b, c) => {
            expect(byAge.cells[r]?.[c]).toEqual(cellOf(rows, (t) => t.gender === g && t.age_band_id === b));
          });
          DEPTHS.forEach((d, c) => {
            expect(byDepth.cells[r]?.[c]).toEqual(cellOf(rows, (t) => t.gender === g && t.depth === d));
          });
        });
        expect(byAge.total).toEqual(cellOf(rows));
      }),
    );
  });

  it('share their gender totals and grand total: the same cells, so the same published figures', () => {
    fc.assert(
      fc.property(tallies, (rows) => {
        const { byAge, byDepth } = shiftContactTables(rows, BANDS);
        expect(byDepth.rowTotals).toEqual(byAge.rowTotals);
        expect(byDepth.total).toEqual(byAge.total);
        expect(CELL_KEY.table(byDepth).rowTotals).toEqual(CELL_KEY.table(byAge).rowTotals);
      }),
    );
  });
});
