import type { Transaction } from 'kysely';
import { uuidv7 } from '../../shared/uuidv7';
import { auditFrom, recordAudit } from '../audit/audit.repository';
import { requirePermission } from '../auth/actor';
import type { Db } from '../db/connect';
import type { Database } from '../db/database';
import type { RequestContext } from '../http/request-context';
import { DUE_RECORDS } from './retention.deleters';
import {
  insertRetentionRun,
  lockRetention,
  type RetentionMonths,
  recentRetentionRuns,
  retentionMonths,
  saveRetentionMonths,
  scheduledRunSince,
  tryLockRetention,
} from './retention.repository';
import { RECORD_KINDS, type RecordKind, retentionCutoff } from './retention-policy';

export type RetentionOverview = {
  months: RetentionMonths;
  runs: { startedAt: string; trigger: 'schedule' | 'administrator'; deleted: Record<string, number> }[];
};

/**
 * Deletes one municipality's personal records that are due, in one transaction, and keeps an
 * anonymous tally of the run (counts per kind, never whose). Run by an administrator; it waits
 * while the schedule runs for the same municipality on any instance.
 */
export async function runRetention(
  db: Db,
  municipalityId: string,
  now: Date,
  ctx: RequestContext,
): Promise<Record<RecordKind, number>> {
  return db.transaction().execute(async (trx) => {
    await lockRetention(trx, municipalityId);
    return deleteDueRecords(trx, municipalityId, now, ctx);
  });
}

export type ScheduledRun =
  | { ran: true; deleted: Record<RecordKind, number> }
  | { ran: false; reason: 'running_elsewhere' | 'ran_recently' };

/**
 * The schedule's run for one municipality. Every instance has the schedule, so a run is skipped
 * while another instance holds the municipality's lock, and when the schedule already ran within
 * `skipIfRanWithinMs`: checked under the lock, so of instances that start together one runs.
 */
export async function runScheduledRetention(
  db: Db,
  municipalityId: string,
  now: Date,
  skipIfRanWithinMs: number,
): Promise<ScheduledRun> {
  return db.transaction().execute(async (trx): Promise<ScheduledRun> => {
    if (!(await tryLockRetention(trx, municipalityId))) return { ran: false, reason: 'running_elsewhere' };
    const since = new Date(now.getTime() - skipIfRanWithinMs);
    if (skipIfRanWithinMs > 0 && (await scheduledRunSince(trx, municipalityId, since))) {
      return { ran: false, reason: 'ran_recently' };
    }
    return { ran: true, deleted: await deleteDueRecords(trx, municipalityId, now, null) };
  });
}

/** The run itself, inside the caller's transaction and lock; `ctx` is the administrator, if any. */
async function deleteDueRecords(
  trx: Transaction<Database>,
  municipalityId: string,
  now: Date,
  ctx: RequestContext | null,
): Promise<Record<RecordKind, number>> {
  const months = await retentionMonths(trx, municipalityId);
  const deleted = { support_contact: 0, report_of_concern: 0 };
  for (const kind of RECORD_KINDS) {
    deleted[kind] = await DUE_RECORDS[kind].delete(trx, municipalityId, retentionCutoff(now, months[kind]));
  }
  const trigger = ctx ? 'administrator' : 'schedule';
  await insertRetentionRun(trx, {
    id: uuidv7(now.getTime()),
    municipalityId,
    startedAt: now,
    trigger,
    deleted,
  });
  await recordAudit(trx, {
    ...(ctx
      ? auditFrom(ctx)
      : { municipalityId, actorUserId: null, actorRoles: 'system', ip: null, at: now }),
    action: 'retention.run',
    entityType: 'municipality',
    entityId: municipalityId,
    details: { trigger, deleted },
  });
  return deleted;
}

export async function retentionOverview(db: Db, ctx: RequestContext): Promise<RetentionOverview> {
  requirePermission(ctx.actor, 'privacy.manage');
  const [months, runs] = await Promise.all([
    retentionMonths(db, ctx.actor.municipalityId),
    recentRetentionRuns(db, ctx.actor.municipalityId),
  ]);
  return {
    months,
    runs: runs.map((run) => ({
      startedAt: new Date(run.started_at).toISOString(),
      trigger: run.trigger,
      deleted: run.deleted,
    })),
  };
}

export async function updateRetention(
  db: Db,
  ctx: RequestContext,
  months: RetentionMonths,
): Promise<RetentionOverview> {
  requirePermission(ctx.actor, 'privacy.manage');
  await db.transaction().execute(async (trx) => {
    const before = await retentionMonths(trx, ctx.actor.municipalityId);
    await saveRetentionMonths(trx, ctx.actor.municipalityId, months, {
      userId: ctx.actor.userId,
      at: ctx.now,
    });
    await recordAudit(trx, {
      ...auditFrom(ctx),
      action: 'retention.policy.update',
      entityType: 'municipality',
      entityId: ctx.actor.municipalityId,
      details: { before, after: months },
    });
  });
  return retentionOverview(db, ctx);
}

export async function runRetentionNow(db: Db, ctx: RequestContext) {
  requirePermission(ctx.actor, 'privacy.manage');
  return { deleted: await runRetention(db, ctx.actor.municipalityId, ctx.now, ctx) };
}
