import type { Kysely, Transaction } from 'kysely';
import { uuidv7 } from '../../shared/uuidv7';
import { type Actor, describeRoles } from '../auth/actor';
import type { Database } from '../db/database';

export type AuditEntry = {
  municipalityId: string;
  actorUserId: string | null;
  /** The roles the actor held, e.g. "administrator"; "anonymous" before sign-in. */
  actorRoles: string;
  action: string;
  entityType: string;
  entityId: string | null;
  details?: Record<string, unknown>;
  ip: string | null;
  at: Date;
};

/** Appends one audit row inside the caller's transaction, so the change and its record land together. */
export async function recordAudit(trx: Transaction<Database>, entry: AuditEntry): Promise<void> {
  await trx
    .insertInto('audit_events')
    .values({
      id: uuidv7(entry.at.getTime()),
      municipality_id: entry.municipalityId,
      occurred_at: entry.at,
      actor_user_id: entry.actorUserId,
      actor_roles: entry.actorRoles,
      action: entry.action,
      entity_type: entry.entityType,
      entity_id: entry.entityId,
      details: JSON.stringify(entry.details ?? {}),
      ip: entry.ip,
    })
    .execute();
}

/** The who/where/when part of an audit entry, taken from the request. */
export function auditFrom(ctx: { actor: Actor; ip: string | null; now: Date }) {
  return {
    municipalityId: ctx.actor.municipalityId,
    actorUserId: ctx.actor.userId,
    actorRoles: describeRoles(ctx.actor),
    ip: ctx.ip,
    at: ctx.now,
  };
}

/**
 * Records a read or export of personal data. Reads run outside any write transaction, so this opens
 * its own; the caller awaits it before answering, so no read goes unrecorded.
 */
export async function recordAccess(db: Kysely<Database>, entry: AuditEntry): Promise<void> {
  await db.transaction().execute((trx) => recordAudit(trx, entry));
}

/** The audit trail of one record, newest first: who did what to it, when, in which role, from where. */
export async function auditEventsFor(
  db: Kysely<Database>,
  municipalityId: string,
  entity: { type: string; id: string },
) {
  return db
    .selectFrom('audit_events')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('entity_type', '=', entity.type)
    .where('entity_id', '=', entity.id)
    .orderBy('occurred_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}
