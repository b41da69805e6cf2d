/**
 * The national data set, generated set-based in SQL. bench_rand(n) is a deterministic uniform [0, 1)
 * from the integer n, so every run produces the same data. Seasonal: Fri/Sat evenings, risk nights
 * (30 April, school endings, 31 October), a quiet late July, school-day shifts Sep–May.
 */
import type { DatabaseKind, Db } from '../../src/server/db/connect';
import { KEY_MODULUS } from '../../src/server/disclosure/record-keys';
import { ROLLUPS } from '../../src/server/statistics/rollup';
import { fillRollup } from '../../src/server/statistics/rollup.repository';
import { exec } from './database';

export type Scale = { name: string; municipalities: number; firstYear: number; years: number };

export const SCALES: Record<string, Scale> = {
  national: { name: 'national', municipalities: 290, firstYear: 2016, years: 10 },
  small: { name: 'small', municipalities: 10, firstYear: 2025, years: 1 },
  pglite: { name: 'pglite (~1 M tallies)', municipalities: 26, firstYear: 2016, years: 10 },
};

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

function generationSteps(scale: Scale): Array<[string, string]> {
  const lastYear = scale.firstYear + scale.years - 1;
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
      `insert into shifts (id, public_id, municipality_id, unit_id, status, kind, starts_at, ends_at, time_use,
                           prevention_level, created_by, updated_by, created_at, updated_at)
       select id, id, municipality_id, unit_id, status, kind, starts_at, ends_at, time_use,
              prevention_level, created_by, updated_by, created_at, updated_at
       from (select (lpad(to_hex((extract(epoch from starts_at) * 1000)::bigint), 12, '0') || '7'
               || substr(md5('s' || n), 14, 3) || '8' || substr(md5('s' || n), 18, 15))::uuid as id,
              municipality_id, unit_id, status, kind, starts_at, starts_at + length as ends_at,
              'outreach' as time_use,
              'universal' as prevention_level, ${actor}::uuid as created_by, ${actor}::uuid as updated_by,
              starts_at as created_at, starts_at as updated_at, n
       from bench_shift) s order by starts_at, n`,
    ],
    [
      'encounter tallies',
      // Per done shift and cell (gender × age band × depth): present with P(Poisson(λ) > 0),
      // λ = intensity × cell weight; count 1 + ⌊λ · u⌋. The cell key is a uniform draw in [0, 2^30)
      // where the app sums HMAC record keys: the same kind of number for the rollups to add.
      `insert into encounter_tallies (municipality_id, shift_id, gender, age_band_id, depth, count, cell_key)
       select t.municipality_id,
              (lpad(to_hex((extract(epoch from t.starts_at) * 1000)::bigint), 12, '0') || '7'
               || substr(md5('s' || t.n), 14, 3) || '8' || substr(md5('s' || t.n), 18, 15))::uuid,
              t.gender, md5('a' || t.mi || '-' || t.band)::uuid, t.depth, t.count, t.cell_key
       from (
         select s.municipality_id, s.n, s.mi, s.starts_at, c.gender, c.band, c.depth,
                1 + floor(s.intensity * c.weight * bench_rand(s.n * 64 + c.c + 1000000000000))::int as count,
                floor(${KEY_MODULUS} * bench_rand(s.n * 64 + c.c + 2000000000000))::int as cell_key
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

/**
 * Generates the data set into a migrated, empty database and builds the rollups the way the app
 * rebuilds them (fillRollup: daily from the tallies, each monthly one from the rollup before it).
 * Bulk load: no per-row foreign-key triggers (the generator is consistent by construction) and the
 * tally primary key built once at the end. `report` hears each phase's wall time as it ends.
 */
export async function loadData(
  db: Db,
  kind: DatabaseKind,
  scale: Scale,
  report: (phase: string, ms: number) => void,
): Promise<void> {
  await exec(db, 'set session_replication_role = replica');
  if (kind === 'postgres') {
    await exec(db, "set synchronous_commit = off; set work_mem = '256MB'; set maintenance_work_mem = '1GB'");
  }
  await exec(db, 'alter table encounter_tallies drop constraint encounter_tallies_pkey');
  const generationStarted = performance.now();
  for (const [label, statement] of generationSteps(scale)) {
    const ms = await exec(db, statement);
    if (ms > 200) report(label, ms);
  }
  report('total generation', performance.now() - generationStarted);
  for (const rollup of ROLLUPS) {
    const started = performance.now();
    await fillRollup(db, rollup, null);
    report(`${rollup.table} build`, performance.now() - started);
  }
  const tables = ['municipalities', 'units', 'categories', 'shifts', 'encounter_tallies'];
  report(
    'vacuum analyze',
    await exec(db, `vacuum (analyze) ${[...tables, ...ROLLUPS.map((r) => r.table)].join(', ')}`),
  );
  await exec(db, 'reset session_replication_role');
  if (kind === 'postgres') await exec(db, 'reset work_mem; reset maintenance_work_mem');
}
