import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/database';

export type StatisticsScope =
  | { kind: 'unit'; id: string }
  | { kind: 'administration'; id: string }
  | { kind: 'municipality'; id: string };

/** Contacts from the daily rollup, by gender, age band and month, within a scope and day range. */
export async function contactCounts(
  db: Kysely<Database>,
  municipalityId: string,
  scope: StatisticsScope,
  range: { from: string; to: string },
) {
  let query = db
    .selectFrom('encounter_daily as d')
    .select([
      'd.gender',
      'd.age_band_id',
      sql<string>`to_char(d.day, 'YYYY-MM')`.as('month'),
      sql<number>`sum(d.contacts)::int`.as('contacts'),
    ])
    .where('d.municipality_id', '=', municipalityId)
    .where('d.day', '>=', range.from)
    .where('d.day', '<=', range.to);
  if (scope.kind === 'unit') query = query.where('d.unit_id', '=', scope.id);
  if (scope.kind === 'administration') {
    query = query.where('d.unit_id', 'in', (eb) =>
      eb
        .selectFrom('units')
        .select('id')
        .where('municipality_id', '=', municipalityId)
        .where('administration_id', '=', scope.id),
    );
  }
  return query.groupBy(['d.gender', 'd.age_band_id', sql`to_char(d.day, 'YYYY-MM')`]).execute();
}

/** Contacts by gender only, for the comparison periods. */
export async function contactsByGender(
  db: Kysely<Database>,
  municipalityId: string,
  scope: StatisticsScope,
  range: { from: string; to: string },
) {
  const rows = await contactCounts(db, municipalityId, scope, range);
  const total = (gender: string) =>
    rows.filter((row) => row.gender === gender).reduce((sum, row) => sum + Number(row.contacts), 0);
  return { girl: total('girl'), boy: total('boy'), other: total('other') };
}

export async function scopeName(
  db: Kysely<Database>,
  municipalityId: string,
  scope: StatisticsScope,
): Promise<string> {
  const table = scope.kind === 'unit' ? 'units' : scope.kind === 'administration' ? 'administrations' : null;
  if (!table) {
    const row = await db
      .selectFrom('municipalities')
      .select('name')
      .where('id', '=', municipalityId)
      .executeTakeFirst();
    return row?.name ?? '';
  }
  const row = await db
    .selectFrom(table)
    .select('name')
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', scope.id)
    .executeTakeFirst();
  return row?.name ?? '';
}
