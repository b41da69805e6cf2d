/**
 * Utility of the published statistics: for every table about young people, the share of its cells
 * that is published as a number and the mean absolute error of those numbers against the truth, at
 * three levels — a unit's month, an administration's year and the municipality's year — as an
 * analyst above the units sees them (`npm run bench:disclosure`). The truth is the units' exact
 * figures as their own staff see them, summed over the place's units. Prints figures; asserts nothing.
 * Runs on a temporary PGlite database with the demo data (a fixed "today", so runs compare).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Actor } from '../src/server/auth/actor';
import { loadConfig } from '../src/server/config';
import { openDatabase } from '../src/server/db/connect';
import { migrateToLatest } from '../src/server/db/migrate';
import { seedDemoData } from '../src/server/demo/demo-seed';
import { seedDemoShifts } from '../src/server/demo/demo-shifts';
import { indicatorStatistics } from '../src/server/statistics/indicators.service';
import type { StatisticsScope } from '../src/server/statistics/statistics.repository';
import { contactStatistics } from '../src/server/statistics/statistics.service';

const TODAY = new Date('2026-12-01T12:00:00Z');
/** The twelve whole months before TODAY. */
const MONTHS = Array.from({ length: 12 }, (_, i) => {
  const start = new Date(Date.UTC(2025, 11 + i, 1));
  const end = new Date(Date.UTC(2025, 12 + i, 0));
  return { from: start.toISOString().slice(0, 10), to: end.toISOString().slice(0, 10) };
});
const YEAR = { from: MONTHS[0]?.from as string, to: MONTHS[11]?.to as string };

type Figure = unknown;
/** Every figure about young people a reader sees, by a name that is the same for every reader. */
type Figures = Map<string, Figure>;

const COUNT_MEASURES = new Set(['count', 'contacts']);

async function figuresOf(
  db: Parameters<typeof contactStatistics>[0],
  actor: Actor,
  scope: StatisticsScope,
  range: { from: string; to: string },
) {
  const figures: Figures = new Map();
  const contacts = await contactStatistics(db, actor, scope, range);
  for (const row of contacts.byGenderAndAge) {
    row.cells.forEach((value, a) => {
      figures.set(`contacts by age|${row.gender}|${contacts.ageBands[a]?.id}`, value);
    });
    figures.set(`contacts by age|${row.gender}|total`, row.total);
  }
  contacts.ageTotals.forEach((value, a) => {
    figures.set(`contacts by age|all|${contacts.ageBands[a]?.id}`, value);
  });
  figures.set('contacts by age|all|total', contacts.total);
  for (const row of contacts.byGenderAndDepth) {
    row.cells.forEach((value, d) => {
      figures.set(`contacts by depth|${row.gender}|${d}`, value);
    });
    figures.set(`contacts by depth|${row.gender}|total`, row.total);
  }
  contacts.depthTotals.forEach((value, d) => {
    figures.set(`contacts by depth|all|${d}`, value);
  });
  for (const month of contacts.byMonth) {
    for (const [gender, value] of Object.entries(month.byGender))
      figures.set(`contacts by month|${month.month}|${gender}`, value);
    figures.set(`contacts by month|${month.month}|total`, month.total);
  }
  const indicators = await indicatorStatistics(db, actor, scope, range);
  for (const table of indicators.tables) {
    if (!table.aboutYoungPeople) continue;
    table.columns.forEach((column, c) => {
      if (!COUNT_MEASURES.has(column.measure)) return;
      table.rows.forEach((row, r) => {
        figures.set(`${table.id}|${row.key}|${column.key}`, table.cells[r]?.[c]);
      });
      if (table.totals) figures.set(`${table.id}|total|${column.key}`, table.totals[c]);
    });
  }
  return figures;
}

const actor = (
  municipalityId: string,
  grant: Partial<Actor['grants'][number]> & { role: Actor['grants'][number]['role'] },
): Actor => ({
  userId: '00000000-0000-7000-8000-000000000000',
  municipalityId,
  email: 'bench@example.invalid',
  displayName: 'Benchmark',
  locale: 'sv',
  grants: [{ unitId: null, administrationId: null, partnerKind: null, ...grant }],
  sessionTokenHash: '',
  csrfToken: '',
});

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'faltlogg-bench-disclosure-'));
const { DATABASE_URL: _ignored, ...environment } = process.env;
const config = loadConfig({
  ...environment,
  FALTLOGG_DATA_DIR: dataDir,
  LOG_LEVEL: 'silent',
  NODE_ENV: 'test',
});
const database = await openDatabase(config.database);
await migrateToLatest(database.db);
const { municipalityId } = await seedDemoData(database.db, TODAY);
const shifts = await seedDemoShifts(database.db, municipalityId, TODAY);
const db = database.db;
const units = await db
  .selectFrom('units')
  .select(['id', 'name', 'administration_id'])
  .where('municipality_id', '=', municipalityId)
  .orderBy('name')
  .execute();
