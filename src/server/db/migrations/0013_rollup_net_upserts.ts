import { type Kysely, sql } from 'kysely';

/**
 * A save now applies each rollup's net change in ONE upsert, cells in key order, so concurrent saves
 * take row locks in the same order and cannot deadlock (docs/statistics-storage.md). PostgreSQL
 * checks a CHECK constraint on the proposed row of an upsert before resolving the conflict, so
 * `contacts >= 0` (and "no contacts, no key") would refuse the net decrement of an existing cell:
 * those two checks go, and the save verifies the same thing on the rows its upsert returns.
 */
const ROLLUP_TABLES = [
  'encounter_daily',
  'encounter_monthly',
  'encounter_monthly_gender',
  'encounter_monthly_municipality',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of ROLLUP_TABLES) {
    // Names differ between PostgreSQL versions (…_check, …_check1): find them by what they say.
    const { rows } = await sql<{ name: string }>`
      select conname as name from pg_constraint
      where conrelid = ${table}::regclass and contype = 'c'
        and pg_get_constraintdef(oid) like '%contacts%'`.execute(db);
    for (const { name } of rows)
      await sql`alter table ${sql.table(table)} drop constraint ${sql.id(name)}`.execute(db);
  }
}
