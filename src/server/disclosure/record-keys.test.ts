import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellOf, sumCells, tableOf } from './cells';
import { addKeys, KEY_MODULUS, negateKey, recordKey, tallyKey } from './record-keys';

const SECRET = new TextEncoder().encode('a test secret');

describe('record keys', () => {
  it('are whole numbers in [0, 2^30), the same for the same secret and identity, different for another secret', () => {
    fc.assert(
      fc.property(fc.string(), (identity) => {
        const key = recordKey(SECRET, identity);
        expect(Number.isInteger(key) && key >= 0 && key < KEY_MODULUS).toBe(true);
        expect(recordKey(SECRET, identity)).toBe(key);
      }),
    );
    expect(recordKey(new TextEncoder().encode('another secret'), 'x')).not.toBe(recordKey(SECRET, 'x'));
  });

  it('give a tally of n records the sum of ordinals 1..n, so raising a count adds exactly the new records', () => {
    fc.assert(
      fc.property(fc.string(), fc.nat(40), fc.nat(40), (identity, from, more) => {
        const grown = tallyKey(SECRET, identity, from + more);
        const added = Array.from({ length: more }, (_, i) =>
          recordKey(SECRET, `${identity}#${from + i + 1}`),
        );
        expect(grown).toBe(addKeys(tallyKey(SECRET, identity, from), ...added));
      }),
    );
    expect(tallyKey(SECRET, 'anything', 0)).toBe(0);
  });

  it('add like counts: the key of any union of rows is the sum of the parts’ keys, however grouped', () => {
    const row = fc.record({ count: fc.nat(50), cell_key: fc.integer({ min: 0, max: KEY_MODULUS - 1 }) });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), fc.nat(30), (rows, cut) => {
        const whole = cellOf(rows);
        const parts = [cellOf(rows.slice(0, cut)), cellOf(rows.slice(cut))];
        expect(sumCells(parts)).toEqual(whole);
        expect(whole.key).toBe(rows.reduce((sum, r) => (sum + r.cell_key) % KEY_MODULUS, 0));
      }),
    );
  });

  it('take away what they added', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: KEY_MODULUS - 1 }),
        fc.integer({ min: 0, max: KEY_MODULUS - 1 }),
        (a, b) => {
          expect(addKeys(addKeys(a, b), negateKey(b))).toBe(a);
          expect(addKeys(a, -b)).toBe(addKeys(a, negateKey(b)));
        },
      ),
    );
  });

  it('give a table’s totals the keys of their cells', () => {
    const cell = fc.record({ count: fc.nat(20), key: fc.integer({ min: 0, max: KEY_MODULUS - 1 }) });
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 6 }),
        (cells) => {
          const table = tableOf(cells);
          expect(table.total).toEqual(sumCells(cells.flat()));
          expect(sumCells(table.rowTotals)).toEqual(table.total);
          expect(sumCells(table.columnTotals)).toEqual(table.total);
        },
      ),
    );
  });
});
