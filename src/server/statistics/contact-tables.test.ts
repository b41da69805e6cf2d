import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { publishContacts } from './contact-tables';
import { determinedUnknowns } from './linear-disclosure';

/** Counts by gender × age × month; both published tables are its margins. */
const cube = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }))
  .chain(([ages, months]) =>
    fc.array(
      fc.array(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 30 })), {
          minLength: months,
          maxLength: months,
        }),
        {
          minLength: ages,
          maxLength: ages,
        },
      ),
      { minLength: 3, maxLength: 3 },
    ),
  );

function margins(counts: number[][][]) {
  const genderByAge = counts.map((ages) => ages.map((months) => months.reduce((a, b) => a + b, 0)));
  const monthCount = counts[0]?.[0]?.length ?? 0;
  const monthByGender = Array.from({ length: monthCount }, (_, m) =>
    counts.map((ages) => ages.reduce((a, months) => a + (months[m] ?? 0), 0)),
  );
  return { genderByAge, monthByGender };
}

describe('published contact tables', () => {
  it('never show a figure below the threshold, in either table', () => {
    fc.assert(
      fc.property(cube, (counts) => {
        const { genderByAge, monthByGender } = margins(counts);
        const p = publishContacts(genderByAge, monthByGender, 5, false);
        const all = [
          ...p.byGenderAndAge.cells.flat(),
          ...p.byGenderAndAge.rowTotals,
          ...p.byGenderAndAge.columnTotals,
          p.byGenderAndAge.total,
          ...p.byMonth.cells.flat(),
          ...p.byMonth.totals,
        ];
        expect(all.every((v) => typeof v !== 'number' || v >= 5)).toBe(true);
        // A figure marked protected is never a small one: that would be a false label.
        const flat = [...genderByAge.flat()];
        expect(
          p.byGenderAndAge.cells.flat().every((v, i) => v !== 'protected' || (flat[i] as number) >= 5),
        ).toBe(true);
      }),
    );
  });

  it('let no hidden figure be recomputed by combining the two tables', () => {
    fc.assert(
      fc.property(cube, (counts) => {
        const { genderByAge, monthByGender } = margins(counts);
        const p = publishContacts(genderByAge, monthByGender, 5, false);
        // Name every published figure, as an outsider reading both tables would.
        const names: string[] = [];
        const values: (number | null | 'protected')[] = [];
        const put = (name: string, value: number | null | 'protected') => {
          names.push(name);
          values.push(value);
        };
        for (const [g, row] of p.byGenderAndAge.cells.entries())
          for (const [a, v] of row.entries()) put(`ga${g},${a}`, v);
        for (const [g, v] of p.byGenderAndAge.rowTotals.entries()) put(`g${g}`, v);
        for (const [a, v] of p.byGenderAndAge.columnTotals.entries()) put(`a${a}`, v);
        put('all', p.byGenderAndAge.total);
        for (const [m, row] of p.byMonth.cells.entries())
          for (const [g, v] of row.entries()) put(`mg${m},${g}`, v);
        for (const [m, v] of p.byMonth.totals.entries()) put(`m${m}`, v);
        const hidden = names.filter((_, i) => typeof values[i] !== 'number');
        const unknown = new Map(hidden.map((n, i) => [n, i]));
        const eq = (parts: string[], total: string) =>
          [...parts.map((n): [string, number] => [n, 1]), [total, -1] as [string, number]]
            .filter(([n]) => unknown.has(n))
            .map(([n, k]): [number, number] => [unknown.get(n) as number, k]);
        const G = 3;
        const A = genderByAge[0]?.length ?? 0;
        const M = monthByGender.length;
        const r = (n: number) => Array.from({ length: n }, (_, i) => i);
        const equations = [
          ...r(G).map((g) =>
            eq(
              r(A).map((a) => `ga${g},${a}`),
              `g${g}`,
            ),
          ),
          ...r(A).map((a) =>
            eq(
              r(G).map((g) => `ga${g},${a}`),
              `a${a}`,
            ),
          ),
          eq(
            r(G).map((g) => `g${g}`),
            'all',
          ),
          eq(
            r(A).map((a) => `a${a}`),
            'all',
          ),
          ...r(M).map((m) =>
            eq(
              r(G).map((g) => `mg${m},${g}`),
              `m${m}`,
            ),
          ),
          ...r(G).map((g) =>
            eq(
              r(M).map((m) => `mg${m},${g}`),
              `g${g}`,
            ),
          ),
          eq(
            r(M).map((m) => `m${m}`),
            'all',
          ),
        ];
        expect([...determinedUnknowns(equations, hidden.length)].map((i) => hidden[i])).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('are exact, totals included, for a unit’s own staff', () => {
    const p = publishContacts(
      [
        [1, 2],
        [3, 4],
        [0, 1],
      ],
      [
        [1, 2, 0],
        [3, 5, 1],
      ],
      5,
      true,
    );
    expect(p.byGenderAndAge.cells).toEqual([
      [1, 2],
      [3, 4],
      [0, 1],
    ]);
    expect(p.byGenderAndAge.total).toBe(11);
    expect(p.byMonth.totals).toEqual([3, 9]);
  });
});
