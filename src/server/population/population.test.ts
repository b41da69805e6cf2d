import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeMunicipality } from '../../../test/support/factories';
import { createTestApp, errorCode, type TestApp, type TestClient } from '../../../test/support/test-app';
import { populationByArea } from './population.repository';

let t: TestApp;
let admin: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signedIn('admin@demo.faltlogg.se');
});
afterAll(() => t.close());

const IMPORT = '/api/population/import';

/** A small file in Swedish Excel's style: semicolons, Swedish words, a thousands space. */
const CSV = [
  'Område;Kön;Ålder;Antal',
  'Norrparken;flickor;14;40',
  'Norrparken;pojkar;14;44',
  'Norrparken;pojkar;15;1 046',
  'stortorget;Kvinnor;16;9',
  'Stortorget;annat;16;2',
].join('\r\n');

type Counts = { girl: number; boy: number; other: number; total: number; minAge: number; maxAge: number };
type AreaCounts = Counts & { areaId: string; areaName: string };
type Issue = { path: string; code: string; message: string };

async function areaId(name: string): Promise<string> {
  const row = await t.db
    .selectFrom('areas')
    .select('id')
    .where('municipality_id', '=', t.ids.municipalityId)
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  return row.id;
}

async function storedRows(year: number): Promise<number> {
  const row = await t.db
    .selectFrom('youth_population')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('municipality_id', '=', t.ids.municipalityId)
    .where('year', '=', year)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('population import', () => {
  it('previews a file without saving it: totals per area and gender, areas left out', async () => {
    const response = await admin.post(IMPORT, { year: 2030, csv: CSV, dryRun: true });
    expect(response.status).toBe(200);
    const preview = await response.json();
    expect(preview).toMatchObject({
      year: 2030,
      saved: false,
      rows: 5,
      replacedRows: 0,
      skippedOtherYears: 0,
    });
    expect(preview.totals).toEqual({ girl: 49, boy: 1090, other: 2, total: 1141, minAge: 14, maxAge: 16 });
    expect(preview.areas.map((a: AreaCounts) => [a.areaName, a.girl, a.boy, a.other, a.total])).toEqual([
      ['Norrparken', 40, 1090, 0, 1130],
      ['Stortorget', 9, 0, 2, 11],
    ]);
    expect(preview.missingAreas.map((a: { name: string }) => a.name)).toContain('Hamnplan');
    expect(await storedRows(2030)).toBe(0);
  });

  it('saves a year, lists it, and writes an audit event in the same transaction', async () => {
    const response = await admin.post(IMPORT, { year: 2031, csv: CSV });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ saved: true, rows: 5, replacedRows: 0 });
    expect(await storedRows(2031)).toBe(5);

    const { years } = await (await admin.get('/api/population')).json();
    const year = years.find((y: { year: number }) => y.year === 2031);
    expect(year).toMatchObject({ importedBy: expect.any(String), totals: { total: 1141 } });
    expect(new Date(year.importedAt).toISOString()).toBe(t.clock.now().toISOString());
    expect(year.areas.find((a: AreaCounts) => a.areaName === 'Norrparken')).toMatchObject({
      girl: 40,
      boy: 1090,
      minAge: 14,
      maxAge: 15,
    });
    expect(years.map((y: { year: number }) => y.year)).toEqual(
      [...years.map((y: { year: number }) => y.year)].sort((a, b) => b - a),
    );

    const audit = await t.db
      .selectFrom('audit_events')
      .selectAll()
      .where('municipality_id', '=', t.ids.municipalityId)
      .where('action', '=', 'population.import')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actor_user_id: t.ids.user('admin@demo.faltlogg.se'),
      entity_type: 'population',
      details: { year: 2031, rows: 5, replacedRows: 0, total: 1141 },
    });
  });

  it('replaces the whole year on a new import, and says how much it replaced', async () => {
    await admin.post(IMPORT, { year: 2032, csv: CSV });
    const smaller = 'område,kön,ålder,antal\nHamnplan,f,13,7\n';
    expect(await (await admin.post(IMPORT, { year: 2032, csv: smaller, dryRun: true })).json()).toMatchObject(
      {
        replacedRows: 5,
        saved: false,
      },
    );
    expect(await (await admin.post(IMPORT, { year: 2032, csv: smaller })).json()).toMatchObject({
      replacedRows: 5,
      rows: 1,
    });
    const rows = await t.db
      .selectFrom('youth_population')
      .select(['area_id', 'gender', 'age', 'population'])
      .where('municipality_id', '=', t.ids.municipalityId)
      .where('year', '=', 2032)
      .execute();
    expect(rows).toEqual([{ area_id: await areaId('Hamnplan'), gender: 'girl', age: 13, population: 7 }]);
  });

  it('reads the sample file in docs/ for Demo stad', async () => {
    const csv = await readFile(new URL('../../../docs/population-sample.csv', import.meta.url), 'utf8');
    const response = await admin.post(IMPORT, { year: 2024, csv, dryRun: true });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      rows: 11,
      totals: { total: 2298, minAge: 13, maxAge: 14 },
    });
  });

  it('takes an area’s id in place of its name', async () => {
    const id = await areaId('Västerängen');
    const response = await admin.post(IMPORT, {
      year: 2033,
      csv: `area\tsex\tage\tcount\n${id}\tboy\t17\t3`,
      dryRun: true,
    });
    expect((await response.json()).areas).toEqual([
      expect.objectContaining({ areaId: id, areaName: 'Västerängen' }),
    ]);
  });

  it('refuses a file with errors, naming line and column with stable codes, and saves nothing', async () => {
    const csv = [
      'område;kön;ålder;antal',
      'Norrparken;flickor;14;40',
      'Månbasen;flickor;14;1',
      'Månbasen;pojkar;14;1',
      'Norrparken;totalt;14;84',
      'Norrparken;pojkar;13-15;100',
      'Norrparken;flickor;14;41',
    ].join('\n');
    const response = await admin.post(IMPORT, { year: 2034, csv });
    expect(response.status).toBe(422);
    const body = await response.json();
    expect(body.error.code).toBe('population_file_invalid');
    expect(body.error.issues.map((issue: Issue) => [issue.path, issue.code])).toEqual([
      ['line.5.gender', 'unknown_gender'],
      ['line.6.age', 'age_range'],
      ['line.7.row', 'duplicate_row'],
    ]);
    expect(await storedRows(2034)).toBe(0);

    // With the rows fixed, the unknown area is what is left: once, at its first line.
    const unknownArea = await admin.post(IMPORT, { year: 2034, csv: csv.split('\n').slice(0, 4).join('\n') });
    expect((await unknownArea.json()).error.issues).toEqual([
      { path: 'line.3.area', code: 'unknown_area', message: 'No area is called "Månbasen" (2 rows)' },
    ]);
    expect(await storedRows(2034)).toBe(0);
  });

  it('refuses a body without a year or a file', async () => {
    expect(await errorCode(await admin.post(IMPORT, { csv: CSV }))).toBe('validation_failed');
    expect(await errorCode(await admin.post(IMPORT, { year: 2030, csv: '' }))).toBe('validation_failed');
    expect(await errorCode(await admin.post(IMPORT, { year: 1800, csv: CSV }))).toBe('validation_failed');
  });
});

