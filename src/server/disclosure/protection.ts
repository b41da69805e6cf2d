import type { Cell, CellTable } from './cells';
import { PTABLE } from './parameters';
import { noiseFor, type Ptable } from './ptable';

/** A table as published: whole numbers only. */
export type PublishedTable = {
  cells: number[][];
  rowTotals: number[];
  columnTotals: number[];
  total: number;
};

/**
 * How figures about young people reach one reader: exact (a unit's own staff on their own unit), or
 * perturbed by the cell-key method. The same cell always gets the same published value, on every
 * page and in every download, because the noise depends only on its count and its key.
 */
export type Protection = {
  kind: 'exact' | 'cellKey';
  figure(cell: Cell): number;
  table(table: CellTable): PublishedTable;
};

function protection(kind: Protection['kind'], figure: (cell: Cell) => number): Protection {
  return {
    kind,
    figure,
    table: (t) => ({
      cells: t.cells.map((row) => row.map(figure)),
      rowTotals: t.rowTotals.map(figure),
      columnTotals: t.columnTotals.map(figure),
      total: figure(t.total),
    }),
  };
}

/** The count plus the ptable's noise for its key: never negative, zero stays zero. */
export const perturb = (cell: Cell, ptable: Ptable = PTABLE): number =>
  cell.count + noiseFor(ptable, cell.count, cell.key);

export const EXACT = protection('exact', (cell) => cell.count);
export const CELL_KEY = protection('cellKey', (cell) => perturb(cell));
