import { type Kysely, sql } from 'kysely';

/**
 * Runs a migration's SQL one statement at a time: the extended protocol that both drivers use
 * refuses several commands in one message. Statements are separated by a semicolon at a line end;
 * comments are dropped first so a semicolon inside one cannot split a statement.
 */
export async function runStatements(db: Kysely<unknown>, script: string): Promise<void> {
  const statements = script
    .replace(/--[^\n]*/g, '')
    .split(/;\s*\n/)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
  for (const statement of statements) await sql.raw(statement).execute(db);
}
