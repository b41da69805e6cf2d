import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoReferences, makeShiftInput, saveBody } from '../../../test/support/shift-factory';
import { createTestApp, type TestApp } from '../../../test/support/test-app';
import { uuidv7 } from '../../shared/uuidv7';
import type { Indicators } from './indicators.schema';
import type { UnitComparison } from './unit-comparison.schema';

/**
 * A small fixed March for Fältgruppen Centrum, with every indicator worked out by hand below.
 *   A  Fri 13 Mar 19–23, outreach: areas Stortorget + Resecentrum, arena street, night walkers,
 *      universal; girls 13–15 ×12, boys 13–15 ×9, girls 16–17 ×3; topics school 3, alcohol 2;
 *      one gathering (medium); guidance to the youth clinic (girl ×1), a report of concern (boy ×1).
 *   B  Sat 14 Mar 22–02, outreach: Stortorget, no arena, police, selective; boys 16–17 ×8;
 *      topic school 4; guidance to the youth clinic (boy ×6).
 *   C  Mon 16 Mar 09–12, administration, an hour of it collaboration; Fatima the whole span,
 *      Erik two hours: 5 staff hours, 2/3 administration and 1/3 collaboration.
 *   An activity outside shifts: Fatima's training on 18 Mar, 1 hour.
 *   D  planned 20 Mar 19–23; E cancelled 21 Mar 19–23 (it carries contacts that must not count).
 * Fältgruppen Söder: one outreach shift, girls 13–15 ×20, boys ×2.
 */
let t: TestApp;
const march = 'from=2026-03-01&to=2026-03-31';
beforeAll(async () => {
  t = await createTestApp();
  const { category, area } = await demoReferences(t);
  const teen = category('age_band', 'age_13_15');
  const older = category('age_band', 'age_16_17');
  const clinic = category('service', 'youth_clinic');
  const base = await makeShiftInput(t, { observations: [], actions: [], topics: [], partners: [] });
  const fatima = await t.signedIn('falt@demo.faltlogg.se');
  const save = (shift: typeof base, unitId = t.ids.unit.centre, as = fatima) =>
    as.put(`/api/units/${unitId}/shifts/${uuidv7()}`, saveBody(shift, null)).then(async (r) => {
      expect(r.status, JSON.stringify(await r.json())).toBe(201);
    });
  const evening = (day: string) => ({
    startsAt: `2026-03-${day}T19:00:00+01:00`,
    endsAt: `2026-03-${day}T23:00:00+01:00`,
  });
  await save({
    ...(await makeShiftInput(t)),
    ...evening('13'),
    areaIds: [area('Stortorget'), area('Resecentrum')],
    arenaIds: [category('arena', 'street')],
    partners: ['night_walkers'],
    preventionLevel: 'universal',
    encounters: [
      { gender: 'girl', ageBandId: teen, depth: 'brief', count: 12 },
      { gender: 'boy', ageBandId: teen, depth: 'brief', count: 9 },
      { gender: 'girl', ageBandId: older, depth: 'conversation', count: 3 },
    ],
    topics: [
      { topicId: category('topic', 'school'), count: 3 },
      { topicId: category('topic', 'alcohol'), count: 2 },
    ],
    actions: [
      { kind: 'guidance', serviceId: clinic, gender: 'girl', ageBandId: older, count: 1 },
      { kind: 'report_of_concern', serviceId: null, gender: 'boy', ageBandId: teen, count: 1 },
    ],
  });
  await save({
    ...base,
    startsAt: '2026-03-14T22:00:00+01:00',
    endsAt: '2026-03-15T02:00:00+01:00',
    areaIds: [area('Stortorget')],
    arenaIds: [],
    partners: ['police'],
    preventionLevel: 'selective',
    encounters: [{ gender: 'boy', ageBandId: older, depth: 'conversation', count: 8 }],
    topics: [{ topicId: category('topic', 'school'), count: 4 }],
    actions: [{ kind: 'guidance', serviceId: clinic, gender: 'boy', ageBandId: teen, count: 6 }],
  });
  await save({
    ...base,
    kind: 'collaboration',
    timeUse: 'administration',
    startsAt: '2026-03-16T09:00:00+01:00',
    endsAt: '2026-03-16T12:00:00+01:00',
    staffIds: [t.ids.user('falt@demo.faltlogg.se'), t.ids.user('falt2@demo.faltlogg.se')],
    staffMinutes: [{ userId: t.ids.user('falt2@demo.faltlogg.se'), minutes: 120 }],
    timeSplit: [{ timeUse: 'collaboration', minutes: 60 }],
    areaIds: [],
    arenaIds: [],
    preventionLevel: null,
    encounters: [],
  });
  const training = { kind: 'training', day: '2026-03-18', minutes: 60, assignmentId: null, partners: [] };
  expect((await fatima.put(`/api/units/${t.ids.unit.centre}/activities/${uuidv7()}`, training)).status).toBe(
    201,
  );
  await save({ ...base, status: 'planned', ...evening('20'), encounters: [] });
  await save({
    ...base,
    status: 'cancelled',
    ...evening('21'),
    encounters: [{ gender: 'girl', ageBandId: teen, depth: 'brief', count: 40 }],
  });
  const sara = await t.signedIn('falt.soder@demo.faltlogg.se');
  await save(
    {
      ...base,
      ...evening('15'),
      staffIds: [t.ids.user('falt.soder@demo.faltlogg.se')],
      areaIds: [area('Söderby centrum')],
      arenaIds: [],
      encounters: [
        { gender: 'girl', ageBandId: teen, depth: 'brief', count: 20 },
        { gender: 'boy', ageBandId: teen, depth: 'brief', count: 2 },
      ],
    },
    t.ids.unit.south,
    sara,
  );
});
afterAll(() => t.close());

