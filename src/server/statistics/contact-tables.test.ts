import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { publishContacts } from './contact-tables';
import type { PublishedTable } from './disclosure-system';
import { determinedUnknowns } from './linear-disclosure';
import type { Published } from './suppression';

const small = fc.oneof(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 30 }));
const sized = <T>(n: number, of: fc.Arbitrary<T>) => fc.array(of, { minLength: n, maxLength: n });

/** Counts by gender × age × month × depth; every published table is one of its margins. */
const cube = fc
  .tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }))
  .chain(([ages, months, depths]) =>
    sized(3, sized(ages, sized(months, fc.array(small, { minLength: depths, maxLength: depths })))),
  );

const range = (n: number) => Array.from({ length: n }, (_, i) => i);
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

function margins(counts: number[][][][]) {
  const A = counts[0]?.length ?? 0;
  const M = counts[0]?.[0]?.length ?? 0;
  const D = counts[0]?.[0]?.[0]?.length ?? 0;
  const at = (g: number, a: number, m: number, d: number) => counts[g]?.[a]?.[m]?.[d] ?? 0;
  const over = (f: (a: number, m: number, d: number) => number) =>
    sum(range(A).flatMap((a) => range(M).flatMap((m) => range(D).map((d) => f(a, m, d)))));
  return {
    genderByAge: range(3).map((g) =>
      range(A).map((a) => over((a2, m, d) => (a2 === a ? at(g, a, m, d) : 0))),
    ),
    monthByGender: range(M).map((m) =>
      range(3).map((g) => over((a, m2, d) => (m2 === m ? at(g, a, m, d) : 0))),
    ),
    genderByDepth: range(3).map((g) =>
      range(D).map((d) => over((a, m, d2) => (d2 === d ? at(g, a, m, d) : 0))),
    ),
  };
}

/**
 * What an outsider reading all three tables knows: every published figure by name, and every
 * equation that ties them (the shared gender totals and grand total are one name each).
 */
function outsiderView(p: ReturnType<typeof publishContacts>) {
  const values = new Map<string, Published>();
  const equations: [string[], string][] = [];
  const table = (
    prefix: string,
    t: PublishedTable,
    rowName: (r: number) => string,
    colName: (c: number) => string,
  ) => {
    for (const [r, row] of t.cells.entries()) {
      for (const [c, v] of row.entries()) values.set(`${prefix}${r},${c}`, v);
      equations.push([row.map((_, c) => `${prefix}${r},${c}`), rowName(r)]);
    }
    for (const [r, v] of t.rowTotals.entries()) values.set(rowName(r), v);
    for (const [c, v] of t.columnTotals.entries()) {
      values.set(colName(c), v);
      equations.push([t.cells.map((_, r) => `${prefix}${r},${c}`), colName(c)]);
    }
    values.set('all', t.total);
    equations.push([t.rowTotals.map((_, r) => rowName(r)), 'all']);
    equations.push([t.columnTotals.map((_, c) => colName(c)), 'all']);
  };
  table(
    'ga',
    p.byGenderAndAge,
    (g) => `g${g}`,
    (a) => `a${a}`,
  );
  table(
    'mg',
    {
      ...p.byMonth,
      rowTotals: p.byMonth.totals,
      columnTotals: p.byGenderAndAge.rowTotals,
      total: p.byGenderAndAge.total,
    },
    (m) => `m${m}`,
    (g) => `g${g}`,
  );
  table(
    'gd',
    p.byGenderAndDepth,
    (g) => `g${g}`,
    (d) => `d${d}`,
  );
  return { values, equations };
}

describe('published contact tables', () => {
  it('never show a figure below the threshold, in any table', () => {
    fc.assert(
      fc.property(cube, (counts) => {
        const p = publishContacts(margins(counts), 5, false);
        const { values } = outsiderView(p);
        expect([...values.values()].every((v) => typeof v !== 'number' || v >= 5)).toBe(true);
        // A figure marked protected is never a small one: that would be a false label.
        const flat = margins(counts).genderByAge.flat();
        expect(
          p.byGenderAndAge.cells.flat().every((v, i) => v !== 'protected' || (flat[i] as number) >= 5),
        ).toBe(true);
      }),
    );
  });

  it('let no hidden figure be recomputed by combining the three tables', () => {
    fc.assert(
      fc.property(cube, (counts) => {
        const { values, equations } = outsiderView(publishContacts(margins(counts), 5, false));
        const hidden = [...values.keys()].filter((name) => typeof values.get(name) !== 'number');
        const unknown = new Map(hidden.map((name, i) => [name, i]));
        const reduced = equations.map(([parts, total]) =>
          [...parts.map((n): [string, number] => [n, 1]), [total, -1] as [string, number]]
            .filter(([n]) => unknown.has(n))
            .map(([n, k]): [number, number] => [unknown.get(n) as number, k]),
        );
        expect([...determinedUnknowns(reduced, hidden.length)].map((i) => hidden[i])).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('are exact, totals included, for a unit’s own staff', () => {
    const p = publishContacts(
      {
        genderByAge: [
          [1, 2],
          [3, 4],
          [0, 1],
        ],
        monthByGender: [
          [1, 2, 0],
          [2, 5, 1],
        ],
        genderByDepth: [
          [3, 0],
          [6, 1],
          [1, 0],
        ],
      },
      5,
      true,
    );
    expect(p.byGenderAndAge.cells).toEqual([
      [1, 2],
      [3, 4],
      [0, 1],
    ]);
    expect(p.byGenderAndAge.total).toBe(11);
    expect(p.byMonth.totals).toEqual([3, 8]);
    expect(p.byGenderAndDepth.rowTotals).toEqual([3, 7, 1]);
  });

  it('refuses tables whose shared totals disagree', () => {
    expect(() =>
      publishContacts(
        { genderByAge: [[1], [2], [3]], monthByGender: [[1, 2, 4]], genderByDepth: [[1], [2], [3]] },
        5,
        true,
      ),
    ).toThrow(/Shared figure/);
  });
});
