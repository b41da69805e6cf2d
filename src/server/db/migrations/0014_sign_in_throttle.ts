import type { Kysely } from 'kysely';
import { runStatements } from '../sql-script';

/**
 * The sign-in throttle moves from each process's memory into the database, so every instance
 * behind a proxy counts the same attempts (src/server/auth/sign-in-throttle.ts).
 *
 * One row per client address holds the times of its latest attempts inside the window, at most
 * the limit: an attempt is one atomic upsert, the check a primary-key read. The table has no
 * municipality_id on purpose: the throttle acts before the e-mail is looked up, when no
 * municipality is known, and must count guesses at any municipality's accounts (and at unknown
 * e-mails) together. It joins nothing, so a sharded deployment keeps it on the coordinator.
 * No index on last_attempt_at: the periodic sweep reads a table of only recent addresses.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    create table sign_in_throttle (
      address text primary key,
      attempted_at timestamptz[] not null,
      last_attempt_at timestamptz not null
    );
  `,
  );
}
