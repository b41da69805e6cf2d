import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Term } from '../statistics/linear-disclosure';
import { exposedFigures, type Published, sumOf } from '../statistics/suppression';
import { figureCell, publishCounts, publishShiftContacts } from './shift-tables';

const THRESHOLD = 5;

/**
 * Everything one shift publishes, written out independently of the code under test: figures in
 * order (age cells, gender totals, age totals, grand total, depth cells, depth totals) with the
 * equations a reader of the sheet could use.
 */
function publishedSystem(genders: number, bands: number, depths: number) {
  let next = 0;
  const grid = (rows: number, columns: number) =>
    Array.from({ length: rows }, () => Array.from({ length: columns }, () => next++));
  const ageCells = grid(genders, bands);
  const genderTotals = Array.from({ length: genders }, () => next++);
  const ageTotals = Array.from({ length: bands }, () => next++);
  const grand = next++;
  const depthCells = grid(genders, depths);
  const depthTotals = Array.from({ length: depths }, () => next++);
  const column = (cells: number[][], c: number) => cells.map((row) => row[c] as number);
  const equations: Term[][] = [
    ...ageCells.map((row, g) => sumOf(row, genderTotals[g] as number)),
    ...depthCells.map((row, g) => sumOf(row, genderTotals[g] as number)),
    ...ageTotals.map((total, b) => sumOf(column(ageCells, b), total)),
    ...depthTotals.map((total, d) => sumOf(column(depthCells, d), total)),
    sumOf(genderTotals, grand),
    sumOf(ageTotals, grand),
    sumOf(depthTotals, grand),
  ];
  return { size: next, equations };
}

/** A shift's tallies: gender × age × depth counts, mostly small as on a real evening. */
const shiftTallies = fc.integer({ min: 1, max: 5 }).chain((bands) =>
  fc.array(
    fc.array(
      fc.array(fc.oneof(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 30 })), {
        minLength: 3,
        maxLength: 3,
      }),
      {
        minLength: bands,
        maxLength: bands,
      },
    ),
    { minLength: 3, maxLength: 3 },
  ),
);

describe('publishShiftContacts', () => {
  it('hides every small figure and leaves none that the published ones determine', () => {
    fc.assert(
      fc.property(shiftTallies, (cube) => {
        const byAge = cube.map((bands) => bands.map((depths) => depths.reduce((a, b) => a + b, 0)));
        const byDepth = cube.map((bands) =>
          [0, 1, 2].map((d) => bands.reduce((a, depths) => a + (depths[d] ?? 0), 0)),
        );
        const published = publishShiftContacts(byAge, byDepth, THRESHOLD);
        const figures: Published[] = [
          ...published.byAge.cells.flat(),
          ...published.byAge.rowTotals,
          ...published.byAge.columnTotals,
          published.byAge.total,
          ...published.byDepth.cells.flat(),
          ...published.byDepth.columnTotals,
        ];
        expect(published.byDepth.rowTotals).toEqual(published.byAge.rowTotals);
        for (const figure of figures)
          if (typeof figure === 'number') expect(figure).toBeGreaterThanOrEqual(THRESHOLD);
        const system = publishedSystem(3, byAge[0]?.length ?? 0, 3);
        expect(figures).toHaveLength(system.size);
        const hidden = figures.map((figure) => ({ hidden: typeof figure !== 'number' }));
        expect(exposedFigures(hidden, system.equations)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('shows a busy shift’s large figures', () => {
    const published = publishShiftContacts(
      [
        [12, 8],
        [9, 6],
        [0, 0],
      ],
      [
        [20, 0, 0],
        [15, 0, 0],
        [0, 0, 0],
      ],
      THRESHOLD,
    );
    expect(published.byAge.cells[0]).toEqual([12, 8]);
    expect(published.byAge.total).toBe(35);
    expect(published.byAge.rowTotals[2]).toBeNull();
  });
});

describe('publishCounts', () => {
  it('hides counts below the threshold, zero included', () => {
    expect(publishCounts([0, 4, 5, 12], THRESHOLD)).toEqual([null, null, 5, 12]);
  });
});

describe('figureCell', () => {
  it('writes hidden figures with the symbols the dictionary explains', () => {
    expect([7, null, 'protected' as const].map((f) => figureCell(f, THRESHOLD))).toEqual([7, '<5', '..']);
  });
});
