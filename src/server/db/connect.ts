import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Config, DatabaseTimeouts } from '../config';
import { lockDataDir } from './data-dir-lock';
import type { Database } from './database';
import { PGliteDialect } from './pglite-dialect';
import { DATE_OID, INT8_OID, NUMERIC_OID, parseDay } from './type-oids';

export type DatabaseKind = 'pglite' | 'postgres';
export type Db = Kysely<Database>;
export type DatabaseHandle = { db: Db; kind: DatabaseKind };

/**
 * pg returns int8 and numeric as strings, PGlite as numbers. Parse both to numbers here, once, so
 * counts look the same on either database (our counts stay far below 2^53). A `date` stays its
 * 'YYYY-MM-DD' text, as on PGlite (pglite-dialect.ts).
 */
function pgTypes(): pg.CustomTypesConfig {
  return {
    getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
      if (oid === INT8_OID || oid === NUMERIC_OID) return (value: string) => Number(value);
      if (oid === DATE_OID) return parseDay;
      return pg.types.getTypeParser(oid, format);
    }) as pg.CustomTypesConfig['getTypeParser'],
  };
}

/**
 * pg's options for the timeouts: how long to wait for a connection (a new one, or a free one from
 * a full pool), and the server-side limits on one statement and on a transaction left idle.
 * 0 leaves a server-side limit off.
 */
function poolTimeouts(timeouts: DatabaseTimeouts | undefined): pg.PoolConfig {
  if (!timeouts) return {};
  return {
    connectionTimeoutMillis: timeouts.connectMs,
    ...(timeouts.statementMs > 0 ? { statement_timeout: timeouts.statementMs } : {}),
    ...(timeouts.idleInTransactionMs > 0
      ? { idle_in_transaction_session_timeout: timeouts.idleInTransactionMs }
      : {}),
    // Notice a server that vanished without closing the connection (power cut, network partition).
    keepAlive: true,
  };
}

export function connectPostgres(
  url: string,
  poolSize = 10,
  onIdleError: (error: Error) => void = () => {},
  timeouts?: DatabaseTimeouts,
): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    types: pgTypes(),
    ...poolTimeouts(timeouts),
  });
  // An idle connection that the server drops (restart, failover) emits 'error'; unhandled, that
  // would end the process. The pool replaces the connection on next use.
  pool.on('error', onIdleError);
  // So may one in use between two queries (the server ended an idle transaction, or shut down),
  // but pg-pool listens only while a client is idle. The query that uses it next fails and says
  // why, and the pool discards it; until then the error needs a listener, or it ends the process.
  pool.on('connect', (client) => client.on('error', () => {}));
  return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), kind: 'postgres' };
}

export function wrapPGlite(pglite: PGlite): DatabaseHandle {
  return { db: new Kysely<Database>({ dialect: new PGliteDialect(pglite) }), kind: 'pglite' };
}

/** Opens the configured database: a PostgreSQL server, or PGlite with its data directory on disk. */
export async function openDatabase(
  database: Config['database'],
  onIdleError?: (error: Error) => void,
  timeouts?: DatabaseTimeouts,
): Promise<DatabaseHandle> {
  if (database.kind === 'postgres') return connectPostgres(database.url, 10, onIdleError, timeouts);
  await mkdir(database.dataDir, { recursive: true });
  await lockDataDir(database.dataDir);
  const pglite = await PGlite.create({ dataDir: database.dataDir });
  return wrapPGlite(pglite);
}

/** Round-trip time of a trivial query, or the error that prevented it (`cause`, to classify it). */
export async function pingDatabase(
  db: Db,
): Promise<{ up: true; latencyMs: number } | { up: false; error: string; cause: unknown }> {
  const started = performance.now();
  try {
    await sql`select 1`.execute(db);
    return { up: true, latencyMs: Math.round((performance.now() - started) * 10) / 10 };
  } catch (error) {
    return { up: false, error: error instanceof Error ? error.message : String(error), cause: error };
  }
}