describe('population access', () => {
  it('is for administrators only', async () => {
    for (const email of [
      'falt@demo.faltlogg.se',
      'chef@demo.faltlogg.se',
      'analytiker@demo.faltlogg.se',
      'mottagning@demo.faltlogg.se',
      'polis@demo.faltlogg.se',
    ]) {
      const client = await t.signedIn(email);
      expect((await client.get('/api/population')).status, email).toBe(403);
      expect((await client.post(IMPORT, { year: 2040, csv: CSV })).status, email).toBe(403);
    }
    expect((await t.client().get('/api/population')).status).toBe(401);
    expect(await storedRows(2040)).toBe(0);
  });

  it('keeps each municipality to its own figures and areas', async () => {
    const other = await makeMunicipality(t.db);
    const client = t.client();
    expect((await client.signIn(other.admin.email, 'factory-password-1')).status).toBe(200);
    expect(await (await client.get('/api/population')).json()).toEqual({ years: [] });
    // Demo stad's area names and ids mean nothing here.
    const id = await areaId('Norrparken');
    const response = await client.post(IMPORT, { year: 2031, csv: `område;kön;ålder;antal\n${id};f;14;1` });
    expect(response.status).toBe(422);
    expect((await response.json()).error.issues[0].code).toBe('unknown_area');
    expect(await populationByArea(t.db, other.municipalityId, { year: 2040 })).toBeNull();
  });
});

