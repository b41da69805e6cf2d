import type { Kysely, Transaction } from 'kysely';
import type { Database } from './database';

/**
 * Runs `work` in a transaction: the caller's, when it already holds one (so a bulk load can be one
 * atomic whole), or a new one. Kysely cannot nest transactions.
 */
export function inTransaction<T>(
  db: Kysely<Database>,
  work: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  return db.isTransaction ? work(db as Transaction<Database>) : db.transaction().execute(work);
}
