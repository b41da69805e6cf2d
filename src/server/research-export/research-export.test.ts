import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FACTORY_PASSWORD, makeMunicipality } from '../../../test/support/factories';
import { demoReferences, makeShiftInput, saveBody } from '../../../test/support/shift-factory';
import { createTestApp, errorCode, type TestApp } from '../../../test/support/test-app';
import { uuidv7 } from '../../shared/uuidv7';
import { XLSX_MIME } from '../../shared/xlsx';
import { ensureDefaultCategories } from '../categories/category.service';
import { seedDemoShifts } from '../demo/demo-shifts';

type Cell = string | number | null;
type Sheets = Record<string, Cell[][]>;

const SECRET = 'HEMLIG-4711';
const september = 'from=2024-09-01&to=2024-09-30';
const url = (query: string) => `/api/statistics/research-export?${query}`;

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  const fatima = await t.signedIn('falt@demo.faltlogg.se');
  const { category } = await demoReferences(t);
  const teen = category('age_band', 'age_13_15');
  const older = category('age_band', 'age_16_17');
  const base = await makeShiftInput(t);
  const save = async (overrides: Partial<typeof base>) => {
    const response = await fatima.put(
      `/api/units/${t.ids.unit.centre}/shifts/${uuidv7()}`,
      saveBody({ ...base, ...overrides }, null),
    );
    expect(response.status, await response.clone().text()).toBe(201);
  };
  // September 2024 has no demo data: these are the only shifts of the period.
  await save({
    title: `Rubrik ${SECRET}`,
    notes: `Anteckning ${SECRET}`,
    startsAt: '2024-09-06T19:00:00+02:00',
    endsAt: '2024-09-07T01:00:00+02:00',
    encounters: [
      { gender: 'girl', ageBandId: teen, depth: 'brief', count: 12 },
      { gender: 'boy', ageBandId: teen, depth: 'brief', count: 9 },
      { gender: 'girl', ageBandId: older, depth: 'conversation', count: 3 },
      { gender: 'other', ageBandId: older, depth: 'brief', count: 1 },
    ],
    topics: [
      { topicId: category('topic', 'school'), count: 7 },
      { topicId: category('topic', 'alcohol'), count: 2 },
    ],
    observations: base.observations.map((o) => ({
      ...o,
      note: `Observation ${SECRET}`,
      point: { lat: 59.123456, lon: 18.654321 },
      observedAt: '2024-09-06T22:15:00+02:00',
    })),
  });
  // 30 September 23:30 in Stockholm is 21:30 UTC: still in the period.
  await save({ startsAt: '2024-09-30T23:30:00+02:00', endsAt: '2024-10-01T02:00:00+02:00' });
  // Outside the period, or not done: never exported.
  await save({
    title: 'UTANFÖR-FÖRE',
    startsAt: '2024-08-31T23:30:00+02:00',
    endsAt: '2024-09-01T02:00:00+02:00',
  });
  await save({
    title: 'UTANFÖR-EFTER',
    startsAt: '2024-10-01T00:30:00+02:00',
    endsAt: '2024-10-01T03:00:00+02:00',
  });
  await save({
    status: 'planned',
    title: 'PLANERAT-PASS',
    startsAt: '2024-09-12T19:00:00+02:00',
    endsAt: '2024-09-12T23:00:00+02:00',
  });
  await save({
    status: 'cancelled',
    title: 'INSTÄLLT-PASS',
    startsAt: '2024-09-13T19:00:00+02:00',
    endsAt: '2024-09-13T23:00:00+02:00',
  });

  // Another municipality's done shift in the same period, with a count seen nowhere else.
  const other = await makeMunicipality(t.db, { name: 'Grannkommunen' });
  await ensureDefaultCategories(t.db);
  const ageBand = await t.db
    .selectFrom('categories')
    .select('id')
    .where('municipality_id', '=', other.municipalityId)
    .where('code', '=', 'age_13_15')
    .executeTakeFirstOrThrow();
  const neighbour = t.client();
  expect((await neighbour.signIn(other.fieldWorker.email, FACTORY_PASSWORD)).status).toBe(200);
  const saved = await neighbour.put(
    `/api/units/${other.unitId}/shifts/${uuidv7()}`,
    saveBody(
      {
        ...base,
        title: 'GRANNKOMMUNENS-PASS',
        startsAt: '2024-09-10T19:00:00+02:00',
        endsAt: '2024-09-10T23:00:00+02:00',
        staffIds: [other.fieldWorker.id],
        areaIds: [],
        arenaIds: [],
        riskFactorIds: [],
        encounters: [{ gender: 'girl', ageBandId: ageBand.id, depth: 'brief', count: 777 }],
        topics: [],
        actions: [],
        observations: [],
      },
      null,
    ),
  );
  expect(saved.status, await saved.clone().text()).toBe(201);
});
afterAll(() => t.close());