/** Centrum's March in staff time: A and B 8 hours, C 5 staff hours, the training hour; 14 in all. */
const MARCH_PERCENT = {
  outreach: 57.1,
  collaboration: 11.9,
  administration: 23.8,
  training: 7.1,
  authority: 0,
  other_municipal: 0,
};
const MARCH_SHARES = { ...MARCH_PERCENT, staffHours: 14 };

type Table = Indicators['tables'][number];
const table = (body: Indicators, id: string) => body.tables.find((x) => x.id === id) as Table;
/** A table as { rowKey or label: { columnKey: value } } plus its totals, for readable expectations. */
function byRow(x: Table) {
  const rows = Object.fromEntries(
    x.rows.map((row, r) => [
      row.label?.sv ?? row.key,
      Object.fromEntries(x.columns.map((column, c) => [column.key, x.cells[r]?.[c]])),
    ]),
  );
  const totals = x.totals && Object.fromEntries(x.columns.map((column, c) => [column.key, x.totals?.[c]]));
  return { rows, totals };
}

describe('indicators', () => {
  let exact: Indicators;
  beforeAll(async () => {
    const chef = await t.signedIn('chef@demo.faltlogg.se');
    exact = await (await chef.get(`/api/units/${t.ids.unit.centre}/statistics/indicators?${march}`)).json();
  });

  it('count shifts by status, with their hours', () => {
    expect(exact.protection).toBe('exact');
    expect(byRow(table(exact, 'shifts'))).toEqual({
      rows: {
        planned: { shifts: 1, hours: 4 },
        done: { shifts: 3, hours: 11 },
        cancelled: { shifts: 1, hours: 4 },
      },
      totals: { shifts: 5, hours: 19 },
    });
    expect(exact.fieldHours).toBe(8);
  });

  it('split field hours over areas and arenas, and place them by weekday and time of day', () => {
    expect(byRow(table(exact, 'fieldHoursByArea'))).toEqual({
      rows: { Resecentrum: { hours: 2 }, Stortorget: { hours: 6 } },
      totals: { hours: 8 },
    });
    const arena = byRow(table(exact, 'fieldHoursByArena'));
    expect(Object.values(arena.rows)).toEqual([{ hours: 4 }, { hours: 4 }]);
    expect(
      table(exact, 'fieldHoursByArena')
        .rows.map((r) => r.key)
        .at(-1),
    ).toBe('none');
    const weekday = byRow(table(exact, 'fieldHoursByWeekday'));
    expect(weekday.rows.friday).toEqual({ shifts: 1, hours: 4 });
    expect(weekday.rows.saturday).toEqual({ shifts: 1, hours: 4 });
    expect(weekday.rows.monday).toEqual({ shifts: 0, hours: 0 });
    expect(byRow(table(exact, 'fieldHoursByTimeOfDay'))).toEqual({
      rows: { night: { hours: 2 }, morning: { hours: 0 }, afternoon: { hours: 0 }, evening: { hours: 6 } },
      totals: { hours: 8 },
    });
  });

  it('give time use, prevention levels and partner presence as shares', () => {
    const use = byRow(table(exact, 'timeUse'));
    expect(use.rows.outreach).toEqual({ staffHours: 8, percent: 57.1 });
    expect(use.rows.administration).toEqual({ staffHours: 3.3, percent: 23.8 });
    expect(use.rows.collaboration).toEqual({ staffHours: 1.7, percent: 11.9 });
    expect(use.rows.training).toEqual({ staffHours: 1, percent: 7.1 });
    expect(use.totals).toEqual({ staffHours: 14, percent: 100 });
    expect(byRow(table(exact, 'preventiveVsAuthority')).rows.Myndighetsutövning).toEqual({
      staffHours: 0,
      percent: 0,
    });
    expect(byRow(table(exact, 'staffTimeByMonth'))).toEqual({
      rows: { 'mars 2026': MARCH_SHARES },
      totals: MARCH_SHARES,
    });
    const levels = byRow(table(exact, 'preventionLevels'));
    expect(levels.rows.universal).toEqual({ shifts: 1, percent: 33.3 });
    expect(levels.rows.selective).toEqual({ shifts: 1, percent: 33.3 });
    expect(levels.rows.none).toEqual({ shifts: 1, percent: 33.3 });
    const partners = byRow(table(exact, 'partners'));
    expect(partners.rows.police).toEqual({ shifts: 1, percent: 33.3 });
    expect(partners.rows.night_walkers).toEqual({ shifts: 1, percent: 33.3 });
    expect(partners.totals).toBeNull();
  });

  it('count topics, observations, actions and guidance exactly for the unit’s own staff', () => {
    expect(byRow(table(exact, 'topics'))).toEqual({
      rows: { Skola: { count: 7 }, Alkohol: { count: 2 } },
      totals: { count: 9 },
    });
    expect(byRow(table(exact, 'observations')).totals).toEqual({ low: 0, medium: 1, high: 0, total: 1 });
    const actions = byRow(table(exact, 'actions'));
    expect(actions.rows.guidance).toEqual({ girl: 1, boy: 6, other: 0, total: 7 });
    expect(actions.rows.report_of_concern).toEqual({ girl: 0, boy: 1, other: 0, total: 1 });
    expect(Object.values(byRow(table(exact, 'guidanceByService')).rows)).toEqual([
      { girl: 1, boy: 6, other: 0, total: 7 },
    ]);
  });

  it('give contacts per field hour, by gender', () => {
    expect(byRow(table(exact, 'contactsPerHour'))).toEqual({
      rows: {
        girl: { contacts: 15, perHour: 1.88 },
        boy: { contacts: 17, perHour: 2.13 },
        other: { contacts: 0, perHour: 0 },
      },
      totals: { contacts: 32, perHour: 4 },
    });
  });

  it('give contacts per 1,000 young people living in each area the shifts visited', () => {
    expect(exact.populationYear).not.toBeNull();
    const areas = byRow(table(exact, 'contactsPer1000ByArea'));
    expect(areas.totals).toBeNull();
    // A visited both areas; B only Stortorget.
    expect(areas.rows.Stortorget?.contacts).toBe(32);
    expect(areas.rows.Resecentrum?.contacts).toBe(24);
    for (const row of Object.values(areas.rows)) {
      const population = row.population as number;
      expect(population).toBeGreaterThan(0);
      expect(row.per1000).toBe(Math.round((10_000 * (row.contacts as number)) / population) / 10);
    }
  });

  it('give an analyst every count about young people by the cell-key method, and rates from those counts', async () => {
    const analyst = await t.signedIn('analytiker@demo.faltlogg.se');
    const body: Indicators = await (
      await analyst.get(`/api/units/${t.ids.unit.centre}/statistics/indicators?${march}`)
    ).json();
    expect(body.protection).toBe('cellKey');
    for (const x of body.tables.filter((x) => x.aboutYoungPeople)) {
      const mine = table(exact, x.id);
      expect(x.rows, x.id).toEqual(mine.rows);
      x.columns.forEach((column, c) => {
        if (column.measure !== 'count' && column.measure !== 'contacts') return;
        const pairs = [
          ...x.cells.map((row, r) => [row[c], mine.cells[r]?.[c]]),
          [x.totals?.[c], mine.totals?.[c]],
        ].filter(([seen]) => seen !== undefined);
        for (const [seen, real] of pairs as [number, number][]) {
          expect(Math.abs(seen - real), `${x.id} ${column.key}`).toBeLessThanOrEqual(4);
          expect(seen).not.toBe(1);
          if (real === 0) expect(seen).toBe(0);
        }
      });
    }
    // A rate is the published count over the exact hours: it reveals nothing the count does not.
    const perHour = byRow(table(body, 'contactsPerHour'));
    for (const row of [...Object.values(perHour.rows), perHour.totals ?? {}])
      expect(row.perHour).toBe(Math.round((100 * (row.contacts as number)) / body.fieldHours) / 100);
    // The guidance row of Actions is the total of Guidance by service: the same cells, the same figures.
    const actions = byRow(table(body, 'actions'));
    expect(byRow(table(body, 'guidanceByService')).totals).toEqual(actions.rows.guidance);
    // Shifts and hours are not about young people: the same for everyone.
    expect(table(body, 'shifts')).toEqual(table(exact, 'shifts'));
  });

  it('count per 1,000 young people only contacts of the ages the population covers', async () => {
    const { category, area } = await demoReferences(t);
    const sara = await t.signedIn('falt.soder@demo.faltlogg.se');
    const base = await makeShiftInput(t, { observations: [], actions: [], topics: [] });
    const response = await sara.put(
      `/api/units/${t.ids.unit.south}/shifts/${uuidv7()}`,
      saveBody(
        {
          ...base,
          startsAt: '2026-02-10T19:00:00+01:00',
          endsAt: '2026-02-10T23:00:00+01:00',
          staffIds: [t.ids.user('falt.soder@demo.faltlogg.se')],
          areaIds: [area('Söderby centrum')],
          arenaIds: [],
          encounters: [
            { gender: 'girl', ageBandId: category('age_band', 'under_13'), depth: 'brief', count: 5 },
            { gender: 'boy', ageBandId: category('age_band', 'over_20'), depth: 'brief', count: 3 },
            { gender: 'boy', ageBandId: category('age_band', 'age_13_15'), depth: 'brief', count: 4 },
          ],
        },
        null,
      ),
    );
    expect(response.status).toBe(201);
    // Söder's own field worker sees Söder exactly: only the 13–15s fall in the population's 13–20.
    const body: Indicators = await (
      await sara.get(`/api/units/${t.ids.unit.south}/statistics/indicators?from=2026-02-01&to=2026-02-28`)
    ).json();
    const row = byRow(table(body, 'contactsPer1000ByArea')).rows['Söderby centrum'];
    expect(row?.contacts).toBe(4);
    // …divided by the young people of exactly those ages (the demo population has ages 0–24).
    const { population } = await t.db
      .selectFrom('youth_population as p')
      .innerJoin('areas as a', (join) =>
        join.onRef('a.municipality_id', '=', 'p.municipality_id').onRef('a.id', '=', 'p.area_id'),
      )
      .select((eb) => eb.fn.sum<number>('p.population').as('population'))
      .where('a.name', '=', 'Söderby centrum')
      .where('p.year', '=', body.populationYear as number)
      .where('p.age', '>=', 13)
      .where('p.age', '<=', 20)
      .executeTakeFirstOrThrow();
    expect(row?.population).toBe(Number(population));
    expect(row?.per1000).toBe(Math.round((10_000 * 4) / (row?.population as number)) / 10);
  });

  it('gives contacts by gender × depth in the contact statistics', async () => {
    const chef = await t.signedIn('chef@demo.faltlogg.se');
    const body = await (
      await chef.get(`/api/units/${t.ids.unit.centre}/statistics/contacts?${march}`)
    ).json();
    expect(body.byGenderAndDepth).toEqual([
      { gender: 'girl', cells: [12, 3, 0], total: 15 },
      { gender: 'boy', cells: [9, 8, 0], total: 17 },
      { gender: 'other', cells: [0, 0, 0], total: 0 },
    ]);
    expect(body.depthTotals).toEqual([21, 11, 0]);
  });
});

