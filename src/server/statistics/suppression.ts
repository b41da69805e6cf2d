import { determinedUnknowns, type Term } from './linear-disclosure';

/** A published figure: the count, or null where it is suppressed (shown as "<5"). */
export type Published = number | null;

export type SuppressedTable = {
  cells: Published[][];
  rowTotals: Published[];
  columnTotals: Published[];
  total: Published;
  /** How many figures were hidden only to protect others (complementary suppression). */
  complementary: number;
};

type Figure = { value: number; hidden: boolean; primary: boolean };

/**
 * Disclosure control for a table with row and column totals, as published or exported.
 * Primary: every figure below the threshold is hidden (counts of young people this small could point
 * to someone). Complementary: further figures are hidden, smallest first, until no hidden figure can
 * be recomputed from the visible ones through any combination of the row, column and grand totals.
 */
export function suppressTable(cells: readonly (readonly number[])[], threshold: number): SuppressedTable {
  const rows = cells.length;
  const columns = cells[0]?.length ?? 0;
  const rowSums = cells.map((row) => row.reduce((sum, value) => sum + value, 0));
  const columnSums = Array.from({ length: columns }, (_, c) =>
    cells.reduce((sum, row) => sum + (row[c] ?? 0), 0),
  );
  const grand = rowSums.reduce((sum, value) => sum + value, 0);

  // One list of figures: interior cells, then row totals, column totals, grand total.
  const figures: Figure[] = [
    ...cells.flatMap((row) => row.map((value) => figure(value, threshold))),
    ...rowSums.map((value) => figure(value, threshold)),
    ...columnSums.map((value) => figure(value, threshold)),
    figure(grand, threshold),
  ];
  const cellIndex = (r: number, c: number) => r * columns + c;
  const rowTotalIndex = (r: number) => rows * columns + r;
  const columnTotalIndex = (c: number) => rows * columns + rows + c;
  const grandIndex = rows * columns + rows + columns;
  // Each total minus its parts is zero.
  const sumOf = (parts: number[], total: number): Term[] => [...parts.map((i): Term => [i, 1]), [total, -1]];
  const range = (n: number) => Array.from({ length: n }, (_, i) => i);
  const equations: Term[][] = [
    ...range(rows).map((r) =>
      sumOf(
        range(columns).map((c) => cellIndex(r, c)),
        rowTotalIndex(r),
      ),
    ),
    ...range(columns).map((c) =>
      sumOf(
        range(rows).map((r) => cellIndex(r, c)),
        columnTotalIndex(c),
      ),
    ),
    sumOf(range(rows).map(rowTotalIndex), grandIndex),
    sumOf(range(columns).map(columnTotalIndex), grandIndex),
  ];

  for (;;) {
    const exposed = exposedFigures(figures, equations);
    if (exposed.length === 0) break;
    // Protect the first exposed figure by hiding the smallest visible figure that shares an equation
    // with it; failing that (it is pinned by a combination of other equations), one that shares an
    // equation with any hidden figure; failing that, any. Hiding more never reveals more, and a
    // table with everything hidden reveals nothing, so this ends.
    const target = exposed[0] as number;
    const visibleIn = (chosen: readonly (readonly Term[])[]) =>
      chosen.flatMap((equation) =>
        equation.map(([index]) => index).filter((index) => !(figures[index] as Figure).hidden),
      );
    const touching = (indices: Set<number>) =>
      equations.filter((equation) => equation.some(([index]) => indices.has(index)));
    const hiddenNow = new Set(figures.flatMap((f, index) => (f.hidden ? [index] : [])));
    let candidates = visibleIn(touching(new Set([target])));
    if (candidates.length === 0) candidates = visibleIn(touching(hiddenNow));
    if (candidates.length === 0) candidates = figures.flatMap((f, index) => (f.hidden ? [] : [index]));
    const cheapest = candidates.reduce((best, index) =>
      (figures[index] as Figure).value < (figures[best] as Figure).value ? index : best,
    );
    (figures[cheapest] as Figure).hidden = true;
  }

  const published = (index: number): Published => {
    const f = figures[index] as Figure;
    return f.hidden ? null : f.value;
  };
  return {
    cells: cells.map((row, r) => row.map((_, c) => published(cellIndex(r, c)))),
    rowTotals: rowSums.map((_, r) => published(rowTotalIndex(r))),
    columnTotals: columnSums.map((_, c) => published(columnTotalIndex(c))),
    total: published(grandIndex),
    complementary: figures.filter((f) => f.hidden && !f.primary).length,
  };
}

function figure(value: number, threshold: number): Figure {
  const primary = value < threshold;
  return { value, hidden: primary, primary };
}

/** Hidden figures that the visible ones determine exactly (those equations would reveal). */
export function exposedFigures(
  figures: readonly { hidden: boolean }[],
  equations: readonly (readonly Term[])[],
): number[] {
  const hidden = figures.flatMap((f, index) => (f.hidden ? [index] : []));
  const unknownOf = new Map(hidden.map((index, position) => [index, position]));
  const reduced = equations.map((equation) =>
    equation
      .filter(([index]) => unknownOf.has(index))
      .map(([index, coefficient]): Term => [unknownOf.get(index) as number, coefficient]),
  );
  return [...determinedUnknowns(reduced, hidden.length)]
    .map((position) => hidden[position] as number)
    .sort((a, b) => a - b);
}
