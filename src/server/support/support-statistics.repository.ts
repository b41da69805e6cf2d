import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Gender } from '../../shared/field-log';
import type { Database } from '../db/database';
import { type Cell, EMPTY_CELL } from '../disclosure/cells';
import { KEY_MODULUS } from '../disclosure/record-keys';
import { type StatisticsScope, unitsOfScope } from '../statistics/statistics.repository';

export const SUPPORT_MEASURES = ['open', 'opened', 'closed'] as const;
type SupportMeasure = (typeof SUPPORT_MEASURES)[number];
export type SupportContactCounts = Record<SupportMeasure, Record<Gender, Cell>>;

/**
 * Consented support contacts counted without identity: open at the end of the period, opened and
 * closed during it (Stockholm days), by gender, each count with its cell key. Only counts and keys
 * leave the support feature's tables.
 */
export async function supportContactCounts(
  db: Kysely<Database>,
  municipalityId: string,
  scope: StatisticsScope,
  range: { from: string; to: string },
): Promise<SupportContactCounts> {
  const day = (column: 'opened_at' | 'closed_at') =>
    sql`(${sql.ref(column)} at time zone 'Europe/Stockholm')::date`;
  const conditions: Record<SupportMeasure, RawBuilder<unknown>> = {
    open: sql`${day('opened_at')} <= ${range.to}::date and (closed_at is null or ${day('closed_at')} > ${range.to}::date)`,
    opened: sql`${day('opened_at')} between ${range.from}::date and ${range.to}::date`,
    closed: sql`${day('closed_at')} between ${range.from}::date and ${range.to}::date`,
  };
  let query = db
    .selectFrom('support_contacts')
    .select('gender')
    .select(
      SUPPORT_MEASURES.flatMap((measure) => [
        sql<number>`count(*) filter (where ${conditions[measure]})::int`.as(measure),
        sql<number>`(coalesce(sum(cell_key) filter (where ${conditions[measure]}), 0) % ${sql.raw(String(KEY_MODULUS))})::int`.as(
          `${measure}_key`,
        ),
      ]),
    )
    .where('municipality_id', '=', municipalityId);
  const units = unitsOfScope(db, municipalityId, scope);
  if (units) query = query.where('unit_id', 'in', units);
  const rows = await query.groupBy('gender').execute();
  const zero = () => ({ girl: EMPTY_CELL, boy: EMPTY_CELL, other: EMPTY_CELL });
  const counts: SupportContactCounts = { open: zero(), opened: zero(), closed: zero() };
  for (const row of rows) {
    const values = row as unknown as Record<string, number>;
    for (const measure of SUPPORT_MEASURES)
      counts[measure][row.gender] = {
        count: Number(values[measure]),
        key: Number(values[`${measure}_key`]),
      };
  }
  return counts;
}