describe('unit comparison', () => {
  it('sets units side by side for a municipality analyst, each as its own page shows it', async () => {
    const analyst = await t.signedIn('analytiker@demo.faltlogg.se');
    const body: UnitComparison = await (await analyst.get(`/api/statistics/units?${march}`)).json();
    expect(body.protection).toBe('cellKey');
    const centre = body.units.find((u) => u.id === t.ids.unit.centre);
    const south = body.units.find((u) => u.id === t.ids.unit.south);
    expect(centre).toMatchObject({ doneShifts: 3, fieldHours: 8 });
    expect(body.totals.doneShifts).toBe(4);
    for (const [unit, truth] of [
      [centre, { girl: 15, boy: 17, other: 0 }],
      [south, { girl: 20, boy: 2, other: 0 }],
    ] as const) {
      const own = await (await analyst.get(`/api/units/${unit?.id}/statistics/contacts?${march}`)).json();
      for (const gender of ['girl', 'boy', 'other'] as const) {
        expect(Math.abs((unit?.contacts[gender] ?? 0) - truth[gender])).toBeLessThanOrEqual(4);
        expect(unit?.contacts[gender]).toBe(
          own.byGenderAndAge.find((r: { gender: string }) => r.gender === gender).total,
        );
      }
      expect(unit?.total).toBe(own.total);
      // Shares and rates are made from the published figures.
      const total = unit?.total ?? 0;
      expect(unit?.girlShare).toBe(
        total === 0 ? 0 : Math.round((1000 * (unit?.contacts.girl ?? 0)) / total) / 10,
      );
    }
    expect(centre?.perHour).toBe(Math.round((100 * (centre?.total ?? 0)) / 8) / 100);
  });

  it('keeps the municipality’s totals as its own dashboard publishes them', async () => {
    const analyst = await t.signedIn('analytiker@demo.faltlogg.se');
    const comparison: UnitComparison = await (await analyst.get(`/api/statistics/units?${march}`)).json();
    const dashboard = await (await analyst.get(`/api/statistics/contacts?${march}`)).json();
    const total = (gender: string) =>
      dashboard.byGenderAndAge.find((r: { gender: string }) => r.gender === gender).total;
    expect(comparison.totals.contacts).toEqual({
      girl: total('girl'),
      boy: total('boy'),
      other: total('other'),
    });
    expect(comparison.totals.total).toEqual(dashboard.total);
  });

  it('is only for places above a unit', async () => {
    const chef = await t.signedIn('chef@demo.faltlogg.se');
    expect((await chef.get(`/api/statistics/units?${march}`)).status).toBe(403);
    const north = await t.signedIn('analytiker.norr@demo.faltlogg.se');
    expect(
      (await north.get(`/api/administrations/${t.ids.administration.south}/statistics/units?${march}`))
        .status,
    ).toBe(404);
    expect(
      (await north.get(`/api/administrations/${t.ids.administration.north}/statistics/units?${march}`))
        .status,
    ).toBe(200);
  });
});

