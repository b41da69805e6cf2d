import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DisclosureSystem } from './disclosure-system';
import { determinedUnknowns } from './linear-disclosure';
import { suppressTable } from './suppression';

const table = fc
  .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 6 }))
  .chain(([rows, columns]) =>
    fc.array(
      fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 60 })), {
        minLength: columns,
        maxLength: columns,
      }),
      {
        minLength: rows,
        maxLength: rows,
      },
    ),
  );

/** What an outsider sees: every published figure, and the table's equations over the hidden ones. */
function recomputable(cells: number[][], published: ReturnType<typeof suppressTable>): number[] {
  const rows = cells.length;
  const columns = cells[0]?.length ?? 0;
  const figures = [
    ...published.cells.flat(),
    ...published.rowTotals,
    ...published.columnTotals,
    published.total,
  ];
  const hidden = figures.flatMap((value, index) => (typeof value === 'number' ? [] : [index]));
  const unknown = new Map(hidden.map((index, position) => [index, position]));
  const cell = (r: number, c: number) => r * columns + c;
  const equations: [number, number][][] = [];
  const add = (parts: number[], total: number) =>
    equations.push(
      [...parts.map((i): [number, number] => [i, 1]), [total, -1] as [number, number]]
        .filter(([i]) => unknown.has(i))
        .map(([i, k]) => [unknown.get(i) as number, k]),
    );
  for (let r = 0; r < rows; r++)
    add(
      Array.from({ length: columns }, (_, c) => cell(r, c)),
      rows * columns + r,
    );
  for (let c = 0; c < columns; c++)
    add(
      Array.from({ length: rows }, (_, r) => cell(r, c)),
      rows * columns + rows + c,
    );
  const grand = rows * columns + rows + columns;
  add(
    Array.from({ length: rows }, (_, r) => rows * columns + r),
    grand,
  );
  add(
    Array.from({ length: columns }, (_, c) => rows * columns + rows + c),
    grand,
  );
  return [...determinedUnknowns(equations, hidden.length)].map((p) => hidden[p] as number);
}

describe('disclosure control', () => {
  it('never publishes a figure below the threshold', () => {
    fc.assert(
      fc.property(table, fc.integer({ min: 2, max: 10 }), (cells, threshold) => {
        const published = suppressTable(cells, threshold);
        const shown = [
          ...published.cells.flat(),
          ...published.rowTotals,
          ...published.columnTotals,
          published.total,
        ];
        expect(shown.every((value) => typeof value !== 'number' || value >= threshold)).toBe(true);
      }),
    );
  });

  it('leaves no suppressed figure recomputable from any combination of the published totals', () => {
    fc.assert(
      fc.property(table, fc.integer({ min: 2, max: 10 }), (cells, threshold) => {
        expect(recomputable(cells, suppressTable(cells, threshold))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('publishes every figure unchanged, and consistent totals, when nothing is small', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 5, max: 500 }), { minLength: 3, maxLength: 3 }), {
          minLength: 1,
          maxLength: 4,
        }),
        (cells) => {
          const published = suppressTable(cells, 5);
          expect(published.cells).toEqual(cells);
          expect(published.total).toBe(cells.flat().reduce((a, b) => a + b, 0));
          expect(published.rowTotals).toEqual(cells.map((row) => row.reduce((a, b) => a + b, 0)));
          expect(published.complementary).toBe(0);
        },
      ),
    );
  });

  it('hides a second cell when one small cell could be subtracted out of its totals', () => {
    // Girls 13–15: 3 would follow from the row total 3 + 12 + 20 = 35 if only it were hidden.
    const published = suppressTable(
      [
        [3, 12, 20],
        [8, 15, 30],
      ],
      5,
    );
    expect(published.cells[0]?.[0]).toBeNull();
    expect(published.cells.flat()).toContain('protected');
    expect(published.complementary).toBeGreaterThan(0);
    expect(published.cells.flat().filter((v) => typeof v !== 'number').length).toBeGreaterThanOrEqual(2);
  });

  it('finds values the equations pin down, and only those', () => {
    // a + b = known, a = known → b determined; c + d = known → neither.
    const determined = determinedUnknowns(
      [
        [
          [0, 1],
          [1, 1],
        ],
        [[0, 1]],
        [
          [2, 1],
          [3, 1],
        ],
      ],
      4,
    );
    expect([...determined].sort()).toEqual([0, 1]);
  });

  it('never lets a visible total minus its visible parts leave a small group', () => {
    fc.assert(
      fc.property(table, fc.integer({ min: 2, max: 10 }), (cells, threshold) => {
        const p = suppressTable(cells, threshold);
        const hiddenSum = (values: number[], shown: (number | null | 'protected')[]) =>
          values.reduce((sum, value, i) => sum + (typeof shown[i] === 'number' ? 0 : value), 0);
        const ok = (sum: number) => sum === 0 || sum >= threshold;
        cells.forEach((row, r) => {
          if (typeof p.rowTotals[r] === 'number') expect(ok(hiddenSum(row, p.cells[r] ?? []))).toBe(true);
        });
        (cells[0] ?? []).forEach((_, c) => {
          const column = cells.map((row) => row[c] ?? 0);
          if (typeof p.columnTotals[c] === 'number')
            expect(
              ok(
                hiddenSum(
                  column,
                  p.cells.map((row) => row[c] ?? null),
                ),
              ),
            ).toBe(true);
        });
      }),
    );
  });

  it('keeps figures pinned by another publication, and protects the ones it hid', () => {
    fc.assert(
      fc.property(table, (cells) => {
        // Another page published this table's column totals and grand total through its own control.
        const columns = cells[0]?.length ?? 0;
        const totals = Array.from({ length: columns }, (_, c) =>
          cells.reduce((sum, row) => sum + (row[c] ?? 0), 0),
        );
        const elsewhere = suppressTable([totals], 5);
        const system = new DisclosureSystem();
        const figures = system.table(cells);
        for (const [c, index] of figures.columnTotals.entries())
          system.pin(index, elsewhere.cells[0]?.[c] ?? null);
        system.pin(figures.total, elsewhere.total);
        const p = system.publish(5, false)(figures);
        // Pinned figures are published exactly as elsewhere...
        expect(p.columnTotals.map((v) => typeof v === 'number')).toEqual(
          (elsewhere.cells[0] ?? []).map((v) => typeof v === 'number'),
        );
        // ...and nothing hidden here or there is recomputable from both pages together.
        expect(recomputable(cells, { ...p, complementary: 0 })).toEqual([]);
      }),
    );
  });
});
