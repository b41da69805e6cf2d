import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// An independent reader of the same dialect (the population import's), to read back what is written.
import { readRecords } from '../server/population/csv-records';
import { type CsvCell, csvCell, csvNumber, toCsv } from './csv';

const FORMULA_START = ['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20'];

/** Reads one written file back into its cells, as a spreadsheet would split them. */
function readBack(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const { records, unclosedQuoteLine } = readRecords(csv.slice(1), ';');
  expect(unclosedQuoteLine).toBeNull();
  return records.map((record) => record.fields);
}

/** Text that starts with a formula character more often than chance would have it. */
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.tuple(fc.constantFrom(...FORMULA_START), fc.string({ maxLength: 20 })).map(([a, b]) => a + b),
  fc.string({ unit: fc.constantFrom('=', '"', ';', '\r', '\n', '\t', 'a', ' ', "'", '-'), maxLength: 12 }),
);

describe('CSV cells', () => {
  it('reads back any text as itself, or with a leading apostrophe when it could start a formula', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 6 }), (cells) => {
        // A first cell that is never blank, so the reader (which skips blank records) keeps the row.
        const [row] = readBack(toCsv([['x', ...cells]]));
        const expected = cells.map((cell) =>
          FORMULA_START.some((c) => cell.startsWith(c)) ? `'${cell}` : cell,
        );
        expect(row).toEqual(['x', ...expected]);
      }),
      { numRuns: 500 },
    );
  });

  it('never lets a written text cell begin with a formula character', () => {
    fc.assert(
      fc.property(text, (cell) => {
        const written = csvCell(cell);
        // What a spreadsheet sees once the quoting is taken off.
        const seen = written.startsWith('"') ? written.slice(1) : written;
        expect(FORMULA_START.some((c) => seen.startsWith(c))).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('writes numbers as numbers with a decimal comma, negative ones not defused', () => {
    expect(csvNumber(79.5)).toBe('79,5');
    expect(csvNumber(-3)).toBe('-3');
    expect(csvNumber(-0.25)).toBe('-0,25');
    expect(csvNumber(1234)).toBe('1234');
    expect(csvNumber(-0)).toBe('0');
    expect(csvNumber(Number.NaN)).toBe('');
    expect(csvNumber(1e21)).toBe('1000000000000000000000');
    expect(csvCell('-3')).toBe(`"'-3"`);
    expect(csvCell(null)).toBe('');
  });

  it('writes any figure so that it reads back as the same number in Swedish', () => {
    // Figures: counts, shares and rates with a few decimals, up to national sizes.
    const figure = fc.oneof(
      fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 100),
      fc
        .double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 })
        .filter((x) => Math.abs(x) >= 1e-6),
    );
    fc.assert(
      fc.property(figure, (value) => {
        const written = csvNumber(value);
        expect(written).toMatch(/^-?\d+(,\d+)?$/);
        expect(Number(written.replace(',', '.'))).toBe(Object.is(value, -0) ? 0 : value);
      }),
      { numRuns: 1000 },
    );
  });

  it('defuses the formula an attacker would put in a label', () => {
    const rows: CsvCell[][] = [
      ['Område', 'Kontakter'],
      ['=HYPERLINK("http://x","y")', 79.5],
    ];
    expect(toCsv(rows)).toBe('\uFEFFOmråde;Kontakter\r\n"\'=HYPERLINK(""http://x"",""y"")";79,5\r\n');
  });
});
