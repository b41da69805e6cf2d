import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoReferences, makeShiftInput, saveBody } from '../../../test/support/shift-factory';
import { createTestApp, errorCode, type TestApp } from '../../../test/support/test-app';
import { uuidv7 } from '../../shared/uuidv7';
import { monthsBetween, previousPeriod, sameTimeLastYear } from './statistics.service';

let t: TestApp;
const march = 'from=2026-03-01&to=2026-03-31';
beforeAll(async () => {
  t = await createTestApp();
  const fatima = await t.signedIn('falt@demo.faltlogg.se');
  const { category } = await demoReferences(t);
  const teen = category('age_band', 'age_13_15');
  const older = category('age_band', 'age_16_17');
  const base = await makeShiftInput(t, { observations: [], actions: [] });
  const save = (shift: typeof base) =>
    fatima.put(`/api/units/${t.ids.unit.centre}/shifts/${uuidv7()}`, saveBody(shift, null));
  // 6 March: girls 13–15 ×12, boys 13–15 ×9, girls 16–17 ×3 (a small cell), other 16–17 ×1.
  await save({
    ...base,
    startsAt: '2026-03-06T19:00:00+01:00',
    endsAt: '2026-03-06T23:00:00+01:00',
    encounters: [
      { gender: 'girl', ageBandId: teen, depth: 'brief', count: 12 },
      { gender: 'boy', ageBandId: teen, depth: 'brief', count: 9 },
      { gender: 'girl', ageBandId: older, depth: 'conversation', count: 3 },
      { gender: 'other', ageBandId: older, depth: 'brief', count: 1 },
    ],
  });
  // 31 March 23:30 Stockholm is still March (it is 21:30 UTC): boys 16–17 ×8.
  await save({
    ...base,
    startsAt: '2026-03-31T23:30:00+02:00',
    endsAt: '2026-04-01T02:00:00+02:00',
    encounters: [{ gender: 'boy', ageBandId: older, depth: 'conversation', count: 8 }],
  });
  // Planned and cancelled shifts count nothing, whatever they carry.
  await save({
    ...base,
    status: 'cancelled',
    startsAt: '2026-03-10T19:00:00+01:00',
    endsAt: '2026-03-10T23:00:00+01:00',
    encounters: [{ gender: 'girl', ageBandId: teen, depth: 'brief', count: 50 }],
  });
});
afterAll(() => t.close());

type Row = { gender: string; cells: number[]; total: number };
type Body = {
  byGenderAndAge: Row[];
  ageTotals: number[];
  byGenderAndDepth: Row[];
  depthTotals: number[];
  total: number;
  byMonth: { byGender: Record<string, number>; total: number }[];
};
/** Every figure of a contacts answer, in a fixed order. */
const figuresOf = (body: Body) => [
  ...body.byGenderAndAge.flatMap((r) => [...r.cells, r.total]),
  ...body.ageTotals,
  ...body.byGenderAndDepth.flatMap((r) => [...r.cells, r.total]),
  ...body.depthTotals,
  body.total,
  ...body.byMonth.flatMap((m) => [...Object.values(m.byGender), m.total]),
];

