import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/database';
import { stockholmDayBounds } from './stockholm-days';

type Range = { from: string; to: string };
/** Unit comparisons are for places above a unit. */
export type ComparisonScope = { kind: 'administration' | 'municipality'; id: string };

/** The scope's units (active ones, and inactive ones that may still have figures in the period). */
export async function unitsInScope(db: Kysely<Database>, municipalityId: string, scope: ComparisonScope) {
  let query = db
    .selectFrom('units as u')
    .innerJoin('administrations as a', (join) =>
      join.onRef('a.municipality_id', '=', 'u.municipality_id').onRef('a.id', '=', 'u.administration_id'),
    )
    .select(['u.id', 'u.name', 'u.active', 'a.name as administration_name'])
    .where('u.municipality_id', '=', municipalityId);
  if (scope.kind === 'administration') query = query.where('u.administration_id', '=', scope.id);
  return query.orderBy('a.name').orderBy('u.name').execute();
}

/** Done shifts and field hours (done, time use outreach) per unit, by Stockholm start day. */
export async function activityByUnit(
  db: Kysely<Database>,
  municipalityId: string,
  unitIds: readonly string[],
  range: Range,
) {
  if (unitIds.length === 0) return [];
  return db
    .selectFrom('shifts')
    .select([
      'unit_id',
      sql<number>`count(*)::int`.as('done_shifts'),
      sql<number>`coalesce(sum(extract(epoch from ends_at - starts_at)) filter (where time_use = 'outreach'), 0)::float8 / 3600`.as(
        'field_hours',
      ),
    ])
    .where('municipality_id', '=', municipalityId)
    .where('unit_id', 'in', unitIds)
    .where('status', '=', 'done')
    .where('starts_at', '>=', stockholmDayBounds(range).start)
    .where('starts_at', '<', stockholmDayBounds(range).end)
    .groupBy('unit_id')
    .execute();
}