async function download(
  query = september,
): Promise<{ response: Response; bytes: Uint8Array; sheets: Sheets }> {
  const analyst = await t.signedIn('analytiker@demo.faltlogg.se');
  const response = await analyst.get(url(query));
  expect(response.status, response.status === 200 ? '' : await response.clone().text()).toBe(200);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const sheets: Sheets = {};
  for (const sheet of workbook.worksheets) {
    const rows: Cell[][] = [];
    sheet.eachRow((row) => {
      rows.push(
        Array.from({ length: sheet.columnCount }, (_, c) => (row.getCell(c + 1).value ?? null) as Cell),
      );
    });
    sheets[sheet.name] = rows;
  }
  return { response, bytes, sheets };
}

/** Rows of a sheet as objects keyed by its header. */
function records(sheets: Sheets, name: string): Record<string, Cell>[] {
  const [header = [], ...rows] = sheets[name] ?? [];
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [String(h), row[i] ?? null])));
}

describe('research export', () => {
  it('is an Excel file to save, named for its period', async () => {
    const { response, sheets } = await download();
    expect(response.headers.get('content-type')).toBe(XLSX_MIME);
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="faltlogg-forskningsexport-2024-09-01-2024-09-30.xlsx"',
    );
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(Object.keys(sheets)).toEqual([
      'Pass',
      'Kontakter',
      'Samtalsämnen',
      'Observationer',
      'Åtgärder',
      'Datadefinitioner',
    ]);
  });

  it('has one row per done shift of the period, numbered, in Stockholm time', async () => {
    const { sheets } = await download();
    const shifts = records(sheets, 'Pass');
    expect(shifts.map((s) => [s.Pass, s.Datum])).toEqual([
      [1, '2024-09-06'],
      [2, '2024-09-30'],
    ]);
    expect(shifts[0]).toEqual({
      Pass: 1,
      Förvaltning: 'Norra stadsdelsförvaltningen',
      Enhet: 'Fältgruppen Centrum',
      Datum: '2024-09-06',
      'ISO-vecka': '2024-W36',
      Veckodag: 5,
      Starttimme: 19,
      'Längd (timmar)': 6,
      'Typ av pass': 'Uppsökande',
      Tidsanvändning: 'Uppsökande och relationsskapande',
      Preventionsnivå: 'Universell',
      'Antal personal': 1,
      Områden: 'Resecentrum; Stortorget',
      Arenor: 'Gata och offentlig miljö',
      'Samverkanspartner på plats': 'Nattvandrare',
    });
    expect(shifts[1]?.Starttimme).toBe(23);
  });

  it('carries no free text, people, ids, coordinates or other municipalities', async () => {
    const { bytes } = await download();
    // Every part of the file, not only the cells a reader shows.
    const text = Object.values(unzipSync(bytes))
      .map((part) => strFromU8(part))
      .join('\n');
    for (const banned of [
      SECRET,
      'Stor samling',
      'UTANFÖR',
      'PLANERAT',
      'INSTÄLLT',
      'GRANNKOMMUNENS',
      'Grannkommunen',
      '777',
      'Fatima',
      'falt@',
      '59.12',
      '18.65',
      '22:15',
    ])
      expect(text, banned).not.toContain(banned);
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i);
  });

  it('publishes every contact figure per shift by the cell-key method, none hidden', async () => {
    const { sheets } = await download();
    const contacts = records(sheets, 'Kontakter');
    const first = contacts.filter((r) => r.Pass === 1);
    expect(first.map((r) => r.Kön)).toEqual(['Tjej', 'Kille', 'Annat/okänt', 'Alla']);
    // The first shift's true counts; each published figure lies within ±4 of its count.
    const truth: Record<string, Record<string, number>> = {
      Tjej: {
        'Kontakter totalt': 15,
        'Ålder: Under 13': 0,
        'Ålder: 13–15': 12,
        'Ålder: 16–17': 3,
        'Djup: Kort kontakt': 12,
        'Djup: Samtal': 3,
      },
      Kille: {
        'Kontakter totalt': 9,
        'Ålder: 13–15': 9,
        'Ålder: 16–17': 0,
        'Djup: Kort kontakt': 9,
        'Djup: Stödsamtal': 0,
      },
      'Annat/okänt': { 'Kontakter totalt': 1, 'Ålder: 16–17': 1, 'Djup: Kort kontakt': 1 },
      Alla: {
        'Kontakter totalt': 25,
        'Ålder: 13–15': 21,
        'Ålder: 16–17': 4,
        'Djup: Kort kontakt': 22,
        'Djup: Samtal': 3,
      },
    };
    for (const [gender, expected] of Object.entries(truth)) {
      const row = first.find((r) => r.Kön === gender) ?? {};
      for (const [header, count] of Object.entries(expected)) {
        const shown = row[header] as number;
        expect(Math.abs(shown - count), `${gender} ${header}`).toBeLessThanOrEqual(4);
        if (count === 0) expect(shown, `${gender} ${header}`).toBe(0);
      }
    }
    // Every figure is a whole number, never 1: nothing is hidden, nothing reads as one young person.
    for (const r of contacts)
      for (const [header, value] of Object.entries(r)) {
        if (header === 'Pass' || header === 'Kön') continue;
        expect(Number.isInteger(value) && value !== 1, `${header}=${value}`).toBe(true);
      }
  });

  it('publishes topics, actions and observations by the cell-key method too', async () => {
    const { sheets } = await download();
    const near = (row: Record<string, Cell> | undefined, truth: Record<string, number>) => {
      for (const [header, count] of Object.entries(truth)) {
        const shown = row?.[header] as number;
        expect(Math.abs(shown - count), header).toBeLessThanOrEqual(4);
        expect(shown, header).not.toBe(1);
        if (count === 0) expect(shown, header).toBe(0);
      }
    };
    const topics = records(sheets, 'Samtalsämnen');
    near(topics[0], { Skola: 7, Alkohol: 2, Fritid: 0 });
    near(records(sheets, 'Åtgärder')[0], { 'Lotsning: Ungdomsmottagning': 1, Orosanmälan: 0 });
    const observations = records(sheets, 'Observationer');
    expect(observations.map((o) => [o.Pass, o.Observationstyp])).toEqual([
      [1, 'Samling av ungdomar'],
      [2, 'Samling av ungdomar'],
    ]);
    for (const row of observations) near(row, { Låg: 0, Medel: 1, Hög: 0, Totalt: 1 });
  });

  it('defines every column of every sheet, the period and the disclosure method with its parameters', async () => {
    const { sheets } = await download();
    const dictionary = records(sheets, 'Datadefinitioner');
    for (const [name, rows] of Object.entries(sheets))
      for (const header of rows[0] ?? [])
        expect(
          dictionary.some((d) => d.Blad === name && d.Kolumn === header),
          `${name}: ${header}`,
        ).toBe(true);
    const about = (label: string) => dictionary.find((d) => d.Blad === 'Exporten' && d.Kolumn === label);
    expect(about('Period')?.Betydelse).toBe('2024-09-01 – 2024-09-30');
    expect(about('Exporterad')?.Betydelse).toBe('2026-04-01 12:00');
    expect(about('Röjandeskydd')?.['Enhet eller värden']).toBe('D = 4, V = 1,2, js = 1');
    expect(String(about('Röjandeskydd')?.Betydelse)).toContain('Cell-key-metoden');
    expect(String(about('Att räkna med talen')?.Betydelse)).toContain('väntevärdesriktigt');
    expect(JSON.stringify(dictionary)).toContain('inte unika personer');
  });

  it('records who exported which period', async () => {
    const before = await t.db
      .selectFrom('audit_events')
      .select('id')
      .where('action', '=', 'statistics.research_export')
      .execute();
    await download('from=2024-09-01&to=2024-09-15');
    const events = await t.db
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'statistics.research_export')
      .orderBy('id')
      .execute();
    expect(events).toHaveLength(before.length + 1);
    expect(events.at(-1)).toMatchObject({
      municipality_id: t.ids.municipalityId,
      actor_user_id: t.ids.user('analytiker@demo.faltlogg.se'),
      actor_roles: 'analyst',
      details: { from: '2024-09-01', to: '2024-09-15', shifts: 1 },
    });
  });

  it('is only for analysts of the whole municipality', async () => {
    expect((await t.client().get(url(september))).status).toBe(401);
    for (const email of [
      'falt@demo.faltlogg.se',
      'chef@demo.faltlogg.se',
      'admin@demo.faltlogg.se',
      'mottagning@demo.faltlogg.se',
      'polis@demo.faltlogg.se',
      'analytiker.norr@demo.faltlogg.se',
    ]) {
      const response = await (await t.signedIn(email)).get(url(september));
      expect(response.status, email).toBe(403);
      expect(await errorCode(response)).toBe('forbidden');
    }
  });

  it('refuses a backwards or overlong period', async () => {
    const analyst = await t.signedIn('analytiker@demo.faltlogg.se');
    expect(await errorCode(await analyst.get(url('from=2024-09-30&to=2024-09-01')))).toBe(
      'validation_failed',
    );
    expect(await errorCode(await analyst.get(url('from=2020-01-01&to=2024-09-01')))).toBe(
      'validation_failed',
    );
  });

  it('exports a busy year whole, every cell published', async () => {
    // Last, as it adds the demo municipality's year of shifts (April 2025 to March 2026).
    await seedDemoShifts(t.db, t.ids.municipalityId, t.clock.now());
    const { sheets } = await download('from=2025-04-01&to=2026-03-31');
    const done = await t.db
      .selectFrom('shifts')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('municipality_id', '=', t.ids.municipalityId)
      .where('status', '=', 'done')
      .where('starts_at', '>=', new Date('2025-03-31T22:00:00Z'))
      .where('starts_at', '<', new Date('2026-03-31T22:00:00Z'))
      .executeTakeFirstOrThrow();
    expect(Number(done.n)).toBeGreaterThan(1000);
    expect(records(sheets, 'Pass')).toHaveLength(Number(done.n));
    expect(records(sheets, 'Kontakter')).toHaveLength(Number(done.n) * 4);
    // Every figure about young people is published (as a whole number, never 1): 100 % of cells.
    // Columns before the figures: the shift number, and the gender or observation type.
    const labels: Record<string, number> = { Kontakter: 2, Observationer: 2, Samtalsämnen: 1, Åtgärder: 1 };
    const wrong = Object.entries(labels).flatMap(([name, skip]) =>
      (sheets[name] ?? [])
        .slice(1)
        .flatMap((row) => row.slice(skip))
        .filter((v) => !(Number.isInteger(v) && v !== 1)),
    );
    expect(wrong).toEqual([]);
  }, 120_000);
});
