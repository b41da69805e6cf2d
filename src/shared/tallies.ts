import { MAX_TALLY_COUNT } from './field-log';

/** A counted cell: a key naming the cell (gender, age band, depth …) and how many. */
export type Tally<K> = K & { count: number };

/**
 * One canonical form for a list of tallies: cells with the same key summed, empty cells dropped,
 * counts capped, sorted by key. Two lists mean the same thing exactly when their normal forms are equal.
 */
export function normaliseTallies<K extends object>(
  tallies: readonly Tally<K>[],
  keyOf: (cell: NoInfer<K>) => string,
): Tally<K>[] {
  const cells = new Map<string, Tally<K>>();
  for (const tally of tallies) {
    const key = keyOf(tally);
    const existing = cells.get(key);
    const count = (existing?.count ?? 0) + tally.count;
    cells.set(key, { ...tally, count });
  }
  return [...cells.entries()]
    .filter(([, tally]) => tally.count > 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, tally]) => ({ ...tally, count: Math.min(tally.count, MAX_TALLY_COUNT) }));
}

/** Adds `delta` to one cell (a +/− tap), never going below zero. */
export function adjustTally<K extends object>(
  tallies: readonly Tally<K>[],
  cell: K,
  delta: number,
  keyOf: (cell: NoInfer<K>) => string,
): Tally<K>[] {
  const key = keyOf(cell);
  const current = tallies.find((tally) => keyOf(tally) === key)?.count ?? 0;
  const others = tallies.filter((tally) => keyOf(tally) !== key);
  return normaliseTallies([...others, { ...cell, count: Math.max(0, current + delta) }], keyOf);
}

/**
 * Three-way merge of counters edited on two devices since a common version: each side's change
 * (its count minus the base count) is applied to the base, per cell. Two workers counting the same
 * shift on their phones both keep their counts; neither overwrites the other.
 */
export function mergeTallies<K extends object>(
  base: readonly Tally<K>[],
  mine: readonly Tally<K>[],
  theirs: readonly Tally<K>[],
  keyOf: (cell: NoInfer<K>) => string,
): Tally<K>[] {
  const count = (list: readonly Tally<K>[]) =>
    new Map(normaliseTallies(list, keyOf).map((t) => [keyOf(t), t.count]));
  const [b, m, t] = [count(base), count(mine), count(theirs)];
  const cells = new Map<string, Tally<K>>();
  for (const tally of [...base, ...mine, ...theirs]) cells.set(keyOf(tally), tally);
  const merged = [...cells.entries()].map(([key, cell]) => {
    const before = b.get(key) ?? 0;
    const total = before + ((m.get(key) ?? 0) - before) + ((t.get(key) ?? 0) - before);
    return { ...cell, count: Math.max(0, total) };
  });
  return normaliseTallies(merged, keyOf);
}

export function totalCount(tallies: readonly { count: number }[]): number {
  return tallies.reduce((sum, tally) => sum + tally.count, 0);
}

export const encounterKey = (cell: { gender: string; ageBandId: string; depth: string }) =>
  `${cell.gender}|${cell.ageBandId}|${cell.depth}`;
export const topicKey = (cell: { topicId: string }) => cell.topicId;
export const actionKey = (cell: {
  kind: string;
  serviceId: string | null;
  gender: string;
  ageBandId: string;
}) => `${cell.kind}|${cell.serviceId ?? ''}|${cell.gender}|${cell.ageBandId}`;
