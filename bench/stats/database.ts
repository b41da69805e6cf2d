import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'kysely';
import { connectPostgres, type DatabaseHandle, type Db, wrapPGlite } from '../../src/server/db/connect';

/**
 * Drops (and unless `drop`, recreates) the bench database through the server's `postgres` database.
 * Its name must contain "bench" so a real database is never touched.
 */
async function recreateDatabase(url: string, drop: boolean): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!/bench/i.test(name) || !/^[A-Za-z0-9_]+$/.test(name)) {
    throw new Error(
      `Refusing to drop database "${name}": its name must contain "bench" (letters, digits, _)`,
    );
  }
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const handle = connectPostgres(admin.toString(), 1);
  try {
    await sql.raw(`drop database if exists ${name} with (force)`).execute(handle.db);
    if (!drop) await sql.raw(`create database ${name}`).execute(handle.db);
  } finally {
    await handle.db.destroy();
  }
}

export type BenchDatabase = DatabaseHandle & { close: () => Promise<void> };

/** A fresh, empty bench database: PGlite in a temporary directory, or the PostgreSQL one at `url`. */
export async function openBenchDatabase(
  options: { pglite: true } | { pglite: false; url: string; keep: boolean },
): Promise<BenchDatabase> {
  if (options.pglite) {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'faltlogg-stats-'));
    const handle = wrapPGlite(await PGlite.create({ dataDir: dir }));
    return {
      ...handle,
      close: async () => {
        await handle.db.destroy();
        await rm(dir, { recursive: true, force: true });
      },
    };
  }
  await recreateDatabase(options.url, false);
  // One connection, so session settings apply to every statement.
  const handle = connectPostgres(options.url, 1);
  return {
    ...handle,
    close: async () => {
      await handle.db.destroy();
      if (!options.keep) await recreateDatabase(options.url, true);
    },
  };
}

/** Runs one statement; returns its wall time in ms. */
export async function exec(db: Db, statement: string): Promise<number> {
  const started = performance.now();
  await sql.raw(statement).execute(db);
  return performance.now() - started;
}

export async function scalar(db: Db, query: string): Promise<number> {
  const { rows } = await sql.raw<{ value: number | string }>(query).execute(db);
  return Number(rows[0]?.value);
}

/** Row count and size with indexes, for the report. */
export async function tableSize(db: Db, table: string): Promise<{ rows: number; bytes: number }> {
  return {
    rows: await scalar(db, `select count(*) as value from ${table}`),
    bytes: await scalar(db, `select pg_total_relation_size('${table}') as value`),
  };
}