describe('share of staff time per month', () => {
  type Place = {
    kind: string;
    name: string;
    months: { month: string; staffHours: number; percent: Record<string, number> }[];
  };
  const march2 = 'from=2026-03-01&to=2026-03-31';
  it('shows a field worker their own unit and the whole city, side by side, exactly', async () => {
    const fatima = await t.signedIn('falt@demo.faltlogg.se');
    const response = await fatima.get(`/api/statistics/staff-time?${march2}`);
    expect(response.status).toBe(200);
    const { places } = (await response.json()) as { places: Place[] };
    expect(places.map((p) => p.kind)).toEqual(['unit', 'municipality']);
    const [centre, city] = places;
    expect(centre?.months).toEqual([
      expect.objectContaining({
        month: '2026-03',
        staffHours: 14,
        percent: MARCH_PERCENT,
      }),
    ]);
    // Söder's four-hour shift with one person on it joins the city's figure.
    expect(city?.months[0]).toMatchObject({ month: '2026-03', staffHours: 18, percent: { outreach: 66.7 } });
  });

  it('gives a municipality-wide analyst every unit, and no one without statistics anything', async () => {
    const analyst = await t.signedIn('analytiker@demo.faltlogg.se');
    const { places } = (await (await analyst.get(`/api/statistics/staff-time?${march2}`)).json()) as {
      places: Place[];
    };
    expect(places.filter((p) => p.kind === 'unit').length).toBeGreaterThanOrEqual(2);
    const reception = await t.signedIn('mottagning@demo.faltlogg.se');
    expect((await reception.get(`/api/statistics/staff-time?${march2}`)).status).toBe(403);
    const bad = await analyst.get('/api/statistics/staff-time?from=2026-03-31&to=2026-03-01');
    expect(bad.status).toBe(400);
  });
});
