import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adjustTally, encounterKey, mergeTallies, normaliseTallies, totalCount } from './tallies';

type Cell = { gender: string; ageBandId: string; depth: string };
const cell = fc.record({
  gender: fc.constantFrom('girl', 'boy', 'other'),
  ageBandId: fc.constantFrom('a', 'b', 'c'),
  depth: fc.constantFrom('brief', 'conversation', 'support'),
});
const tallies = fc.array(
  fc.record({ cell, count: fc.integer({ min: 0, max: 50 }) }).map(({ cell, count }) => ({ ...cell, count })),
  {
    maxLength: 20,
  },
);
const norm = (list: (Cell & { count: number })[]) => normaliseTallies(list, encounterKey);

describe('tallies', () => {
  it('normalising keeps the total, drops empty cells and is idempotent', () => {
    fc.assert(
      fc.property(tallies, (list) => {
        const once = norm(list);
        expect(totalCount(once)).toBe(totalCount(list));
        expect(once.every((t) => t.count > 0)).toBe(true);
        expect(norm(once)).toEqual(once);
        expect(new Set(once.map(encounterKey)).size).toBe(once.length);
      }),
    );
  });

  it('+ then − on a cell returns to where it was; − never goes below zero', () => {
    fc.assert(
      fc.property(tallies, cell, (list, target) => {
        const start = norm(list);
        expect(adjustTally(adjustTally(start, target, 1, encounterKey), target, -1, encounterKey)).toEqual(
          start,
        );
        const emptied = adjustTally(start, target, -10_000, encounterKey);
        expect(emptied.find((t) => encounterKey(t) === encounterKey(target))).toBeUndefined();
      }),
    );
  });

  it('merging keeps one side when the other did not change', () => {
    fc.assert(
      fc.property(tallies, tallies, (base, changed) => {
        expect(mergeTallies(base, changed, base, encounterKey)).toEqual(norm(changed));
        expect(mergeTallies(base, base, changed, encounterKey)).toEqual(norm(changed));
      }),
    );
  });

  it('merging is symmetric and adds both sides’ changes when counts only grow', () => {
    fc.assert(
      fc.property(tallies, tallies, tallies, (base, addMine, addTheirs) => {
        const mine = [...base, ...addMine];
        const theirs = [...base, ...addTheirs];
        const merged = mergeTallies(base, mine, theirs, encounterKey);
        expect(merged).toEqual(mergeTallies(base, theirs, mine, encounterKey));
        expect(totalCount(merged)).toBe(totalCount(base) + totalCount(addMine) + totalCount(addTheirs));
      }),
    );
  });

  it('never produces a negative or empty cell', () => {
    fc.assert(
      fc.property(tallies, tallies, tallies, (base, mine, theirs) => {
        expect(mergeTallies(base, mine, theirs, encounterKey).every((t) => t.count > 0)).toBe(true);
      }),
    );
  });
});
