import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IntruderSystem } from './intruder-bounds';

/** A 2 × 2 table with its margins: cells a b / c d, row totals r0 r1, column totals c0 c1, total t. */
function table(intervals: Record<string, { lo: number; hi: number } | null>) {
  const system = new IntruderSystem();
  for (const [name, interval] of Object.entries(intervals)) system.variable(name, interval);
  system.sum('r0', ['a', 'b']);
  system.sum('r1', ['c', 'd']);
  system.sum('c0', ['a', 'c']);
  system.sum('c1', ['b', 'd']);
  system.sum('t', ['r0', 'r1']);
  system.sum('t', ['c0', 'c1']);
  return system;
}

/** Every figure of the table, from its four cells. */
const withMargins = (a: number, b: number, c: number, d: number): Record<string, number> => ({
  a,
  b,
  c,
  d,
  r0: a + b,
  r1: c + d,
  c0: a + c,
  c1: b + d,
  t: a + b + c + d,
});

/** The same bounds by trying every whole-number table the intervals allow. */
function bruteForce(intervals: Record<string, { lo: number; hi: number } | null>, max: number) {
  const found = new Map<string, { lo: number; hi: number }>();
  const within = (name: string, value: number) => {
    const i = intervals[name];
    return !i || (value >= i.lo && value <= i.hi);
  };
  for (let a = 0; a <= max; a++)
    for (let b = 0; b <= max; b++)
      for (let c = 0; c <= max; c++)
        for (let d = 0; d <= max; d++) {
          const values = withMargins(a, b, c, d);
          if (!Object.entries(values).every(([name, v]) => within(name, v))) continue;
          for (const [name, v] of Object.entries(values)) {
            const seen = found.get(name);
            found.set(name, { lo: Math.min(seen?.lo ?? v, v), hi: Math.max(seen?.hi ?? v, v) });
          }
        }
  return found;
}

describe('the intruder’s bounds', () => {
  it('are exactly what trying every possible table proves', () => {
    const NAMES = ['a', 'b', 'c', 'd', 'r0', 'r1', 'c0', 'c1', 't'] as const;
    fc.assert(
      fc.property(
        fc.tuple(fc.nat(5), fc.nat(5), fc.nat(5), fc.nat(5)),
        fc.array(fc.tuple(fc.nat(3), fc.nat(3), fc.boolean()), { minLength: 9, maxLength: 9 }),
        ([a, b, c, d], noise) => {
          const truth = withMargins(a, b, c, d);
          // Each cell published as an interval around its truth (so the search below is finite);
          // each total too, or not at all.
          const intervals = Object.fromEntries(
            NAMES.map((name, i) => {
              const [below, above, shown] = noise[i] as [number, number, boolean];
              const v = truth[name] as number;
              return [name, shown || i < 4 ? { lo: Math.max(0, v - below), hi: v + above } : null];
            }),
          );
          const proven = table(intervals).bounds();
          const exact = bruteForce(intervals, 5 + 3);
          for (const name of NAMES) expect(proven.get(name), name).toEqual(exact.get(name));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('pins a small figure from exact neighbours, as suppression by differencing failed', () => {
    const exact = (v: number) => ({ lo: v, hi: v });
    const system = new IntruderSystem();
    system.variable('week', exact(40));
    system.variable('week and a day', exact(43));
    system.sum('week and a day', ['week', 'the day']);
    expect(system.bounds().get('the day')).toEqual({ lo: 3, hi: 3 });
  });

  it('pins nothing in 1..4 when every figure is only known to ±2', () => {
    const around = (v: number) => ({ lo: Math.max(0, v - 2), hi: v + 2 });
    const system = new IntruderSystem();
    system.variable('week', around(40));
    system.variable('week and a day', around(43));
    system.variable('the day', around(3));
    system.sum('week and a day', ['week', 'the day']);
    const day = system.bounds().get('the day');
    expect(day?.lo).toBeLessThan(day?.hi ?? 0);
  });
});
