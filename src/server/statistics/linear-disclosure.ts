/**
 * Which unknowns of a linear system are pinned to one value. Used to prove that published totals
 * cannot be combined to recompute a suppressed cell: exact rational arithmetic (bigint fractions),
 * because floating-point elimination would misjudge near-singular tables.
 */
type Fraction = { n: bigint; d: bigint };

const gcd = (a: bigint, b: bigint): bigint => {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
};
const make = (n: bigint, d: bigint): Fraction => {
  if (n === 0n) return { n: 0n, d: 1n };
  const g = gcd(n, d);
  const sign = d < 0n ? -1n : 1n;
  return { n: (sign * n) / g, d: (sign * d) / g };
};
const sub = (a: Fraction, b: Fraction) => make(a.n * b.d - b.n * a.d, a.d * b.d);
const mul = (a: Fraction, b: Fraction) => make(a.n * b.n, a.d * b.d);
const div = (a: Fraction, b: Fraction) => make(a.n * b.d, a.d * b.n);

/**
 * Given equations over unknowns (each a list of [unknown index, coefficient]), returns the
 * set of unknowns whose value the equations determine uniquely: those whose unit vector lies in the
 * row space, i.e. pivots whose reduced row has no other entry.
 */
export type Term = readonly [index: number, coefficient: number];

export function determinedUnknowns(
  equations: readonly (readonly Term[])[],
  unknownCount: number,
): Set<number> {
  const rows: Fraction[][] = equations
    .filter((terms) => terms.length > 0)
    .map((terms) => {
      const row = Array.from({ length: unknownCount }, () => make(0n, 1n));
      for (const [index, coefficient] of terms) {
        const current = row[index] as Fraction;
        row[index] = make(current.n + BigInt(coefficient) * current.d, current.d);
      }
      return row;
    });
  const pivots: number[] = [];
  let rank = 0;
  for (let column = 0; column < unknownCount && rank < rows.length; column++) {
    const pivotRow = rows.findIndex((row, i) => i >= rank && (row[column] as Fraction).n !== 0n);
    if (pivotRow === -1) continue;
    [rows[rank], rows[pivotRow]] = [rows[pivotRow] as Fraction[], rows[rank] as Fraction[]];
    const pivot = rows[rank] as Fraction[];
    const lead = pivot[column] as Fraction;
    for (let c = 0; c < unknownCount; c++) pivot[c] = div(pivot[c] as Fraction, lead);
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r] as Fraction[];
      const factor = row[column] as Fraction;
      if (r === rank || factor.n === 0n) continue;
      for (let c = 0; c < unknownCount; c++)
        row[c] = sub(row[c] as Fraction, mul(factor, pivot[c] as Fraction));
    }
    pivots.push(column);
    rank++;
  }
  const determined = new Set<number>();
  pivots.forEach((column, r) => {
    const row = rows[r] as Fraction[];
    if (row.every((value, c) => c === column || value.n === 0n)) determined.add(column);
  });
  return determined;
}
