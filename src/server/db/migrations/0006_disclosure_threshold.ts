import type { Kysely } from 'kysely';
import { runStatements } from '../sql-script';

/**
 * Each municipality sets the threshold below which published figures about young people are
 * hidden: 5 by default, never below 3 (a group of one or two is always too small).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    alter table municipalities add column disclosure_threshold integer not null default 5
      check (disclosure_threshold between 3 and 20);
  `,
  );
}
