/**
 * Statistics at national scale: generates years of shifts and encounter tallies set-based in SQL,
 * builds the encounter_daily rollup the way migration 0003 backfills it, and times three dashboard
 * queries two ways in the same run (plain GROUP BY over shifts ⋈ encounter_tallies, and from the
 * rollup). Prints figures and the machine; asserts nothing.
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
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'kysely';
import { connectPostgres, type DatabaseHandle, type Db, wrapPGlite } from '../src/server/db/connect';
import { migrateToLatest } from '../src/server/db/migrate';

type Scale = { name: string; municipalities: number; firstYear: number; years: number };

const SCALES: Record<string, Scale> = {
  national: { name: 'national', municipalities: 290, firstYear: 2016, years: 10 },
  small: { name: 'small', municipalities: 10, firstYear: 2025, years: 1 },
  pglite: { name: 'pglite (~1 M tallies)', municipalities: 26, firstYear: 2016, years: 10 },
};

const usePGlite = process.env.BENCH_PGLITE === '1';
const keep = process.env.BENCH_KEEP === '1';
const runs = Math.max(15, Number(process.env.BENCH_RUNS ?? 15));
const WARM_UPS = 2;
const scaleName = usePGlite ? 'pglite' : (process.env.BENCH_SCALE ?? 'national');
const chosen = SCALES[scaleName];
if (!chosen) throw new Error(`BENCH_SCALE must be national or small, not ${scaleName}`);
const scale: Scale = chosen;
const lastYear = scale.firstYear + scale.years - 1;
const TARGET_P50_MS = 50;
const TARGET_RATIO = 10;

// ---------------------------------------------------------------------------------------------
// Database

async function recreateDatabase(url: string, drop: boolean): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/bench/i.test(name) || !/^[A-Za-z0-9_]+$/.test(name)) {
    throw new Error(
      `Refusing to drop database "${name}": its name must contain "bench" (letters, digits, _)`,
    );
  }
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const handle = connectPostgres(admin.toString(), 1);
  try {
    await sql.raw(`drop database if exists ${name} with (force)`).execute(handle.db);
    if (!drop) await sql.raw(`create database ${name}`).execute(handle.db);
  } finally {
    await handle.db.destroy();
  }
}

async function exec(db: Db, statement: string): Promise<number> {
  const started = performance.now();
  await sql.raw(statement).execute(db);
  return performance.now() - started;
}

async function scalar(db: Db, query: string): Promise<number> {
  const { rows } = await sql.raw<{ value: number | string }>(query).execute(db);
  return Number(rows[0]?.value);
}

// ---------------------------------------------------------------------------------------------
// Data generation, all set-based. bench_rand(n) is a deterministic uniform [0, 1) from the
// integer n, so every run produces the same data.

const ageBands = [
  { code: 'age_10_12', sv: '10–12 år', en: '10–12 years', min: 10, max: 12, weight: 0.08 },
  { code: 'age_13_15', sv: '13–15 år', en: '13–15 years', min: 13, max: 15, weight: 0.38 },
  { code: 'age_16_17', sv: '16–17 år', en: '16–17 years', min: 16, max: 17, weight: 0.34 },
  { code: 'age_18_20', sv: '18–20 år', en: '18–20 years', min: 18, max: 20, weight: 0.14 },
  { code: 'age_21_25', sv: '21–25 år', en: '21–25 years', min: 21, max: 25, weight: 0.06 },
];
const genders = [
  { gender: 'girl', weight: 0.45 },
  { gender: 'boy', weight: 0.5 },
  { gender: 'other', weight: 0.05 },
];
const depths = [
  { depth: 'brief', weight: 0.72 },
  { depth: 'conversation', weight: 0.22 },
  { depth: 'support', weight: 0.06 },
];

function generationSteps(): Array<[string, string]> {
  const cells: string[] = [];
  let c = 0;
  for (const g of genders)
    for (const [b, a] of ageBands.entries())
      for (const d of depths) {
        c++;
        cells.push(`(${c}, '${g.gender}', ${b + 1}, '${d.depth}', ${g.weight * a.weight * d.weight})`);
      }
  const bands = ageBands
    .map((a, i) => `(${i + 1}, '${a.code}', '${a.sv}', '${a.en}', ${a.min}, ${a.max})`)
    .join(', ');
  const from = `${scale.firstYear}-01-01`;
  const to = `${lastYear}-12-31`;
  const actor = `'00000000-0000-7000-8000-000000000001'::uuid`;
  return [
    [
      'helpers',
      `create function bench_rand(bigint) returns double precision
         language sql immutable parallel safe
         as 'select (hashint8($1)::bigint + 2147483648) / 4294967296.0'`,
    ],
    [
      'municipalities',
      `insert into municipalities (id, name, code)
       select md5('m' || i)::uuid, 'Kommun ' || i, (1000 + i)::text
       from generate_series(1, ${scale.municipalities}) i`,
    ],
    [
      'administrations',
      `insert into administrations (id, municipality_id, name)
       select md5('adm' || i)::uuid, md5('m' || i)::uuid, 'Socialförvaltningen'
       from generate_series(1, ${scale.municipalities}) i`,
    ],
    [
      'units',
      // 2 units per municipality, 3 in ~41 % of them: ≈ 700 nationally.
      `create unlogged table bench_unit as
       select i as mi, i * 4 + k as ui, md5('m' || i)::uuid as municipality_id,
              md5('u' || i || '-' || k)::uuid as id,
              0.6 + 0.8 * bench_rand(i * 4 + k + 7000000) as factor
       from generate_series(1, ${scale.municipalities}) i
       cross join lateral generate_series(1, case when bench_rand(i) < 0.41 then 3 else 2 end) k`,
    ],
    [
      'units',
      `insert into units (id, municipality_id, administration_id, name)
       select id, municipality_id, md5('adm' || mi)::uuid, 'Fältgruppen ' || (ui - mi * 4) from bench_unit`,
    ],
    [
      'categories',
      `insert into categories (id, municipality_id, kind, code, label_sv, label_en, sort_order, min_age, max_age)
       select md5('a' || m.i || '-' || b.n)::uuid, md5('m' || m.i)::uuid, 'age_band', b.code, b.sv, b.en,
              b.n, b.min_age, b.max_age
       from generate_series(1, ${scale.municipalities}) m(i)
       cross join (values ${bands}) b(n, code, sv, en, min_age, max_age)`,
    ],
    ['cells', 'create unlogged table bench_cell (c int, gender text, band int, depth text, weight float8)'],
    ['cells', `insert into bench_cell values ${cells.join(', ')}`],
    [
      'shift plan',
      // One candidate per unit, day and slot, kept with a probability that follows the season:
      // slot 1 the evening outreach (most on Fri/Sat, few in late July, always on risk nights),
      // slot 2 a school-day shift Mon–Fri Sep–May, slot 3 a second evening team.
      // intensity = expected contacts.
      `create unlogged table bench_shift as
       with days as (
         select d::date as day, extract(isodow from d)::int as dow,
                extract(month from d)::int as month, extract(day from d)::int as dom,
                (d::date - date '${from}') as dn
         from generate_series(date '${from}', date '${to}', interval '1 day') d
       ), flagged as (
         select *,
                (month = 4 and dom = 30) or (month = 10 and dom = 31)
                  or (month = 6 and dow = 5 and dom between 9 and 15) as risk,
                (month = 7 and dom >= 8) or (month = 8 and dom <= 4) as summer,
                (month in (1, 2, 3, 4, 5, 9, 10, 11, 12) and dow <= 5
                  and not (month = 12 and dom >= 21) and not (month = 1 and dom <= 7)) as school
         from days
       ), candidates as (
         select u.mi, u.ui, u.municipality_id, u.id as unit_id, u.factor, f.*, s.slot,
                u.ui::bigint * 20000 + f.dn * 4 + s.slot as n,
                case s.slot
                  when 1 then case when f.risk then 1.0
                    else (array[0.2, 0.35, 0.45, 0.45, 0.9, 0.8, 0.15])[f.dow]
                         * case when f.summer then 0.35 else 1 end end
                  when 2 then case when f.school then 0.25 else 0 end
                  else case when f.risk then 0.9 when f.dow in (5, 6) then 0.15 else 0 end
                end as p
         from bench_unit u cross join flagged f cross join generate_series(1, 3) s(slot)
       )
       select n, mi, ui, municipality_id, unit_id, day, slot, risk,
              case when slot = 2 then 'school' when risk then 'risk_night' else 'outreach' end as kind,
              ((day + case when slot = 2 then time '10:00' when dow in (5, 6) or risk then time '19:00'
                           else time '18:00' end)::timestamp at time zone 'Europe/Stockholm') as starts_at,
              case when slot = 2 then interval '4 hours' when dow in (5, 6) or risk then interval '7 hours'
                   else interval '5 hours' end as length,
              case when bench_rand(n * 3 + 1) < 0.03 then 'cancelled'
                   when bench_rand(n * 3 + 1) < 0.05 then 'planned' else 'done' end as status,
              factor * (0.7 + 0.6 * bench_rand(n * 3 + 2))
                * case when slot = 2 then 4.5 when risk then 30 when dow = 5 then 12 when dow = 6 then 11
                       else 8.5 end
                * case when summer then 0.6 else 1 end as intensity
       from candidates
       where bench_rand(n * 3) < p
       order by starts_at, n`,
    ],
    [
      'shifts',
      // Ids shaped like the app's UUIDv7: time-ordered, so the primary key grows at the end.
      `insert into shifts (id, municipality_id, unit_id, status, kind, starts_at, ends_at, time_use,
                           prevention_level, created_by, updated_by, created_at, updated_at)
       select (lpad(to_hex((extract(epoch from starts_at) * 1000)::bigint), 12, '0') || '7'
               || substr(md5('s' || n), 14, 3) || '8' || substr(md5('s' || n), 18, 15))::uuid,
              municipality_id, unit_id, status, kind, starts_at, starts_at + length, 'outreach',
              'universal', ${actor}, ${actor}, starts_at, starts_at
       from bench_shift order by starts_at, n`,
    ],
    [
      'encounter tallies',
      // Per done shift and cell (gender × age band × depth): present with P(Poisson(λ) > 0),
      // λ = intensity × cell weight; count 1 + ⌊λ · u⌋.
      `insert into encounter_tallies (municipality_id, shift_id, gender, age_band_id, depth, count)
       select t.municipality_id,
              (lpad(to_hex((extract(epoch from t.starts_at) * 1000)::bigint), 12, '0') || '7'
               || substr(md5('s' || t.n), 14, 3) || '8' || substr(md5('s' || t.n), 18, 15))::uuid,
              t.gender, md5('a' || t.mi || '-' || t.band)::uuid, t.depth, t.count
       from (
         select s.municipality_id, s.n, s.mi, s.starts_at, c.gender, c.band, c.depth,
                1 + floor(s.intensity * c.weight * bench_rand(s.n * 64 + c.c + 1000000000000))::int as count
         from bench_shift s cross join bench_cell c
         where s.status = 'done'
           and bench_rand(s.n * 64 + c.c) < 1 - exp(-s.intensity * c.weight)
         offset 0
       ) t`,
    ],
    [
      'tally primary key',
      `alter table encounter_tallies
         add primary key (municipality_id, shift_id, gender, age_band_id, depth)`,
    ],
  ];
}

const ROLLUP = `insert into encounter_daily (municipality_id, unit_id, day, gender, age_band_id, depth, contacts)
  select s.municipality_id, s.unit_id, (s.starts_at at time zone 'Europe/Stockholm')::date,
         e.gender, e.age_band_id, e.depth, sum(e.count)::int
  from shifts s
  join encounter_tallies e on e.municipality_id = s.municipality_id and e.shift_id = s.id
  where s.status = 'done'
  group by 1, 2, 3, 4, 5, 6`;

// ---------------------------------------------------------------------------------------------
// Timing

type Sample = { ms: number; rows: number };
type Result = { p50: number; p95: number; rowsMin: number; rowsMax: number };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

async function time(run: (i: number) => Promise<number>): Promise<Result> {
  for (let i = 0; i < WARM_UPS; i++) await run(runs + i);
  const samples: Sample[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const rows = await run(i);
    samples.push({ ms: performance.now() - started, rows });
  }
  const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
  const rows = samples.map((s) => s.rows);
  return {
    p50: percentile(ms, 50),
    p95: percentile(ms, 95),
    rowsMin: Math.min(...rows),
    rowsMax: Math.max(...rows),
  };
}

const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));
const rowsText = (r: Result) => (r.rowsMin === r.rowsMax ? `${r.rowsMin}` : `${r.rowsMin}–${r.rowsMax}`);

function line(label: string, r: Result, baseline?: Result): string {
  const ratio = baseline ? `   ×${(baseline.p50 / r.p50).toFixed(1)} vs plain` : '';
  return `  ${label.padEnd(26)} p50 ${fmt(r.p50).padStart(7)} ms   p95 ${fmt(r.p95).padStart(7)} ms   rows ${rowsText(r).padStart(9)}${ratio}`;
}

// ---------------------------------------------------------------------------------------------
// Main

const started = performance.now();
const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/faltlogg_bench';
let tempDir: string | undefined;
let handle: DatabaseHandle;
if (usePGlite) {
  tempDir = await mkdtemp(path.join(os.tmpdir(), 'faltlogg-stats-'));
  handle = wrapPGlite(await PGlite.create({ dataDir: tempDir }));
} else {
  await recreateDatabase(databaseUrl, false);
  // One connection, so the session settings below apply to every statement.
  handle = connectPostgres(databaseUrl, 1);
}
const { db } = handle;

try {
  await migrateToLatest(db);
  const version = (await sql<{ version: string }>`select version()`.execute(db)).rows[0]?.version ?? '?';
  console.log(
    `Fältlogg statistics benchmark — ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, Node ${process.version}`,
  );
  console.log(`database: ${handle.kind}, ${version}`);
  console.log(
    `scale: ${scale.name}, ${scale.municipalities} municipalities, ${scale.firstYear}–${lastYear}, ${runs} timed runs per query after ${WARM_UPS} warm-ups\n`,
  );

  // Bulk load: no per-row foreign-key triggers (the generator is consistent by construction) and the
  // tally primary key built once at the end.
  await exec(db, 'set session_replication_role = replica');
  if (handle.kind === 'postgres') {
    await exec(db, "set synchronous_commit = off; set work_mem = '256MB'; set maintenance_work_mem = '1GB'");
  }
  await exec(db, 'alter table encounter_tallies drop constraint encounter_tallies_pkey');

  console.log('generation');
  const genStarted = performance.now();
  for (const [label, statement] of generationSteps()) {
    const ms = await exec(db, statement);
    if (ms > 200) console.log(`  ${label.padEnd(26)} ${(ms / 1000).toFixed(1)} s`);
  }
  const genMs = performance.now() - genStarted;
  const rollupMs = await exec(db, ROLLUP);
  const analyzeMs = await exec(
    db,
    'vacuum (analyze) municipalities, units, categories, shifts, encounter_tallies, encounter_daily',
  );
  await exec(db, 'reset session_replication_role');
  if (handle.kind === 'postgres') await exec(db, 'reset work_mem; reset maintenance_work_mem');
  console.log(`  ${'total generation'.padEnd(26)} ${(genMs / 1000).toFixed(1)} s`);
  console.log(`  ${'encounter_daily rollup'.padEnd(26)} ${(rollupMs / 1000).toFixed(1)} s`);
  console.log(`  ${'vacuum analyze'.padEnd(26)} ${(analyzeMs / 1000).toFixed(1)} s\n`);

  const size = async (table: string) => {
    const rows = await scalar(db, `select count(*) as value from ${table}`);
    const bytes = await scalar(db, `select pg_total_relation_size('${table}') as value`);
    console.log(
      `  ${table.padEnd(20)} ${rows.toLocaleString('en-US').padStart(12)} rows ${(bytes / 1024 / 1024).toFixed(0).padStart(7)} MB (with indexes)`,
    );
  };
  console.log('data');
  for (const table of ['municipalities', 'units', 'shifts', 'encounter_tallies', 'encounter_daily']) {
    await size(table);
  }
  const done = await scalar(db, "select count(*) as value from shifts where status = 'done'");
  console.log(`  done shifts ${done.toLocaleString('en-US')}\n`);

  // Parameters rotate across runs so a run does not simply repeat the previous one's pages.
  const units = (
    await sql<{ municipality_id: string; unit_id: string }>`
      select municipality_id, id as unit_id from bench_unit order by ui`.execute(db)
  ).rows;
  const municipalities = [...new Set(units.map((u) => u.municipality_id))];
  const pick = <T>(list: T[], i: number): T => list[(i * 37) % list.length] as T;
  const yearStart = `${lastYear}-01-01`;
  const yearEnd = `${lastYear + 1}-01-01`;
  // A full ordinary week in the autumn term (Monday).
  const weekStart = new Date(Date.UTC(lastYear, 8, 15));
  weekStart.setUTCDate(weekStart.getUTCDate() - ((weekStart.getUTCDay() + 6) % 7));
  const weekFrom = weekStart.toISOString().slice(0, 10);
  const weekEnd = new Date(weekStart.getTime() + 7 * 86_400_000).toISOString().slice(0, 10);

  /** Rows as plain JSON, so answers from different tables can be compared value for value. */
  const count = async (query: Promise<{ rows: unknown[] }>) =>
    JSON.parse(JSON.stringify((await query).rows)) as unknown[];

  const queries = {
    q1: {
      title: `(1) one municipality's year ${lastYear} by month × gender × age band`,
      plain: (i: number) =>
        count(
          sql`select date_trunc('month', s.starts_at at time zone 'Europe/Stockholm')::date as month,
                     e.gender, e.age_band_id, sum(e.count)::int as contacts
              from shifts s
              join encounter_tallies e on e.municipality_id = s.municipality_id and e.shift_id = s.id
              where s.municipality_id = ${pick(municipalities, i)} and s.status = 'done'
                and s.starts_at >= (${yearStart}::timestamp at time zone 'Europe/Stockholm')
                and s.starts_at < (${yearEnd}::timestamp at time zone 'Europe/Stockholm')
              group by 1, 2, 3 order by 1, 2, 3`.execute(db),
        ),
      daily: (i: number) =>
        count(
          sql`select date_trunc('month', day)::date as month, gender, age_band_id, sum(contacts)::int as contacts
              from encounter_daily
              where municipality_id = ${pick(municipalities, i)}
                and day >= ${yearStart}::date and day < ${yearEnd}::date
              group by 1, 2, 3 order by 1, 2, 3`.execute(db),
        ),
      monthly: (i: number) =>
        count(
          sql`select month, gender, age_band_id, sum(contacts)::int as contacts
              from encounter_monthly
              where municipality_id = ${pick(municipalities, i)}
                and month >= ${yearStart}::date and month < ${yearEnd}::date
              group by 1, 2, 3 order by 1, 2, 3`.execute(db),
        ),
    },
    q2: {
      title: `(2) national unit comparison ${lastYear}: contacts per unit by gender`,
      plain: () =>
        count(
          sql`select s.municipality_id, s.unit_id, e.gender, sum(e.count)::int as contacts
              from shifts s
              join encounter_tallies e on e.municipality_id = s.municipality_id and e.shift_id = s.id
              where s.status = 'done'
                and s.starts_at >= (${yearStart}::timestamp at time zone 'Europe/Stockholm')
                and s.starts_at < (${yearEnd}::timestamp at time zone 'Europe/Stockholm')
              group by 1, 2, 3 order by 1, 2, 3`.execute(db),
        ),
      daily: () =>
        count(
          sql`select municipality_id, unit_id, gender, sum(contacts)::int as contacts
              from encounter_daily
              where day >= ${yearStart}::date and day < ${yearEnd}::date
              group by 1, 2, 3 order by 1, 2, 3`.execute(db),
        ),
      monthly: () =>
        count(
          sql`select municipality_id, unit_id, gender, sum(contacts)::int as contacts
              from encounter_monthly
              where month >= ${yearStart}::date and month < ${yearEnd}::date
              group by 1, 2, 3 order by 1, 2, 3`.execute(db),
        ),
    },
    q3: {
      title: `(3) one unit's week from ${weekFrom} by day × gender × age band`,
      plain: (i: number) => {
        const u = pick(units, i);
        return count(
          sql`select (s.starts_at at time zone 'Europe/Stockholm')::date as day, e.gender, e.age_band_id,
                     sum(e.count)::int as contacts
              from shifts s
              join encounter_tallies e on e.municipality_id = s.municipality_id and e.shift_id = s.id
              where s.municipality_id = ${u.municipality_id} and s.unit_id = ${u.unit_id} and s.status = 'done'
                and s.starts_at >= (${weekFrom}::timestamp at time zone 'Europe/Stockholm')
                and s.starts_at < (${weekEnd}::timestamp at time zone 'Europe/Stockholm')
              group by 1, 2, 3 order by 1, 2, 3`.execute(db),
        );
      },
      daily: (i: number) => {
        const u = pick(units, i);
        return count(
          sql`select day, gender, age_band_id, sum(contacts)::int as contacts
              from encounter_daily
              where municipality_id = ${u.municipality_id} and unit_id = ${u.unit_id}
                and day >= ${weekFrom}::date and day < ${weekEnd}::date
              group by 1, 2, 3 order by 1, 2, 3`.execute(db),
        );
      },
      monthly: undefined,
    },
  };

  // Before timing anything: the rollup must give exactly the plain query's answers.
  for (const q of Object.values(queries)) {
    const [plain, daily] = [await q.plain(0), await q.daily(0)];
    if (JSON.stringify(plain) !== JSON.stringify(daily)) {
      throw new Error(`MISMATCH in ${q.title}: the rollup's answer differs from the plain query's`);
    }
  }
  console.log('rollup answers checked: identical to the plain queries');
  const rows = (run: (i: number) => Promise<unknown[]>) => async (i: number) => (await run(i)).length;

  console.log('queries (plain = shifts ⋈ encounter_tallies, rollup = encounter_daily)');
  const results: Record<string, { plain: Result; daily: Result }> = {};
  for (const [key, q] of Object.entries(queries)) {
    console.log(q.title);
    const plain = await time(rows(q.plain));
    console.log(line('plain GROUP BY', plain));
    const daily = await time(rows(q.daily));
    console.log(line('encounter_daily', daily, plain));
    results[key] = { plain, daily };
  }

  const misses = Object.entries(results).filter(
    ([, r]) => r.daily.p50 > TARGET_P50_MS || r.plain.p50 / r.daily.p50 < TARGET_RATIO,
  );
  console.log(
    `\ntarget: rollup p50 ≤ ${TARGET_P50_MS} ms and ≥ ${TARGET_RATIO}× plain — ${
      misses.length === 0 ? 'met by encounter_daily' : `missed by ${misses.map(([k]) => k).join(', ')}`
    }`,
  );

  if (misses.length > 0 || process.env.BENCH_MONTHLY === '1') {
    console.log('\nEXPERIMENT (benchmark only, not in the app): monthly rollup built from encounter_daily');
    const monthlyMs = await exec(
      db,
      `create table encounter_monthly as
       select municipality_id, unit_id, date_trunc('month', day)::date as month, gender, age_band_id, depth,
              sum(contacts)::int as contacts
       from encounter_daily group by 1, 2, 3, 4, 5, 6`,
    );
    const indexMs = await exec(
      db,
      `alter table encounter_monthly
         add primary key (municipality_id, unit_id, month, gender, age_band_id, depth)`,
    );
    const index2Ms = await exec(db, 'create index encounter_monthly_month on encounter_monthly (month)');
    await exec(db, 'vacuum (analyze) encounter_monthly');
    console.log(
      `  built in ${(monthlyMs / 1000).toFixed(1)} s, primary key ${(indexMs / 1000).toFixed(1)} s, index on (month) ${(index2Ms / 1000).toFixed(1)} s`,
    );
    await size('encounter_monthly');
    for (const [key, q] of Object.entries(queries)) {
      if (!q.monthly) continue;
      console.log(q.title);
      const monthly = await time(rows(q.monthly));
      console.log(line('encounter_monthly', monthly, results[key]?.plain));
    }
  }
  console.log(`\ntotal ${((performance.now() - started) / 1000).toFixed(0)} s`);
} finally {
  await db.destroy();
  if (tempDir) await rm(tempDir, { recursive: true, force: true });
  else if (!keep) await recreateDatabase(databaseUrl, true);
}
