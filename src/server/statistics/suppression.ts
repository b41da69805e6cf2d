import { determinedUnknowns, type Term } from './linear-disclosure';

/**
 * A published figure: the count; null where it is below the threshold (shown "<5"); or "protected"
 * where it is large enough to show but hidden so that a small one cannot be worked out (shown "..").
 */
export type Published = number | null | 'protected';

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
 * Disclosure control over any set of published figures tied by equations (each total minus its
 * parts is zero). Primary: every figure below the threshold is hidden (counts of young people this
 * small could point to someone). Complementary: further figures are hidden, smallest first, until no
 * hidden figure can be recomputed from the visible ones through any combination of the equations.
 * `published` pins figures another publication already shows (true) or hides (false): they keep
 * that state, and hidden ones are protected here too.
 */
export function suppressFigures(
  values: readonly number[],
  equations: readonly (readonly Term[])[],
  threshold: number,
  published: ReadonlyMap<number, boolean> = new Map(),
): { hidden: boolean[]; complementary: number } {
  const figures: Figure[] = values.map((value, index) => {
    const shown = published.get(index);
    return shown === undefined ? figure(value, threshold) : { value, hidden: !shown, primary: false };
  });
  // Figures already published elsewhere keep their state: hiding them here would protect nothing.
  const free = (index: number) => !(figures[index] as Figure).hidden && !published.has(index);
  const unfixable = new Set<readonly Term[]>();
  for (;;) {
    const exposed = exposedFigures(figures, equations);
    if (exposed.length === 0) {
      // No single figure can be recomputed; but a visible total minus its visible parts must not
      // leave a small group either ("these two cells together are 2"). Zero is no one, so allowed.
      const leaky = equations.find(
        (equation) => !unfixable.has(equation) && smallRemainder(equation, figures, threshold),
      );
      if (!leaky) break;
      const parts = leaky.filter(([index, k]) => k > 0 && free(index)).map(([index]) => index);
      const total = leaky.find(([index, k]) => k < 0 && free(index));
      const pick = parts.length > 0 ? cheapestOf(parts, figures) : total?.[0];
      if (pick === undefined) unfixable.add(leaky);
      else (figures[pick] as Figure).hidden = true;
      continue;
    }
    // Protect the first exposed figure by hiding the smallest visible figure that shares an equation
    // with it; failing that (it is pinned by a combination of other equations), one that shares an
    // equation with any hidden figure; failing that, any. Hiding more never reveals more, and a
    // system with everything hidden reveals nothing, so this ends.
    const target = exposed[0] as number;
    const visibleIn = (chosen: readonly (readonly Term[])[]) =>
      chosen.flatMap((equation) => equation.map(([index]) => index).filter(free));
    const touching = (indices: Set<number>) =>
      equations.filter((equation) => equation.some(([index]) => indices.has(index)));
    const hiddenNow = new Set(figures.flatMap((f, index) => (f.hidden ? [index] : [])));
    let candidates = visibleIn(touching(new Set([target])));
    if (candidates.length === 0) candidates = visibleIn(touching(hiddenNow));
    if (candidates.length === 0) candidates = figures.flatMap((_, index) => (free(index) ? [index] : []));
    // Only figures published elsewhere pin it: what is public there cannot be hidden here.
    if (candidates.length === 0) break;
    (figures[cheapestOf(candidates, figures)] as Figure).hidden = true;
  }
  return {
    hidden: figures.map((f) => f.hidden),
    complementary: figures.filter((f) => f.hidden && !f.primary).length,
  };
}

const cheapestOf = (candidates: readonly number[], figures: readonly Figure[]) =>
  candidates.reduce((best, index) =>
    (figures[index] as Figure).value < (figures[best] as Figure).value ? index : best,
  );

/** A visible total whose hidden parts add up to a small, non-zero group. */
function smallRemainder(equation: readonly Term[], figures: readonly Figure[], threshold: number): boolean {
  const total = equation.find(([, k]) => k < 0);
  if (!total || (figures[total[0]] as Figure).hidden) return false;
  const hidden = equation.filter(([index, k]) => k > 0 && (figures[index] as Figure).hidden);
  const remainder = hidden.reduce((sum, [index]) => sum + (figures[index] as Figure).value, 0);
  return hidden.length > 0 && remainder > 0 && remainder < threshold;
}

/** Each total minus its parts is zero. */
export const sumOf = (parts: readonly number[], total: number): Term[] => [
  ...parts.map((index): Term => [index, 1]),
  [total, -1],
];

/** A table with row totals, column totals and a grand total, suppressed as one system. */
export function suppressTable(cells: readonly (readonly number[])[], threshold: number): SuppressedTable {
  const layout = tableLayout(cells.length, cells[0]?.length ?? 0, 0);
  const values = tableValues(cells);
  const { hidden, complementary } = suppressFigures(values, layout.equations, threshold);
  return publishTable(layout, values, hidden, complementary, threshold);
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** Where a table's figures sit in a figure list starting at `offset`, and the equations tying them. */
export function tableLayout(rows: number, columns: number, offset: number) {
  const cell = (r: number, c: number) => offset + r * columns + c;
  const rowTotal = (r: number) => offset + rows * columns + r;
  const columnTotal = (c: number) => offset + rows * columns + rows + c;
  const grand = offset + rows * columns + rows + columns;
  const equations: Term[][] = [
    ...range(rows).map((r) =>
      sumOf(
        range(columns).map((c) => cell(r, c)),
        rowTotal(r),
      ),
    ),
    ...range(columns).map((c) =>
      sumOf(
        range(rows).map((r) => cell(r, c)),
        columnTotal(c),
      ),
    ),
    sumOf(range(rows).map(rowTotal), grand),
    sumOf(range(columns).map(columnTotal), grand),
  ];
  return {
    rows,
    columns,
    cell,
    rowTotal,
    columnTotal,
    grand,
    size: rows * columns + rows + columns + 1,
    equations,
  };
}

/** A table's figures in layout order: cells, row totals, column totals, grand total. */
export function tableValues(cells: readonly (readonly number[])[]): number[] {
  const columns = cells[0]?.length ?? 0;
  const rowSums = cells.map((row) => row.reduce((sum, value) => sum + value, 0));
  const columnSums = range(columns).map((c) => cells.reduce((sum, row) => sum + (row[c] ?? 0), 0));
  return [...cells.flat(), ...rowSums, ...columnSums, rowSums.reduce((sum, value) => sum + value, 0)];
}

/** How one figure is published, given whether disclosure control hid it. */
export function publish(value: number, hidden: boolean, threshold: number): Published {
  if (!hidden) return value;
  return value < threshold ? null : 'protected';
}

export function publishTable(
  layout: ReturnType<typeof tableLayout>,
  values: readonly number[],
  hidden: readonly boolean[],
  complementary: number,
  threshold: number,
): SuppressedTable {
  const at = (index: number): Published =>
    publish(values[index] as number, hidden[index] ?? false, threshold);
  return {
    cells: range(layout.rows).map((r) => range(layout.columns).map((c) => at(layout.cell(r, c)))),
    rowTotals: range(layout.rows).map((r) => at(layout.rowTotal(r))),
    columnTotals: range(layout.columns).map((c) => at(layout.columnTotal(c))),
    total: at(layout.grand),
    complementary,
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
