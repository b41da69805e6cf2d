import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/database';
import { KEY_MODULUS } from '../disclosure/record-keys';
import { ROLLUPS, type RollupColumn } from './rollup';

const day = `(s.starts_at at time zone 'Europe/Stockholm')::date`;
const COLUMN_FROM_TALLIES: Record<RollupColumn, string> = {
  day,
  month: `date_trunc('month', ${day})::date`,
  unit_id: 's.unit_id',
  gender: 'e.gender',
  age_band_id: 'e.age_band_id',
  depth: 'e.depth',
};

/**
 * How many cells of each rollup differ from a recomputation from the tallies (counts and cell keys),
 * for one municipality or all: zero everywhere means the rollups are exact. A full scan of the
 * tallies, so for checks and tests, not for every request.
 */
export async function rollupDrift(
  db: Kysely<Database>,
  municipalityId: string | null = null,
): Promise<{ table: string; cells: number }[]> {
  const only = (alias: string) =>
    municipalityId === null ? sql`` : sql`and ${sql.ref(`${alias}.municipality_id`)} = ${municipalityId}`;
  const drift: { table: string; cells: number }[] = [];
  for (const rollup of ROLLUPS) {
    const stored = sql.raw(rollup.key.map((c) => `r.${c}::text`).join(" || '|' || "));
    const recomputed = sql.raw(rollup.key.map((c) => `${COLUMN_FROM_TALLIES[c]}::text`).join(" || '|' || "));
    const { rows } = await sql<{ n: number }>`
      with stored as (
        select r.municipality_id, ${stored} as k, r.contacts, r.cell_key
        from ${sql.table(rollup.table)} r where true ${only('r')}
      ), recomputed as (
        select s.municipality_id, ${recomputed} as k, sum(e.count)::int as contacts,
               (sum(e.cell_key) % ${sql.raw(String(KEY_MODULUS))})::int as cell_key
        from shifts s join encounter_tallies e on e.municipality_id = s.municipality_id and e.shift_id = s.id
        where s.status = 'done' ${only('s')}
        group by 1, 2
      )
      select count(*)::int as n from (
        (select * from stored except select * from recomputed)
        union all (select * from recomputed except select * from stored)
      ) d`.execute(db);
    drift.push({ table: rollup.table, cells: rows[0]?.n ?? 0 });
  }
  return drift;
}

/**
 * Municipalities whose rollups' totals (contacts and cell keys, per rollup table) differ from their
 * tallies': one aggregate over the tallies and one per rollup, cheap enough for every start. It
 * catches what a crash or a bulk load gone wrong leaves behind — shifts missing from the rollups,
 * or rollup rows without shifts — which a full comparison (rollupDrift) would find too, slower.
 */
export async function municipalitiesWithDrift(db: Kysely<Database>): Promise<string[]> {
  const modulus = sql.raw(String(KEY_MODULUS));
  const totals = (table: string) => sql`
    select municipality_id, sum(contacts)::bigint as contacts, sum(cell_key) % ${modulus} as k
    from ${sql.table(table)} group by 1`;
  const { rows: truth } = await sql<{ municipality_id: string; contacts: number; k: number }>`
    select s.municipality_id, sum(e.count)::bigint as contacts, sum(e.cell_key) % ${modulus} as k
    from shifts s join encounter_tallies e on e.municipality_id = s.municipality_id and e.shift_id = s.id
    where s.status = 'done' group by 1`.execute(db);
  const expected = new Map(
    truth.map((row) => [row.municipality_id, `${Number(row.contacts)}|${Number(row.k)}`]),
  );
  const drifting = new Set<string>();
  for (const rollup of ROLLUPS) {
    const { rows } = await sql<{
      municipality_id: string;
      contacts: number;
      k: number;
    }>`${totals(rollup.table)}`.execute(db);
    const seen = new Map(
      rows.map((row) => [row.municipality_id, `${Number(row.contacts)}|${Number(row.k)}`]),
    );
    for (const id of new Set([...expected.keys(), ...seen.keys()]))
      if ((expected.get(id) ?? '0|0') !== (seen.get(id) ?? '0|0')) drifting.add(id);
  }
  return [...drifting];
}
