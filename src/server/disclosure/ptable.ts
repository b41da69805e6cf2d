/**
 * The perturbation table (ptable) of the cell-key method: for every true count n, the probability
 * of each noise d that may be added to it. Built in code from three published parameters, so anyone
 * can rebuild it and check what Fältlogg publishes (docs/disclosure.md):
 *
 * - D (maxDeviation): a published figure is never more than D from the true count;
 * - V (variance): the noise added to any non-zero count has mean 0 and variance exactly V;
 * - js (smallestShown − 1): no published figure lies in 1..js; zero is always published as zero.
 *
 * Row n may use the noises d in [−D, D] with n + d ≥ 0 and n + d not in 1..js. Among all
 * distributions on those noises with mean 0 and variance V it takes the one of maximum entropy
 * (p(d) ∝ exp(a·d + b·d²), the discrete Gaussian shape; the approach of Giessing and Enderle's
 * ptable method), which spreads probability as evenly as the constraints allow and puts the least on
 * the largest deviations. Rows from js + D + 1 on allow every noise in [−D, D], so they are all the
 * same distribution, shifted: the table stores rows 0..js + D + 1 and larger counts use the last.
 *
 * The probabilities become whole numbers of cell-key values out of KEY_MODULUS (largest
 * remainders), and a cell's key picks its noise by where it falls in the cumulative distribution.
 */
import { KEY_MODULUS } from './record-keys';

export type PtableParameters = {
  /** D: the largest deviation of a published figure from the true count. */
  maxDeviation: number;
  /** V: the variance of the noise added to every non-zero count. */
  variance: number;
  /** js: no published figure lies in 1..js. */
  js: number;
};

export type PtableRow = {
  /** The true count this row is for (the last row serves every larger count). */
  count: number;
  /** The noises this row can add, ascending. */
  noises: number[];
  /** Each noise's probability: its share of the KEY_MODULUS cell-key values. */
  probabilities: number[];
  /** Cumulative upper bounds in cell-key values: key < bounds[i] (and ≥ bounds[i − 1]) gives noises[i]. */
  bounds: number[];
};

export type Ptable = { parameters: PtableParameters; rows: PtableRow[] };

/** Noises allowed for a true count under the parameters. */
export function allowedNoises(count: number, { maxDeviation: D, js }: PtableParameters): number[] {
  if (count === 0) return [0];
  const noises: number[] = [];
  for (let d = -D; d <= D; d++) {
    const shown = count + d;
    if (shown >= 0 && !(shown >= 1 && shown <= js)) noises.push(d);
  }
  return noises;
}

/**
 * The maximum-entropy distribution over `noises` with mean 0 and variance `variance`: Newton's
 * method on the convex dual, log Σ exp(a·d + b·d²) − b·V, whose gradient is (E[d], E[d²] − V).
 */
export function maxEntropyNoise(noises: readonly number[], variance: number): number[] {
  // With mean 0 the variance lies strictly between that of the two noises nearest zero on either
  // side (or 0, when 0 itself may be drawn) and that of the two extremes; at either end only a
  // two-point distribution fits, and there is no spread left to maximise.
  const below = noises.filter((d) => d < 0);
  const above = noises.filter((d) => d > 0);
  const describe = `{${noises.join(', ')}}`;
  if (below.length === 0 || above.length === 0)
    throw new Error(`No noise with mean 0 and variance ${variance} on ${describe}`);
  const least = noises.includes(0) ? 0 : -Math.max(...below) * Math.min(...above);
  const most = -Math.min(...below) * Math.max(...above);
  if (!(variance > least))
    throw new Error(
      `The noise cannot have mean 0 and variance ${variance} on ${describe}: choose a variance above ${least}`,
    );
  if (!(variance < most))
    throw new Error(
      `The noise cannot have mean 0 and variance ${variance} on ${describe}: choose a variance below ${most}`,
    );
  let a = 0;
  let b = -1 / (2 * variance);
  const distribution = (a: number, b: number) => {
    const exponents = noises.map((d) => a * d + b * d * d);
    const top = Math.max(...exponents);
    const weights = exponents.map((e) => Math.exp(e - top));
    const total = weights.reduce((sum, w) => sum + w, 0);
    return { p: weights.map((w) => w / total), logZ: Math.log(total) + top };
  };
  const dual = (a: number, b: number) => distribution(a, b).logZ - b * variance;
  for (let step = 0; step < 200; step++) {
    const { p } = distribution(a, b);
    const moment = (f: (d: number) => number) =>
      noises.reduce((sum, d, i) => sum + (p[i] as number) * f(d), 0);
    const m1 = moment((d) => d);
    const m2 = moment((d) => d * d);
    const m3 = moment((d) => d ** 3);
    const m4 = moment((d) => d ** 4);
    const g1 = m1;
    const g2 = m2 - variance;
    // Far finer than the 1/KEY_MODULUS (≈ 1e-9) the probabilities are rounded to afterwards.
    const converged = Math.abs(g1) < 1e-11 && Math.abs(g2) < 1e-11;
    if (converged) return p;
    // Hessian: covariance of (d, d²).
    const h11 = m2 - m1 * m1;
    const h12 = m3 - m1 * m2;
    const h22 = m4 - m2 * m2;
    const det = h11 * h22 - h12 * h12;
    if (!(det > 0)) break;
    const da = -(h22 * g1 - h12 * g2) / det;
    const db = -(h11 * g2 - h12 * g1) / det;
    let t = 1;
    const start = dual(a, b);
    const slope = g1 * da + g2 * db; // negative: Newton's direction descends the convex dual
    while (t > 1e-12 && dual(a + t * da, b + t * db) > start + 1e-4 * t * slope) t /= 2;
    // Rounding noise stops the line search just short of the tolerance: close enough is converged.
    if (t <= 1e-12) {
      if (Math.abs(g1) < 1e-9 && Math.abs(g2) < 1e-9) return p;
      break;
    }
    a += t * da;
    b += t * db;
  }
  throw new Error(
    `The noise cannot have mean 0 and variance ${variance} on {${noises.join(', ')}}: choose a larger variance`,
  );
}

