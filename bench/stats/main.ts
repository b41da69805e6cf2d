/**
 * Statistics at national scale: generates years of shifts and encounter tallies set-based in SQL,
 * builds the rollups the way the app rebuilds them, checks that the app's rollup-backed queries give
 * exactly the plain queries' answers, then times both forms of three dashboard queries in the same
 * run. Prints figures, the ratio and whether the target is met; asserts nothing else.
 *
 *   DATABASE_URL  PostgreSQL server and bench database (default postgres://postgres@127.0.0.1:5432/
 *                 faltlogg_bench). The database is dropped and recreated through the server's
 *                 `postgres` database, and dropped again at the end unless BENCH_KEEP=1; its name
 *                 must contain "bench" so a real database is never touched.
 *   BENCH_SCALE   national (default: 290 municipalities, ~700 units, 10 years) or small
 *                 (10 municipalities, 1 year; runs in seconds).
 *   BENCH_PGLITE  1: PGlite in a temporary directory instead, ~1 M tally rows (26 municipalities,
 *                 10 years).
 *   BENCH_RUNS    timed runs per query after 2 warm-ups (default 15).
 */
import os from 'node:os';
import { sql } from 'kysely';
import { migrateToLatest } from '../../src/server/db/migrate';
import { ROLLUPS } from '../../src/server/statistics/rollup';
import { openBenchDatabase, scalar, tableSize } from './database';
import { loadData, SCALES } from './generate';
import { canonical, dashboardQueries, edgeChecks } from './queries';
import {
  meetsTarget,
  seconds,
  sizeLine,
  TARGET_P50_MS,
  TARGET_RATIO,
  type Timing,
  time,
  timingLine,
} from './report';

const usePGlite = process.env.BENCH_PGLITE === '1';
const runs = Math.max(15, Number(process.env.BENCH_RUNS ?? 15));
const WARM_UPS = 2;
const scaleName = usePGlite ? 'pglite' : (process.env.BENCH_SCALE ?? 'national');
const scale = SCALES[scaleName];
if (!scale) throw new Error(`BENCH_SCALE must be national or small, not ${scaleName}`);
const lastYear = scale.firstYear + scale.years - 1;

const started = performance.now();
const database = await openBenchDatabase(
  usePGlite
    ? { pglite: true }
    : {
        pglite: false,
        url: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/faltlogg_bench',
        keep: process.env.BENCH_KEEP === '1',
      },
);
const { db } = database;

try {
  await migrateToLatest(db);
  const version = (await sql<{ version: string }>`select version()`.execute(db)).rows[0]?.version ?? '?';
  console.log(
    `Fältlogg statistics benchmark — ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, Node ${process.version}`,
  );
  console.log(`database: ${database.kind}, ${version}`);
  console.log(
    `scale: ${scale.name}, ${scale.municipalities} municipalities, ${scale.firstYear}–${lastYear}, ${runs} timed runs per query after ${WARM_UPS} warm-ups\n`,
  );

  console.log('generation');
  await loadData(db, database.kind, scale, (phase, ms) =>
    console.log(`  ${phase.padEnd(38)} ${seconds(ms)}`),
  );
  console.log('');

  console.log('data');
  for (const table of [
    'municipalities',
    'units',
    'shifts',
    'encounter_tallies',
    ...ROLLUPS.map((r) => r.table),
  ]) {
    console.log(sizeLine(table, await tableSize(db, table)));
  }
  const done = await scalar(db, "select count(*) as value from shifts where status = 'done'");
  console.log(`  done shifts ${done.toLocaleString('en-US')}\n`);

  const units = (
    await sql<{ municipality_id: string; unit_id: string; administration_id: string }>`
      select b.municipality_id, b.id as unit_id, u.administration_id
      from bench_unit b join units u on u.municipality_id = b.municipality_id and u.id = b.id
      order by b.ui`.execute(db)
  ).rows;
  // A full ordinary week in the autumn term, from its Monday.
  const weekStart = new Date(Date.UTC(lastYear, 8, 15));
  weekStart.setUTCDate(weekStart.getUTCDate() - ((weekStart.getUTCDay() + 6) % 7));
  const parameters = { units, year: lastYear, weekFrom: weekStart.toISOString().slice(0, 10) };
  const queries = dashboardQueries(db, parameters);

  // Before timing anything: the app's answers must be exactly the plain queries' answers.
  for (const q of [...queries, ...edgeChecks(db, parameters)]) {
    for (const i of [0, 1]) {
      if (canonical(await q.plain(i)) !== canonical(await q.app(i))) {
        throw new Error(`MISMATCH in ${q.title}: the app's answer differs from the plain query's`);
      }
    }
  }
  console.log('app answers checked: identical to the plain queries (also for periods with partial months)\n');

  // The floor under any query: 10× faster than a plain query near it is out of reach.
  const roundTrip = await time(async () => (await sql`select 1`.execute(db)).rows.length, runs, WARM_UPS);
  console.log(timingLine('round trip (select 1)', roundTrip));
  console.log('\nqueries (plain = GROUP BY over shifts ⋈ encounter_tallies, app = the rollup-backed form)');
  const results: Array<{ key: string; plain: Timing; app: Timing }> = [];
  const rowCount = (run: (i: number) => Promise<unknown[]>) => async (i: number) => (await run(i)).length;
  for (const q of queries) {
    console.log(q.title);
    const plain = await time(rowCount(q.plain), runs, WARM_UPS);
    console.log(timingLine('plain GROUP BY', plain));
    const app = await time(rowCount(q.app), runs, WARM_UPS);
    console.log(timingLine('app (rollups)', app, plain));
    results.push({ key: q.key, plain, app });
  }

  const misses = results
    .filter((r) => !meetsTarget(r.plain, r.app))
    .map((r) =>
      r.plain.p50 < TARGET_RATIO * roundTrip.p50
        ? `${r.key} (plain is within ${TARGET_RATIO}× of a bare round trip)`
        : r.key,
    );
  console.log(
    `\ntarget: p50 ≤ ${TARGET_P50_MS} ms and ≥ ${TARGET_RATIO}× plain — ${
      misses.length === 0 ? 'met by every query' : `missed by ${misses.join(', ')}`
    }`,
  );
  console.log(`total ${((performance.now() - started) / 1000).toFixed(0)} s`);
} finally {
  await database.close();
}
