import { sql } from 'kysely';
import type { Db } from '../db/connect';

const UNDEFINED_TABLE = '42P01';

export type DatabaseHealth =
  | { up: true; latencyMs: number; appliedMigrations: number }
  | { up: false; error: string };

/**
 * One round trip that shows both that the database answers and how many of the app's migrations
 * it has. No migration table at all is an empty schema: the database is up, nothing is applied.
 */
export async function readDatabaseHealth(
  db: Db,
  knownMigrations: readonly string[],
): Promise<DatabaseHealth> {
  const started = performance.now();
  const latency = () => Math.round((performance.now() - started) * 10) / 10;
  try {
    const { rows } = await sql<{ applied: number }>`
      select count(*)::int as applied from kysely_migration
      where name in (${sql.join(knownMigrations)})
    `.execute(db);
    return { up: true, latencyMs: latency(), appliedMigrations: rows[0]?.applied ?? 0 };
  } catch (error) {
    if ((error as { code?: unknown }).code === UNDEFINED_TABLE) {
      return { up: true, latencyMs: latency(), appliedMigrations: 0 };
    }
    return { up: false, error: error instanceof Error ? error.message : String(error) };
  }
}
