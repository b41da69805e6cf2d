/**
 * What an intruder can prove about true counts from published figures: the test suite's attacker
 * (intruder.test.ts), kept beside the method it attacks. Each published figure is a variable known to
 * lie in an interval (from the public ptable: `possibleCounts`), and the intruder knows how the
 * figures tie together (a total is the sum of its parts; a week and a day make the week and a day).
 * The tightest bounds the intruder can prove on any variable are the minimum and maximum of that
 * variable over all solutions: two linear programs, solved here by a small two-phase simplex with
 * Bland's rule (no cycling). Tables' margin equations are network matrices, so the linear bounds are
 * the integer ones; rounding inward covers the rest.
 */
export type Interval = { lo: number; hi: number };

/** A count nobody published: at least zero, and no more than this (large enough never to bind). */
const UNKNOWN_MAX = 1_000_000;
const EPS = 1e-9;

export class IntruderSystem {
  private readonly index = new Map<string, number>();
  private readonly intervals: Interval[] = [];
  private readonly equations: { total: number; parts: number[] }[] = [];

  /** A figure: known to lie in `interval`, or unpublished (anything from 0 up). */
  variable(name: string, interval: Interval | null = null): string {
    const known = interval ?? { lo: 0, hi: UNKNOWN_MAX };
    const at = this.index.get(name);
    if (at === undefined) {
      this.index.set(name, this.intervals.length);
      this.intervals.push({ ...known });
    } else {
      // The same figure seen twice (two pages showing one cell): both intervals hold.
      const current = this.intervals[at] as Interval;
      this.intervals[at] = { lo: Math.max(current.lo, known.lo), hi: Math.min(current.hi, known.hi) };
    }
    return name;
  }

  has(name: string): boolean {
    return this.index.has(name);
  }

  /** `total` is the sum of `parts` (variables made on first mention, unpublished). */
  sum(total: string, parts: readonly string[]): void {
    const id = (name: string) => this.index.get(this.variable(name)) as number;
    this.equations.push({ total: id(total), parts: parts.map(id) });
  }

  get size(): number {
    return this.intervals.length;
  }

  /** The proven bounds of the named variables (every one, by default), by name. */
  bounds(names: readonly string[] = [...this.index.keys()]): Map<string, Interval> {
    const solver = new Simplex(this.intervals, this.equations);
    const result = new Map<string, Interval>();
    for (const name of names) {
      const i = this.index.get(name);
      if (i === undefined) throw new Error(`No figure ${name} in this system`);
      const base = this.intervals[i] as Interval;
      // Round inward: the true count is a whole number.
      const lo = Math.ceil(solver.optimum(i, 'min') - 1e-6);
      const hi = Math.floor(solver.optimum(i, 'max') + 1e-6);
      result.set(name, { lo: Math.max(lo, base.lo), hi: Math.min(hi, base.hi) });
    }
    return result;
  }
}

/**
 * min or max of x_target subject to lo ≤ x ≤ hi and the sum equations. Standard form with
 * y = x − lo ≥ 0, y + s = hi − lo, and for each equation Σ a·y = −Σ a·lo (an artificial variable
 * per equation row in phase 1). Phase 1 runs once; each objective then continues from its tableau.
 */
class Simplex {
  private readonly rows: Float64Array[] = [];
  private readonly rhs: number[] = [];
  private readonly basis: number[] = [];
  private readonly lower: number[];
  private readonly n: number;
  private readonly columns: number;

  constructor(intervals: readonly Interval[], equations: readonly { total: number; parts: number[] }[]) {
    const n = intervals.length;
    this.n = n;
    this.lower = intervals.map((interval) => interval.lo);
    const artificials = equations.length;
    // Columns: y (n), s (n), artificials.
    this.columns = 2 * n + artificials;
    equations.forEach((equation, k) => {
      const row = new Float64Array(this.columns);
      row[equation.total] = (row[equation.total] as number) - 1;
      for (const part of equation.parts) row[part] = (row[part] as number) + 1;
      let b = 0;
      for (let j = 0; j < n; j++) b -= (row[j] as number) * (this.lower[j] as number);
      if (b < 0) {
        for (let j = 0; j < n; j++) row[j] = -(row[j] as number);
        b = -b;
      }
      row[2 * n + k] = 1;
      this.rows.push(row);
      this.rhs.push(b);
      this.basis.push(2 * n + k);
    });
    intervals.forEach((interval, j) => {
      const row = new Float64Array(this.columns);
      row[j] = 1;
      row[n + j] = 1;
      this.rows.push(row);
      this.rhs.push(interval.hi - interval.lo);
      this.basis.push(n + j);
    });
    // Phase 1: minimise the artificials' sum.
    const phase1 = new Float64Array(this.columns);
    for (let k = 0; k < artificials; k++) phase1[2 * n + k] = 1;
    const infeasibility = this.solve(phase1, this.columns);
    if (infeasibility > 1e-6) throw new Error('The published figures contradict the intruder’s model');
    // Drive artificials out of the basis, or drop their rows when the equations repeat themselves.
    for (let r = this.rows.length - 1; r >= 0; r--) {
      if ((this.basis[r] as number) < 2 * n) continue;
      const row = this.rows[r] as Float64Array;
      let pivotColumn = -1;
      for (let j = 0; j < 2 * n && pivotColumn === -1; j++)
        if (Math.abs(row[j] as number) > EPS) pivotColumn = j;
      if (pivotColumn === -1) {
        this.rows.splice(r, 1);
        this.rhs.splice(r, 1);
        this.basis.splice(r, 1);
      } else this.pivot(r, pivotColumn);
    }
  }

