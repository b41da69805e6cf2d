import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Gender } from '../../shared/field-log';
import type { Database } from '../db/database';
import { type Cell, cellOf } from '../disclosure/cells';
import { KEY_MODULUS } from '../disclosure/record-keys';
import { type DayRange, splitPeriod } from './period-split';

export type StatisticsScope =
  | { kind: 'unit'; id: string }
  | { kind: 'administration'; id: string }
  | { kind: 'municipality'; id: string };

/** Limits the rollup rows `r` to the scope (a municipality-wide table has no unit to filter on). */
function inScope(municipalityId: string, scope: StatisticsScope): RawBuilder<unknown> {
  const where = sql`r.municipality_id = ${municipalityId}`;
  if (scope.kind === 'unit') return sql`${where} and r.unit_id = ${scope.id}`;
  if (scope.kind === 'administration') {
    return sql`${where} and r.unit_id in (
      select u.id from units u where u.municipality_id = ${municipalityId} and u.administration_id = ${scope.id})`;
  }
  return where;
}

/** The cell key of the rows `r` summed: the sum of their records' keys, modulo the key modulus. */
export const summedKey = (column = 'r.cell_key') => sql.raw<number>(`(sum(${column}) % ${KEY_MODULUS})::int`);

/**
 * Contacts in a period from the fastest exact sources: the smallest monthly rollup that has the
 * grouping for its whole months, encounter_daily for the days at its edges (each calendar month
 * comes from one source only, so the parts' groups never overlap). Grouped by gender, or by gender,
 * age band and month.
 */
function periodQuery(
  municipalityId: string,
  scope: StatisticsScope,
  range: DayRange,
  grouping: 'gender' | 'unit and gender' | 'gender, age band and month',
): RawBuilder<unknown> | null {
  const { months, days } = splitPeriod(range);
  const monthly =
    grouping !== 'gender, age band and month'
      ? 'encounter_monthly_gender'
      : scope.kind === 'municipality'
        ? 'encounter_monthly_municipality'
        : 'encounter_monthly';
  const parts = [
    ...(months ? [{ table: monthly, period: 'month', range: months }] : []),
    ...days.map((edge) => ({ table: 'encounter_daily', period: 'day', range: edge })),
  ].map((part) => {
    const period = sql.ref(`r.${part.period}`);
    // Grouped by the month itself and formatted per group, not per row.
    const month = part.period === 'month' ? period : sql`date_trunc('month', ${period})`;
    const [columns, groups] =
      grouping === 'gender'
        ? [sql`r.gender`, sql`r.gender`]
        : grouping === 'unit and gender'
          ? [sql`r.unit_id, r.gender`, sql`r.unit_id, r.gender`]
          : [
              sql`r.gender, r.age_band_id, to_char(${month}, 'YYYY-MM') as month`,
              sql`r.gender, r.age_band_id, ${month}`,
            ];
    return sql`
      select ${columns}, sum(r.contacts)::int as contacts, ${summedKey()} as cell_key
      from ${sql.table(part.table)} r
      where ${inScope(municipalityId, scope)} and ${period} between ${part.range.from} and ${part.range.to}
      group by ${groups}`;
  });
  return parts.length === 0 ? null : sql.join(parts, sql` union all `);
}

type ContactRow = { gender: Gender; age_band_id: string; month: string; contacts: number; cell_key: number };

/**
 * Contacts by gender, age band and month ('YYYY-MM') within a scope and a period of days (both
 * inclusive): whole months from encounter_monthly (encounter_monthly_municipality for the whole
 * municipality), edge days from encounter_daily.
 */
export async function contactCounts(
  db: Kysely<Database>,
  municipalityId: string,
  scope: StatisticsScope,
  range: { from: string; to: string },
): Promise<ContactRow[]> {
  const query = periodQuery(municipalityId, scope, range, 'gender, age band and month');
  if (!query) return [];
  return (await sql<ContactRow>`${query}`.execute(db)).rows;
}

/** Contacts by gender only, for the comparison periods: whole months from encounter_monthly_gender. */
export async function contactsByGender(
  db: Kysely<Database>,
  municipalityId: string,
  scope: StatisticsScope,
  range: { from: string; to: string },
): Promise<Record<Gender, Cell>> {
  const query = periodQuery(municipalityId, scope, range, 'gender');
  const rows = query
    ? (await sql<{ gender: Gender; contacts: number; cell_key: number }>`${query}`.execute(db)).rows
    : [];
  const of = (gender: Gender) => cellOf(rows, (row) => row.gender === gender);
  return { girl: of('girl'), boy: of('boy'), other: of('other') };
}

/** Contacts per unit and gender in a period, for units side by side. */
export async function contactsByUnit(
  db: Kysely<Database>,
  municipalityId: string,
  scope: StatisticsScope,
  range: { from: string; to: string },
) {
  const query = periodQuery(municipalityId, scope, range, 'unit and gender');
  if (!query) return [];
  return (
    await sql<{ unit_id: string; gender: Gender; contacts: number; cell_key: number }>`${query}`.execute(db)
  ).rows;
}

/** The units a scope covers, as a subquery for `where(unit column, 'in', …)`; null for the whole municipality. */
export function unitsOfScope(db: Kysely<Database>, municipalityId: string, scope: StatisticsScope) {
  if (scope.kind === 'municipality') return null;
  const units = db.selectFrom('units').select('id').where('municipality_id', '=', municipalityId);
  return scope.kind === 'unit'
    ? units.where('id', '=', scope.id)
    : units.where('administration_id', '=', scope.id);
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
