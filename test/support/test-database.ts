import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { inject } from 'vitest';
import { connectPostgres, type DatabaseHandle, wrapPGlite } from '../../src/server/db/connect';

export type TestDatabase = DatabaseHandle & {
  /**
   * Another handle on the same database, as a second app instance would open: its own pool on
   * PostgreSQL; on PGlite the same handle, since PGlite has one session and a second Kysely on it
   * would interleave transactions. Closed with the database.
   */
  connectAgain: () => DatabaseHandle;
  close: () => Promise<void>;
};

/** A migrated database of this test file's own: a clone of the run's template. */
export async function openTestDatabase(): Promise<TestDatabase> {
  if (process.env.FALTLOGG_TEST_DB === 'postgres') {
    const url = process.env.TEST_DATABASE_URL as string;
    const name = `faltlogg_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${name} template ${inject('postgresTemplate')}`);
    const target = new URL(url);
    target.pathname = `/${name}`;
    const handle = connectPostgres(target.toString(), 4);
    const others: DatabaseHandle[] = [];
    return {
      ...handle,
      connectAgain: () => {
        const other = connectPostgres(target.toString(), 4);
        others.push(other);
        return other;
      },
      close: async () => {
        for (const other of others) await other.db.destroy();
        await handle.db.destroy();
        await admin.query(`drop database if exists ${name} with (force)`);
        await admin.end();
      },
    };
  }
  const dump = await readFile(inject('pgliteTemplatePath'));
  const pglite = await PGlite.create({ loadDataDir: new Blob([dump]) });
  const handle = wrapPGlite(pglite);
  return { ...handle, connectAgain: () => handle, close: () => handle.db.destroy() };
}