  optimum(target: number, sense: 'min' | 'max'): number {
    const copy = new Simplex.Snapshot(this);
    const cost = new Float64Array(this.columns);
    cost[target] = sense === 'min' ? 1 : -1;
    // Artificials may not re-enter: only the 2n real columns are candidates.
    const value = copy.run(cost, 2 * this.n);
    const y = sense === 'min' ? value : -value;
    return (this.lower[target] as number) + y;
  }

  /** Minimises cost·(columns) from the current basic feasible solution; returns the optimum. */
  private solve(cost: Float64Array, candidates: number): number {
    return Simplex.iterate(this.rows, this.rhs, this.basis, cost, candidates);
  }

  private pivot(r: number, column: number): void {
    Simplex.pivotOn(this.rows, this.rhs, this.basis, r, column);
  }

  static pivotOn(rows: Float64Array[], rhs: number[], basis: number[], r: number, column: number) {
    const pivotRow = rows[r] as Float64Array;
    const factor = pivotRow[column] as number;
    for (let j = 0; j < pivotRow.length; j++) pivotRow[j] = (pivotRow[j] as number) / factor;
    rhs[r] = (rhs[r] as number) / factor;
    for (let i = 0; i < rows.length; i++) {
      if (i === r) continue;
      const row = rows[i] as Float64Array;
      const f = row[column] as number;
      if (Math.abs(f) < EPS) continue;
      for (let j = 0; j < row.length; j++) row[j] = (row[j] as number) - f * (pivotRow[j] as number);
      rhs[i] = (rhs[i] as number) - f * (rhs[r] as number);
    }
    basis[r] = column;
  }

  static iterate(
    rows: Float64Array[],
    rhs: number[],
    basis: number[],
    cost: Float64Array,
    candidates: number,
  ) {
    for (let step = 0; step < 50_000; step++) {
      // Reduced cost of column j: c_j − Σ c_B · a_j.
      let entering = -1;
      for (let j = 0; j < candidates && entering === -1; j++) {
        if (basis.includes(j)) continue;
        let reduced = cost[j] as number;
        for (let i = 0; i < rows.length; i++)
          reduced -= (cost[basis[i] as number] as number) * ((rows[i] as Float64Array)[j] as number);
        if (reduced < -EPS) entering = j;
      }
      if (entering === -1) break;
      let leaving = -1;
      let best = Number.POSITIVE_INFINITY;
      for (let i = 0; i < rows.length; i++) {
        const a = (rows[i] as Float64Array)[entering] as number;
        if (a <= EPS) continue;
        const ratio = (rhs[i] as number) / a;
        if (
          ratio < best - EPS ||
          (Math.abs(ratio - best) <= EPS && (basis[i] as number) < (basis[leaving] as number))
        ) {
          best = ratio;
          leaving = i;
        }
      }
      if (leaving === -1) throw new Error('Unbounded: every figure is bounded, so this is a bug');
      Simplex.pivotOn(rows, rhs, basis, leaving, entering);
    }
    let value = 0;
    for (let i = 0; i < rows.length; i++) value += (cost[basis[i] as number] as number) * (rhs[i] as number);
    return value;
  }

  /** A copy of the tableau to optimise one objective on, leaving the phase-1 result for the next. */
  static Snapshot = class {
    private readonly rows: Float64Array[];
    private readonly rhs: number[];
    private readonly basis: number[];
    constructor(source: Simplex) {
      this.rows = source.rows.map((row) => row.slice());
      this.rhs = [...source.rhs];
      this.basis = [...source.basis];
    }
    run(cost: Float64Array, candidates: number): number {
      return Simplex.iterate(this.rows, this.rhs, this.basis, cost, candidates);
    }
  };
}
