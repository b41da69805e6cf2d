import { addKeys } from './record-keys';

/** A cell of a table about young people: its true count and its cell key (the sum of its records' keys). */
export type Cell = { count: number; key: number };

export const EMPTY_CELL: Cell = { count: 0, key: 0 };

/** The union of disjoint cells: counts add, and so do keys (modulo the key modulus). */
export function sumCells(cells: Iterable<Cell>): Cell {
  let count = 0;
  let key = 0;
  for (const cell of cells) {
    count += cell.count;
    key = addKeys(key, cell.key);
  }
  return { count, key };
}

/** Sums the query rows that match into one cell; rows carry `count` (or `contacts`) and `cell_key`. */
export function cellOf<R extends { cell_key: number } & ({ count: number } | { contacts: number })>(
  rows: readonly R[],
  match: (row: R) => boolean = () => true,
): Cell {
  return sumCells(
    rows.filter(match).map((row) => ({
      count: Number('count' in row ? row.count : row.contacts),
      key: Number(row.cell_key),
    })),
  );
}

/** A table of disjoint cells with its row totals, column totals and grand total. */
export type CellTable = { cells: Cell[][]; rowTotals: Cell[]; columnTotals: Cell[]; total: Cell };

export function tableOf(cells: readonly (readonly Cell[])[], columns = cells[0]?.length ?? 0): CellTable {
  const rowTotals = cells.map((row) => sumCells(row));
  const columnTotals = Array.from({ length: columns }, (_, c) =>
    sumCells(cells.map((row) => row[c] ?? EMPTY_CELL)),
  );
  return { cells: cells.map((row) => [...row]), rowTotals, columnTotals, total: sumCells(rowTotals) };
}