describe('contact statistics', () => {
  it('shows a unit’s own manager the exact counts, by gender × age and by month', async () => {
    const chef = await t.signedIn('chef@demo.faltlogg.se');
    const body = await (
      await chef.get(`/api/units/${t.ids.unit.centre}/statistics/contacts?${march}`)
    ).json();
    expect(body.protection).toBe('exact');
    expect(body.total).toBe(33);
    const labels = body.ageBands.map((b: { labelSv: string }) => b.labelSv);
    const col = (label: string) => labels.indexOf(label);
    const row = (gender: string) => body.byGenderAndAge.find((r: Row) => r.gender === gender) as Row;
    expect(row('girl').cells[col('13–15')]).toBe(12);
    expect(row('girl').cells[col('16–17')]).toBe(3);
    expect(row('boy').total).toBe(17);
    expect(row('other').total).toBe(1);
    expect(body.byMonth).toEqual([
      { month: '2026-03', byGender: { girl: 15, boy: 17, other: 1 }, total: 33 },
    ]);
  });

  it('shows an analyst the same unit by the cell-key method: every figure near the truth, none hidden', async () => {
    const url = `/api/units/${t.ids.unit.centre}/statistics/contacts?${march}`;
    const exact = (await (await (await t.signedIn('chef@demo.faltlogg.se')).get(url)).json()) as Body;
    const analyst = await t.signedIn('analytiker@demo.faltlogg.se');
    const body = await (await analyst.get(url)).json();
    expect(body.protection).toBe('cellKey');
    const seen = figuresOf(body);
    const truth = figuresOf(exact);
    seen.forEach((value, i) => {
      const real = truth[i] as number;
      expect(Number.isInteger(value)).toBe(true);
      expect(Math.abs(value - real)).toBeLessThanOrEqual(4);
      expect(value).not.toBe(1);
      if (real === 0) expect(value).toBe(0);
    });
    // Not a copy of the truth: some figure carries noise.
    expect(seen).not.toEqual(truth);
    // The same cell in different tables is the same figure: the gender totals of all three tables.
    const totals = (rows: Row[]) => rows.map((r) => r.total);
    expect(totals(body.byGenderAndDepth)).toEqual(totals(body.byGenderAndAge));
    expect(Object.values(body.byMonth[0].byGender)).toEqual(totals(body.byGenderAndAge));
    expect(body.byMonth[0].total).toBe(body.total);
    // And it is the same figure every time it is asked for.
    expect(await (await analyst.get(url)).json()).toEqual(body);
  });

  it('adds up an administration and the municipality from their units', async () => {
    const analyst = await t.signedIn('analytiker@demo.faltlogg.se');
    const administration = await (
      await analyst.get(`/api/administrations/${t.ids.administration.north}/statistics/contacts?${march}`)
    ).json();
    expect(administration.scope).toMatchObject({
      kind: 'administration',
      name: 'Norra stadsdelsförvaltningen',
    });
    const municipality = await (await analyst.get(`/api/statistics/contacts?${march}`)).json();
    expect(municipality.scope.name).toBe('Demo stad');
    // March's only contacts are Centrum's: the same records, so the same published figures.
    expect(municipality.total).toBe(administration.total);
    expect(municipality.byGenderAndAge).toEqual(administration.byGenderAndAge);
    const unit = await (
      await analyst.get(`/api/units/${t.ids.unit.centre}/statistics/contacts?${march}`)
    ).json();
    expect(unit.total).toBe(municipality.total);
    const south = await (
      await analyst.get(`/api/administrations/${t.ids.administration.south}/statistics/contacts?${march}`)
    ).json();
    expect(south.total).toBe(0); // no contacts: zero stays zero
  });

  it('reaches only as far as the caller’s role', async () => {
    const north = await t.signedIn('analytiker.norr@demo.faltlogg.se');
    expect(
      (await north.get(`/api/administrations/${t.ids.administration.north}/statistics/contacts?${march}`))
        .status,
    ).toBe(200);
    expect((await north.get(`/api/units/${t.ids.unit.centre}/statistics/contacts?${march}`)).status).toBe(
      200,
    );
    expect(
      (await north.get(`/api/administrations/${t.ids.administration.south}/statistics/contacts?${march}`))
        .status,
    ).toBe(404);
    expect((await north.get(`/api/units/${t.ids.unit.south}/statistics/contacts?${march}`)).status).toBe(404);
    expect((await north.get(`/api/statistics/contacts?${march}`)).status).toBe(403);
    const fatima = await t.signedIn('falt@demo.faltlogg.se');
    expect((await fatima.get(`/api/units/${t.ids.unit.south}/statistics/contacts?${march}`)).status).toBe(
      404,
    );
    expect((await fatima.get(`/api/statistics/contacts?${march}`)).status).toBe(403);
    for (const email of ['mottagning@demo.faltlogg.se', 'polis@demo.faltlogg.se', 'admin@demo.faltlogg.se']) {
      const client = await t.signedIn(email);
      expect((await client.get(`/api/statistics/contacts?${march}`)).status, email).toBe(403);
    }
  });

  it('refuses a backwards or overlong period', async () => {
    const chef = await t.signedIn('chef@demo.faltlogg.se');
    const url = `/api/units/${t.ids.unit.centre}/statistics/contacts`;
    expect(await errorCode(await chef.get(`${url}?from=2026-04-01&to=2026-03-01`))).toBe('validation_failed');
    expect(await errorCode(await chef.get(`${url}?from=2020-01-01&to=2026-03-01`))).toBe('validation_failed');
  });

  it('compares with the period before and the same dates last year', async () => {
    const chef = await t.signedIn('chef@demo.faltlogg.se');
    const april = await (
      await chef.get(`/api/units/${t.ids.unit.centre}/statistics/contacts?from=2026-04-01&to=2026-04-30`)
    ).json();
    expect(april.comparisons.previousPeriod).toMatchObject({
      from: '2026-03-01',
      to: '2026-03-31',
      total: 33,
    });
    expect(april.comparisons.previousPeriod.byGender).toEqual({ girl: 15, boy: 17, other: 1 });
    expect(april.comparisons.sameTimeLastYear).toMatchObject({
      from: '2025-04-01',
      to: '2025-04-30',
      total: 0,
    });
    const analyst = await t.signedIn('analytiker@demo.faltlogg.se');
    const seen = await (
      await analyst.get(`/api/units/${t.ids.unit.centre}/statistics/contacts?from=2026-04-01&to=2026-04-30`)
    ).json();
    // March as the comparison is March as its own page shows it.
    const marchSeen = await (
      await analyst.get(`/api/units/${t.ids.unit.centre}/statistics/contacts?${march}`)
    ).json();
    expect(seen.comparisons.previousPeriod.total).toBe(marchSeen.total);
    expect(seen.comparisons.previousPeriod.byGender).toEqual(marchSeen.byMonth[0].byGender);
  });

  it('lists the months a period touches', () => {
    expect(previousPeriod({ from: '2026-03-01', to: '2026-03-31' })).toEqual({
      from: '2026-02-01',
      to: '2026-02-28',
    });
    expect(previousPeriod({ from: '2026-05-01', to: '2026-08-31' })).toEqual({
      from: '2026-01-01',
      to: '2026-04-30',
    });
    expect(previousPeriod({ from: '2026-01-01', to: '2026-12-31' })).toEqual({
      from: '2025-01-01',
      to: '2025-12-31',
    });
    expect(previousPeriod({ from: '2026-03-09', to: '2026-03-15' })).toEqual({
      from: '2026-03-02',
      to: '2026-03-08',
    });
    expect(sameTimeLastYear({ from: '2028-02-29', to: '2028-03-31' })).toEqual({
      from: '2027-02-28',
      to: '2027-03-31',
    });
    expect(monthsBetween('2025-11-15', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-03-01', '2026-03-31')).toEqual(['2026-03']);
  });
});
