import { type Kysely, sql } from 'kysely';
import type { Gender } from '../../shared/field-log';
import type { Database } from '../db/database';
import { type StatisticsScope, unitsOfScope } from '../statistics/statistics.repository';

export const SUPPORT_MEASURES = ['open', 'opened', 'closed'] as const;
export type SupportContactCounts = Record<(typeof SUPPORT_MEASURES)[number], Record<Gender, number>>;

/**
 * Consented support contacts counted without identity: open at the end of the period, opened and
 * closed during it (Stockholm days), by gender. Only counts leave the support feature's tables.
 */
export async function supportContactCounts(
  db: Kysely<Database>,
  municipalityId: string,
  scope: StatisticsScope,
  range: { from: string; to: string },
): Promise<SupportContactCounts> {
  const day = (column: 'opened_at' | 'closed_at') =>
    sql`(${sql.ref(column)} at time zone 'Europe/Stockholm')::date`;
  let query = db
    .selectFrom('support_contacts')
    .select([
      'gender',
      sql<number>`count(*) filter (where ${day('opened_at')} <= ${range.to}::date
        and (closed_at is null or ${day('closed_at')} > ${range.to}::date))::int`.as('open'),
      sql<number>`count(*) filter (where ${day('opened_at')} between ${range.from}::date and ${range.to}::date)::int`.as(
        'opened',
      ),
      sql<number>`count(*) filter (where ${day('closed_at')} between ${range.from}::date and ${range.to}::date)::int`.as(
        'closed',
      ),
    ])
    .where('municipality_id', '=', municipalityId);
  const units = unitsOfScope(db, municipalityId, scope);
  if (units) query = query.where('unit_id', 'in', units);
  const rows = await query.groupBy('gender').execute();
  const zero = () => ({ girl: 0, boy: 0, other: 0 });
  const counts: SupportContactCounts = { open: zero(), opened: zero(), closed: zero() };
  for (const row of rows)
    for (const measure of SUPPORT_MEASURES) counts[measure][row.gender] = Number(row[measure]);
  return counts;
}
