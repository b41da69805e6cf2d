import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { type Kysely, type Migration, Migrator, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../shared/uuidv7';
import { connectPostgres, type DatabaseHandle, wrapPGlite } from '../db/connect';
import type { Database } from '../db/database';
import { migrateToLatest } from '../db/migrate';
import * as foundation from '../db/migrations/0001_foundation';
import * as fieldLog from '../db/migrations/0002_field_log';
import * as statisticsRollup from '../db/migrations/0003_statistics_rollup';
import * as monthlyRollup from '../db/migrations/0004_monthly_rollup';
import * as population from '../db/migrations/0005_population';
import * as disclosureThreshold from '../db/migrations/0006_disclosure_threshold';
import { verifyAuditChain } from './audit.service';

/** The schema as it was before the chain: audit rows already written must be chained by 0007. */
const BEFORE_CHAIN: Record<string, Migration> = {
  '0001_foundation': foundation,
  '0002_field_log': fieldLog,
  '0003_statistics_rollup': statisticsRollup,
  '0004_monthly_rollup': monthlyRollup,
  '0005_population': population,
  '0006_disclosure_threshold': disclosureThreshold,
};

/** An empty database of this file's own (not the migrated template the other tests clone). */
async function openEmptyDatabase(): Promise<DatabaseHandle & { close: () => Promise<void> }> {
  if (process.env.FALTLOGG_TEST_DB !== 'postgres') {
    const handle = wrapPGlite(await PGlite.create());
    return { ...handle, close: () => handle.db.destroy() };
  }
  const url = process.env.TEST_DATABASE_URL as string;
  const name = `faltlogg_test_backfill_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const handle = connectPostgres(target.toString(), 2);
  return {
    ...handle,
    close: async () => {
      await handle.db.destroy();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

let database: Awaited<ReturnType<typeof openEmptyDatabase>>;
beforeAll(async () => {
  database = await openEmptyDatabase();
});
afterAll(() => database?.close());

async function insertOldEvents(db: Kysely<Database>, municipalityId: string, times: string[]) {
  for (const [index, at] of times.entries()) {
    // Written the way the old recordAudit did, plus what only SQL can write: microseconds.
    await sql`
      insert into audit_events (id, municipality_id, occurred_at, actor_user_id, actor_roles, action,
        entity_type, entity_id, details, ip)
      values (${uuidv7()}, ${municipalityId}, ${at}::timestamptz, null, 'administrator', 'unit.update',
        'unit', ${uuidv7()}, ${JSON.stringify({ z: index, a: { y: [1, 2.5, 'å'], b: null } })}::jsonb, '10.0.0.1')
    `.execute(db);
  }
}

describe('migration 0007 on a database that already has audit rows', () => {
  it('chains them in time order, per municipality, so they verify', async () => {
    const db = database.db;
    const migrator = new Migrator({ db, provider: { getMigrations: async () => BEFORE_CHAIN } });
    const { error } = await migrator.migrateToLatest();
    expect(error).toBeUndefined();

    const municipalities = [uuidv7(), uuidv7()];
    for (const [index, id] of municipalities.entries()) {
      await db
        .insertInto('municipalities')
        .values({ id, name: `Kommun ${index}`, code: null })
        .execute();
    }
    const [first, second] = municipalities as [string, string];
    await insertOldEvents(db, first, [
      '2025-03-01T10:00:00.123456Z',
      '2025-01-01T10:00:00Z',
      '2025-02-01T10:00:00.5Z',
    ]);
    await insertOldEvents(db, second, ['2025-01-05T08:00:00Z']);

    await migrateToLatest(db);

    const rows = await db
      .selectFrom('audit_events')
      .select(['seq', 'occurred_at'])
      .where('municipality_id', '=', first)
      .orderBy('seq')
      .execute();
    expect(rows.map((row) => [row.seq, row.occurred_at.toISOString().slice(0, 10)])).toEqual([
      [1, '2025-01-01'],
      [2, '2025-02-01'],
      [3, '2025-03-01'],
    ]);
    expect(await verifyAuditChain(db, first)).toEqual({ ok: true, checked: 3, headSeq: 3 });
    expect(await verifyAuditChain(db, second)).toEqual({ ok: true, checked: 1, headSeq: 1 });
  });
});