const administrations = await db
  .selectFrom('administrations')
  .select(['id', 'name'])
  .where('municipality_id', '=', municipalityId)
  .orderBy('name')
  .execute();
const analyst = actor(municipalityId, { role: 'analyst' });

/** The truth for a place: each unit's exact figures, as its manager sees them, summed. */
async function truthOf(unitIds: readonly string[], range: { from: string; to: string }) {
  const sum = new Map<string, number>();
  for (const unitId of unitIds) {
    const exact = await figuresOf(
      db,
      actor(municipalityId, { role: 'unit_manager', unitId }),
      { kind: 'unit', id: unitId },
      range,
    );
    for (const [name, value] of exact) sum.set(name, (sum.get(name) ?? 0) + Number(value));
  }
  return sum;
}

type Tally = { cells: number; shown: number; absoluteError: number; small: number; smallShown: number };
const tallies = new Map<string, Map<string, Tally>>();

function compare(level: string, seen: Figures, truth: Map<string, number>) {
  const byTable = tallies.get(level) ?? new Map<string, Tally>();
  tallies.set(level, byTable);
  for (const [name, value] of seen) {
    const table = name.split('|')[0] as string;
    const tally = byTable.get(table) ?? { cells: 0, shown: 0, absoluteError: 0, small: 0, smallShown: 0 };
    const exact = truth.get(name) ?? 0;
    tally.cells++;
    if (exact >= 1 && exact <= 4) tally.small++;
    if (typeof value === 'number') {
      tally.shown++;
      tally.absoluteError += Math.abs(value - exact);
      if (exact >= 1 && exact <= 4) tally.smallShown++;
    }
    byTable.set(table, tally);
  }
}

const started = performance.now();
for (const unit of units)
  for (const month of MONTHS)
    compare(
      'unit-month',
      await figuresOf(db, analyst, { kind: 'unit', id: unit.id }, month),
      await truthOf([unit.id], month),
    );
for (const administration of administrations) {
  const ids = units.filter((u) => u.administration_id === administration.id).map((u) => u.id);
  compare(
    'administration-year',
    await figuresOf(db, analyst, { kind: 'administration', id: administration.id }, YEAR),
    await truthOf(ids, YEAR),
  );
}
compare(
  'municipality-year',
  await figuresOf(db, analyst, { kind: 'municipality', id: municipalityId }, YEAR),
  await truthOf(
    units.map((u) => u.id),
    YEAR,
  ),
);

console.log(
  `Fältlogg disclosure utility — demo data, ${shifts} shifts, ${units.length} units, year ${YEAR.from} – ${YEAR.to}`,
);
console.log(
  `as the municipality's analyst sees them; truth = the units' exact figures summed (${Math.round(performance.now() - started)} ms)\n`,
);
const pct = (part: number, whole: number) => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)} %`);
for (const [level, byTable] of tallies) {
  console.log(`${level}`);
  console.log(
    `  ${'table'.padEnd(24)} ${'cells'.padStart(6)} ${'published'.padStart(10)} ${'MAE'.padStart(6)} ${'1–4 published'.padStart(14)}`,
  );
  const all: Tally = { cells: 0, shown: 0, absoluteError: 0, small: 0, smallShown: 0 };
  for (const [table, t] of byTable) {
    for (const k of Object.keys(all) as (keyof Tally)[]) all[k] += t[k];
    const mae = t.shown === 0 ? '–' : (t.absoluteError / t.shown).toFixed(2);
    console.log(
      `  ${table.padEnd(24)} ${String(t.cells).padStart(6)} ${pct(t.shown, t.cells).padStart(10)} ${mae.padStart(6)} ${pct(t.smallShown, t.small).padStart(14)}`,
    );
  }
  const mae = all.shown === 0 ? '–' : (all.absoluteError / all.shown).toFixed(2);
  console.log(
    `  ${'all tables'.padEnd(24)} ${String(all.cells).padStart(6)} ${pct(all.shown, all.cells).padStart(10)} ${mae.padStart(6)} ${pct(all.smallShown, all.small).padStart(14)}\n`,
  );
}
await database.db.destroy();
await rm(dataDir, { recursive: true, force: true });
