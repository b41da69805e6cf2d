import type { Term } from './linear-disclosure';
import {
  type Published,
  publish,
  type SuppressedTable,
  sumOf,
  suppressFigures,
  tableLayout,
  tableValues,
} from './suppression';

export type PublishedContacts = {
  byGenderAndAge: SuppressedTable;
  byMonth: { cells: Published[][]; totals: Published[] };
};

/**
 * Publishes contacts by gender × age band and by month × gender as ONE disclosure system: the
 * month table's gender columns add up to the first table's gender totals, and both share the grand
 * total, so suppressing them separately could let one table undo the other's hiding.
 * `exact` skips suppression (a unit's own staff looking at their own unit).
 */
export function publishContacts(
  genderByAge: readonly (readonly number[])[],
  monthByGender: readonly (readonly number[])[],
  threshold: number,
  exact: boolean,
): PublishedContacts {
  const first = tableLayout(genderByAge.length, genderByAge[0]?.length ?? 0, 0);
  const firstValues = tableValues(genderByAge);
  const months = monthByGender.length;
  const genders = genderByAge.length;
  const monthCell = (m: number, g: number) => first.size + m * genders + g;
  const monthTotal = (m: number) => first.size + months * genders + m;
  const monthTotals = monthByGender.map((row) => row.reduce((sum, value) => sum + value, 0));
  const values = [...firstValues, ...monthByGender.flat(), ...monthTotals];
  const range = (n: number) => Array.from({ length: n }, (_, i) => i);
  const equations: Term[][] = [
    ...first.equations,
    ...range(months).map((m) =>
      sumOf(
        range(genders).map((g) => monthCell(m, g)),
        monthTotal(m),
      ),
    ),
    ...range(genders).map((g) =>
      sumOf(
        range(months).map((m) => monthCell(m, g)),
        first.rowTotal(g),
      ),
    ),
    sumOf(range(months).map(monthTotal), first.grand),
  ];
  const { hidden } = exact
    ? { hidden: values.map(() => false) }
    : suppressFigures(values, equations, threshold);
  const at = (index: number): Published =>
    publish(values[index] as number, hidden[index] ?? false, threshold);
  return {
    byGenderAndAge: {
      cells: range(first.rows).map((r) => range(first.columns).map((c) => at(first.cell(r, c)))),
      rowTotals: range(first.rows).map((r) => at(first.rowTotal(r))),
      columnTotals: range(first.columns).map((c) => at(first.columnTotal(c))),
      total: at(first.grand),
      complementary: 0,
    },
    byMonth: {
      cells: range(months).map((m) => range(genders).map((g) => at(monthCell(m, g)))),
      totals: range(months).map((m) => at(monthTotal(m))),
    },
  };
}