describe('populationByArea', () => {
  it('uses the latest year imported up to the one asked for, within the ages asked for', async () => {
    const municipality = await makeMunicipality(t.db);
    const client = t.client();
    await client.signIn(municipality.admin.email, 'factory-password-1');
    const [area] = await t.db
      .insertInto('areas')
      .values([
        {
          id: '01900000-0000-7000-8000-000000000001',
          municipality_id: municipality.municipalityId,
          name: 'Torget',
          kind: 'square',
          geometry: null,
          updated_at: new Date(),
        },
        {
          id: '01900000-0000-7000-8000-000000000002',
          municipality_id: municipality.municipalityId,
          name: 'Parken',
          kind: 'park',
          geometry: null,
          updated_at: new Date(),
        },
      ])
      .returning('id')
      .execute();
    const file = (rows: string[]) => ['område;kön;ålder;antal', ...rows].join('\n');
    const save = async (year: number, rows: string[]) =>
      expect((await client.post(IMPORT, { year, csv: file(rows) })).status).toBe(200);
    await save(2022, ['Torget;flickor;15;100']);
    await save(2024, [
      'Torget;flickor;12;5',
      'Torget;flickor;15;10',
      'Torget;pojkar;16;20',
      'Parken;annat;25;3',
    ]);
    const areaIdOf = area?.id as string;

    expect(await populationByArea(t.db, municipality.municipalityId, { year: 2021 })).toBeNull();
    const in2023 = await populationByArea(t.db, municipality.municipalityId, { year: 2023 });
    expect(in2023?.year).toBe(2022);
    expect(in2023?.byArea.get(areaIdOf)).toEqual({ girl: 100, boy: 0, other: 0, total: 100 });

    const teens = await populationByArea(t.db, municipality.municipalityId, {
      year: 2026,
      minAge: 13,
      maxAge: 17,
    });
    expect(teens?.year).toBe(2024);
    expect(Object.fromEntries(teens?.byArea ?? [])).toEqual({
      [areaIdOf]: { girl: 10, boy: 20, other: 0, total: 30 },
      // Imported, with nobody in the range: zero, not missing.
      '01900000-0000-7000-8000-000000000002': { girl: 0, boy: 0, other: 0, total: 0 },
    });
    const open = await populationByArea(t.db, municipality.municipalityId, {
      year: 2024,
      minAge: 15,
      maxAge: null,
    });
    expect(open?.byArea.get(areaIdOf)?.total).toBe(30);
  });

  it('has the demo municipality’s last two years from the seed', async () => {
    const lastYear = t.clock.now().getUTCFullYear() - 1;
    const before = await populationByArea(t.db, t.ids.municipalityId, { year: lastYear - 1 });
    expect(before?.year).toBe(lastYear - 1);
    const seeded = await populationByArea(t.db, t.ids.municipalityId, {
      year: lastYear,
      minAge: 13,
      maxAge: 20,
    });
    expect(seeded?.year).toBe(lastYear);
    expect(seeded?.byArea.size).toBe(8);
    for (const counts of seeded?.byArea.values() ?? []) {
      expect(counts.total).toBe(counts.girl + counts.boy);
      expect(counts.total).toBeGreaterThan(0);
    }
  });
});