/** Whole numbers of key values summing to `total`, as close to p·total as possible (largest remainders). */
function apportion(probabilities: readonly number[], total: number): number[] {
  const exact = probabilities.map((p) => p * total);
  const shares = exact.map(Math.floor);
  let left = total - shares.reduce((sum, s) => sum + s, 0);
  const order = exact
    .map((value, i) => ({ i, rest: value - Math.floor(value) }))
    .sort((x, y) => y.rest - x.rest);
  for (const { i } of order) {
    if (left === 0) break;
    shares[i] = (shares[i] as number) + 1;
    left--;
  }
  return shares;
}

export function buildPtable(parameters: PtableParameters): Ptable {
  const { maxDeviation: D, variance: V, js } = parameters;
  if (!Number.isInteger(D) || D < 1) throw new Error('D must be a whole number of at least 1');
  if (!Number.isInteger(js) || js < 0 || js >= D)
    throw new Error('js must be a whole number from 0 to D − 1');
  if (!(V > 0)) throw new Error('V must be positive');
  const rows: PtableRow[] = [];
  for (let count = 0; count <= js + D + 1; count++) {
    const noises = allowedNoises(count, parameters);
    const exact = count === 0 ? [1] : maxEntropyNoise(noises, V);
    const shares = apportion(exact, KEY_MODULUS);
    const kept = noises.flatMap((_, i) => ((shares[i] as number) > 0 ? [i] : []));
    let cumulative = 0;
    rows.push({
      count,
      noises: kept.map((i) => noises[i] as number),
      probabilities: kept.map((i) => (shares[i] as number) / KEY_MODULUS),
      bounds: kept.map((i) => {
        cumulative += shares[i] as number;
        return cumulative;
      }),
    });
  }
  return { parameters, rows };
}

/** The row a count uses: its own, or the last for every larger count. */
export function rowFor(ptable: Ptable, count: number): PtableRow {
  return ptable.rows[Math.min(count, ptable.rows.length - 1)] as PtableRow;
}

/** The noise the ptable adds to `count` for a cell with this key (0 ≤ key < KEY_MODULUS). */
export function noiseFor(ptable: Ptable, count: number, cellKey: number): number {
  const row = rowFor(ptable, count);
  // Binary search for the first bound above the key.
  let low = 0;
  let high = row.bounds.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (cellKey < (row.bounds[middle] as number)) high = middle;
    else low = middle + 1;
  }
  return row.noises[low] as number;
}

/**
 * The true counts that could have been published as `shown`: what an intruder who knows the ptable
 * (it is public) can conclude from one figure alone.
 */
export function possibleCounts(ptable: Ptable, shown: number): { min: number; max: number } {
  if (shown === 0) {
    let max = 0;
    for (let n = 1; n <= ptable.parameters.maxDeviation; n++)
      if (rowFor(ptable, n).noises.includes(-n)) max = n;
    return { min: 0, max };
  }
  const D = ptable.parameters.maxDeviation;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let n = Math.max(1, shown - D); n <= shown + D; n++) {
    if (rowFor(ptable, n).noises.includes(shown - n)) {
      min = Math.min(min, n);
      max = Math.max(max, n);
    }
  }
  return { min, max };
}
