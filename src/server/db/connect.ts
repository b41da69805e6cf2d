import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Config } from '../config';
import type { Database } from './database';
import { PGliteDialect } from './pglite-dialect';

export type DatabaseKind = 'pglite' | 'postgres';
export type Db = Kysely<Database>;
export type DatabaseHandle = { db: Db; kind: DatabaseKind };

const INT8_OID = 20;
const NUMERIC_OID = 1700;

/**
 * pg returns int8 and numeric as strings, PGlite as numbers. Parse both to numbers here, once, so
 * counts look the same on either database (our counts stay far below 2^53).
 */
function pgTypes(): pg.CustomTypesConfig {
  return {
    getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
      if (oid === INT8_OID || oid === NUMERIC_OID) return (value: string) => Number(value);
      return pg.types.getTypeParser(oid, format);
    }) as pg.CustomTypesConfig['getTypeParser'],
  };
}

export function connectPostgres(
  url: string,
  poolSize = 10,
  onIdleError: (error: Error) => void = () => {},
): DatabaseHandle {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, types: pgTypes() });
  // An idle connection that the server drops (restart, failover) emits 'error'; unhandled, that
  // would end the process. The pool replaces the connection on next use.
  pool.on('error', onIdleError);
  return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), kind: 'postgres' };
}

export function wrapPGlite(pglite: PGlite): DatabaseHandle {
  return { db: new Kysely<Database>({ dialect: new PGliteDialect(pglite) }), kind: 'pglite' };
}

/** Opens the configured database: a PostgreSQL server, or PGlite with its data directory on disk. */
export async function openDatabase(
  database: Config['database'],
  onIdleError?: (error: Error) => void,
): Promise<DatabaseHandle> {
  if (database.kind === 'postgres') return connectPostgres(database.url, 10, onIdleError);
  await mkdir(database.dataDir, { recursive: true });
  const pglite = await PGlite.create({ dataDir: database.dataDir });
  return wrapPGlite(pglite);
}

/** Round-trip time of a trivial query, or the error that prevented it. */
export async function pingDatabase(
  db: Db,
): Promise<{ up: true; latencyMs: number } | { up: false; error: string }> {
  const started = performance.now();
  try {
    await sql`select 1`.execute(db);
    return { up: true, latencyMs: Math.round((performance.now() - started) * 10) / 10 };
  } catch (error) {
    return { up: false, error: error instanceof Error ? error.message : String(error) };
  }
}
