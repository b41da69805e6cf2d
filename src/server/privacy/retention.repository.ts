import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../db/database';
import { DEFAULT_RETENTION_MONTHS, RECORD_KINDS, type RecordKind } from './retention-policy';

type Reader = Kysely<Database> | Transaction<Database>;
export type RetentionMonths = Record<RecordKind, number>;

/** The municipality's retention periods, the defaults where none is set. */
export async function retentionMonths(db: Reader, municipalityId: string): Promise<RetentionMonths> {
  const rows = await db
    .selectFrom('retention_policies')
    .select(['record_kind', 'months'])
    .where('municipality_id', '=', municipalityId)
    .execute();
  const months = { ...DEFAULT_RETENTION_MONTHS };
  for (const row of rows) months[row.record_kind] = row.months;
  return months;
}

export async function saveRetentionMonths(
  trx: Transaction<Database>,
  municipalityId: string,
  months: RetentionMonths,
  by: { userId: string | null; at: Date },
): Promise<void> {
  await trx
    .insertInto('retention_policies')
    .values(
      RECORD_KINDS.map((kind) => ({
        municipality_id: municipalityId,
        record_kind: kind,
        months: months[kind],
        updated_at: by.at,
        updated_by: by.userId,
      })),
    )
    .onConflict((oc) =>
      oc.columns(['municipality_id', 'record_kind']).doUpdateSet((eb) => ({
        months: eb.ref('excluded.months'),
        updated_at: eb.ref('excluded.updated_at'),
        updated_by: eb.ref('excluded.updated_by'),
      })),
    )
    .execute();
}

export async function insertRetentionRun(
  trx: Transaction<Database>,
  run: {
    id: string;
    municipalityId: string;
    startedAt: Date;
    trigger: 'schedule' | 'administrator';
    deleted: Record<RecordKind, number>;
  },
): Promise<void> {
  await trx
    .insertInto('retention_runs')
    .values({
      id: run.id,
      municipality_id: run.municipalityId,
      started_at: run.startedAt,
      trigger: run.trigger,
      deleted: JSON.stringify(run.deleted),
    })
    .execute();
}

export async function recentRetentionRuns(db: Reader, municipalityId: string, limit = 20) {
  return db
    .selectFrom('retention_runs')
    .select(['id', 'started_at', 'trigger', 'deleted'])
    .where('municipality_id', '=', municipalityId)
    .orderBy('started_at', 'desc')
    .limit(limit)
    .execute();
}

export async function allMunicipalityIds(db: Reader): Promise<string[]> {
  return (await db.selectFrom('municipalities').select('id').execute()).map((row) => row.id);
}

/**
 * Advisory lock keys: a constant for scheduled deletion ("falt" in ASCII), and the municipality.
 * Two municipalities whose ids hash alike only wait for each other; nothing is skipped for good,
 * since the instance holding the lock goes on to the other municipality itself.
 */
const RETENTION_LOCK = 0x66616c74;

/**
 * Takes the municipality's retention lock for the rest of `trx` if no one holds it; false when
 * another transaction (another instance) does. Released at commit or rollback, so it cannot be
 * left behind on a pooled connection.
 */
export async function tryLockRetention(trx: Transaction<Database>, municipalityId: string): Promise<boolean> {
  const { rows } = await sql<{ locked: boolean }>`
    select pg_try_advisory_xact_lock(${RETENTION_LOCK}, hashtext(${municipalityId})) as locked`.execute(trx);
  return rows[0]?.locked === true;
}

/** As tryLockRetention, but waits for the holder to finish. */
export async function lockRetention(trx: Transaction<Database>, municipalityId: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(${RETENTION_LOCK}, hashtext(${municipalityId}))`.execute(trx);
}

/** Whether the schedule ran for the municipality after `since`. */
export async function scheduledRunSince(db: Reader, municipalityId: string, since: Date): Promise<boolean> {
  const row = await db
    .selectFrom('retention_runs')
    .select('id')
    .where('municipality_id', '=', municipalityId)
    .where('trigger', '=', 'schedule')
    .where('started_at', '>', since)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
