import type { Term } from './linear-disclosure';
import { type Published, publish, sumOf, suppressFigures } from './suppression';

/** Where one published table's figures sit in a disclosure system. */
export type TableFigures = { cells: number[][]; rowTotals: number[]; columnTotals: number[]; total: number };

/** A published table, figure by figure. */
export type PublishedTable = {
  cells: Published[][];
  rowTotals: Published[];
  columnTotals: Published[];
  total: Published;
};

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/**
 * Several published tables that share figures (one table's row totals are another's column, both
 * show the same grand total) must be suppressed as ONE system: suppressed apart, one table could
 * show what the other hid. Tables are added with the figures they share; `publish` hides what
 * disclosure control requires across all of them at once.
 */
export class DisclosureSystem {
  private readonly values: number[] = [];
  private readonly equations: Term[][] = [];
  private readonly pinned = new Map<number, boolean>();

  private figure(value: number): number {
    this.values.push(value);
    return this.values.length - 1;
  }

  /**
   * Adds a table with its row totals, column totals and grand total. Pass `shared` to reuse
   * figures already in the system instead of publishing new ones (their values must agree).
   */
  table(
    cells: readonly (readonly number[])[],
    shared: { rowTotals?: readonly number[]; columnTotals?: readonly number[]; total?: number } = {},
  ): TableFigures {
    const rows = cells.length;
    const columns = cells[0]?.length ?? 0;
    const cellIndex = cells.map((row) => row.map((value) => this.figure(value)));
    const rowSum = (r: number) => (cells[r] ?? []).reduce((sum, value) => sum + value, 0);
    const columnSum = (c: number) => cells.reduce((sum, row) => sum + (row[c] ?? 0), 0);
    const rowTotals = range(rows).map((r) => shared.rowTotals?.[r] ?? this.figure(rowSum(r)));
    const columnTotals = range(columns).map((c) => shared.columnTotals?.[c] ?? this.figure(columnSum(c)));
    const grand = range(rows).reduce((sum, r) => sum + rowSum(r), 0);
    const total = shared.total ?? this.figure(grand);
    this.check(
      [...rowTotals, ...columnTotals, total],
      [...range(rows).map(rowSum), ...range(columns).map(columnSum), grand],
    );
    for (const r of range(rows)) this.equations.push(sumOf(cellIndex[r] ?? [], rowTotals[r] as number));
    for (const c of range(columns))
      this.equations.push(
        sumOf(
          cellIndex.map((row) => row[c] as number),
          columnTotals[c] as number,
        ),
      );
    if (rows > 0) this.equations.push(sumOf(rowTotals, total));
    if (columns > 0) this.equations.push(sumOf(columnTotals, total));
    return { cells: cellIndex, rowTotals, columnTotals, total };
  }

  /** Keeps a figure as another publication already shows it (a number) or hides it. */
  pin(index: number, elsewhere: Published): void {
    this.pinned.set(index, typeof elsewhere === 'number');
  }

  /** The published value of every figure: exact when `exact`, else under disclosure control. */
  publish(threshold: number, exact: boolean): (figures: TableFigures) => PublishedTable {
    const hidden = exact
      ? this.values.map(() => false)
      : suppressFigures(this.values, this.equations, threshold, this.pinned).hidden;
    const at = (index: number) => publish(this.values[index] as number, hidden[index] ?? false, threshold);
    return (figures) => ({
      cells: figures.cells.map((row) => row.map(at)),
      rowTotals: figures.rowTotals.map(at),
      columnTotals: figures.columnTotals.map(at),
      total: at(figures.total),
    });
  }

  /** Shared figures must hold the value the new table sums to; anything else is a caller's bug. */
  private check(indices: readonly number[], sums: readonly number[]) {
    indices.forEach((index, i) => {
      if (this.values[index] !== sums[i])
        throw new Error(`Shared figure ${index} is ${this.values[index]}, the table sums to ${sums[i]}`);
    });
  }
}
