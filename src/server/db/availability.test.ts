import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/support/test-app';
import { appOnPostgres } from '../../../test/support/unreachable-database';
import { databaseFailure, redactDatabaseUrl } from './availability';
import { connectPostgres, type Db } from './connect';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('which errors mean the database cannot be used', () => {
  it('knows Node socket errors, SQLSTATEs of a server that cannot serve, and pg’s words', () => {
    expect(databaseFailure(withCode('ECONNREFUSED'))).toEqual({
      code: 'database_unavailable',
      reason: 'connection refused',
    });
    expect(databaseFailure(withCode('ENOTFOUND'))?.reason).toBe('host not found');
    expect(databaseFailure(withCode('57P01'))?.reason).toBe('the server is shutting down');
    expect(databaseFailure(withCode('53300'))?.reason).toBe('too many clients');
    expect(databaseFailure(withCode('08006'))?.code).toBe('database_unavailable');
    expect(databaseFailure(withCode('57014'))).toEqual({
      code: 'database_timeout',
      reason: 'statement timeout',
    });
    for (const message of [
      'timeout exceeded when trying to connect',
      'Connection terminated due to connection timeout',
      'Connection terminated unexpectedly',
      'Client has encountered a connection error and is not queryable',
      'Cannot use a pool after calling end on the pool',
      'driver has already been destroyed',
    ]) {
      expect(databaseFailure(new Error(message)), message).not.toBeNull();
    }
  });

  it('looks through causes and AggregateError (each address of a host name)', () => {
    const refused = new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')], 'connect');
    expect(databaseFailure(refused)?.reason).toBe('connection refused');
    expect(databaseFailure(new Error('migration failed', { cause: withCode('57P03') }))?.code).toBe(
      'database_unavailable',
    );
  });

  it('leaves every other error alone: a bug stays a 500', () => {
    expect(databaseFailure(withCode('23505', 'duplicate key'))).toBeNull();
    expect(databaseFailure(withCode('42P01', 'relation does not exist'))).toBeNull();
    expect(databaseFailure(new TypeError('x is undefined'))).toBeNull();
    expect(databaseFailure('a string')).toBeNull();
    const loop: Error & { cause?: unknown } = new Error('loop');
    loop.cause = loop;
    expect(databaseFailure(loop)).toBeNull();
  });

  it('shows a database URL without its password', () => {
    expect(redactDatabaseUrl('postgres://app:s3cr%40t@db.internal:5433/faltlogg?sslmode=require')).toBe(
      'postgres://app@db.internal:5433/faltlogg',
    );
    expect(redactDatabaseUrl('postgresql://db/faltlogg')).toBe('postgresql://db/faltlogg');
  });
});

// The server-side timeouts need a real PostgreSQL server (PGlite is in-process and has none).
describe.skipIf(process.env.FALTLOGG_TEST_DB !== 'postgres')('timeouts on PostgreSQL', () => {
  /** The URL of the database this test file was given, for a second pool with other settings. */
  async function testDatabaseUrl(db: Db) {
    const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(db);
    const url = new URL(process.env.TEST_DATABASE_URL as string);
    url.pathname = `/${rows[0]?.name}`;
    return url.toString();
  }

  it('ends a statement that waits too long: 503 database_timeout, not a hung request', async () => {
    const t = await createTestApp();
    const limited = appOnPostgres(await testDatabaseUrl(t.db), { DATABASE_STATEMENT_TIMEOUT_MS: '300' });
    try {
      // Another session holds the users table; sign-in must read it.
      await t.db.transaction().execute(async (trx) => {
        await sql`lock table users in access exclusive mode`.execute(trx);
        const started = performance.now();
        const response = await limited.app.request('/api/auth/sign-in', {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: 'faltlogg_csrf=x', 'x-csrf-token': 'x' },
          body: JSON.stringify({ email: 'admin@demo.faltlogg.se', password: 'demo-faltlogg' }),
        });
        expect(response.status).toBe(503);
        expect((await response.json()).error.code).toBe('database_timeout');
        expect(performance.now() - started).toBeLessThan(3_000);
      });
    } finally {
      await limited.close();
      await t.close();
    }
  });

  it('ends a transaction left idle, without taking the process down, and the pool goes on', async () => {
    const t = await createTestApp();
    const handle = connectPostgres(await testDatabaseUrl(t.db), 1, () => {}, {
      connectMs: 2_000,
      statementMs: 0,
      idleInTransactionMs: 200,
    });
    try {
      const outcome = await handle.db
        .transaction()
        .execute(async (trx) => {
          await sql`select 1`.execute(trx);
          await new Promise((resolve) => setTimeout(resolve, 600));
          await sql`select 2`.execute(trx);
        })
        .then(
          () => null,
          (error: unknown) => error,
        );
      expect(databaseFailure(outcome)?.code).toBe('database_unavailable');
      const { rows } = await sql<{ one: number }>`select 1 as one`.execute(handle.db);
      expect(rows).toEqual([{ one: 1 }]);
    } finally {
      await handle.db.destroy();
      await t.close();
    }
  });
});
