import type { Kysely, Transaction } from 'kysely';
import { uuidv7 } from '../../shared/uuidv7';
import { type Actor, describeRoles } from '../auth/actor';
import type { Database } from '../db/database';
import { asStoredJson, type ChainHead, canonicalTimestamp, GENESIS_HASH, nextLink } from './audit-chain';

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

/**
 * Appends one audit row inside the caller's transaction, so the change and its record land together,
 * as the next link of the municipality's hash chain. The chain head stays locked until the caller
 * commits: appends in one municipality queue there, so call this late in a transaction.
 * `details` must hold ids and codes, never names or other personal data (audit rows are never deleted).
 */
export async function recordAudit(trx: Transaction<Database>, entry: AuditEntry): Promise<void> {
  const head = await lockChainHead(trx, entry.municipalityId);
  const event = {
    id: uuidv7(entry.at.getTime()),
    municipalityId: entry.municipalityId,
    occurredAt: canonicalTimestamp(entry.at),
    actorUserId: entry.actorUserId,
    actorRoles: entry.actorRoles,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    // Hashed as jsonb will give it back, not as the caller's object.
    details: asStoredJson(entry.details ?? {}),
    ip: entry.ip,
  };
  const link = nextLink(head, event);
  await trx
    .with('head', (db) =>
      db
        .updateTable('audit_chain_heads')
        .set({ seq: link.seq, hash: link.hash })
        .where('municipality_id', '=', entry.municipalityId)
        .returning('seq'),
    )
    .insertInto('audit_events')
    .values({
      id: event.id,
      municipality_id: event.municipalityId,
      occurred_at: entry.at,
      actor_user_id: event.actorUserId,
      actor_roles: event.actorRoles,
      action: event.action,
      entity_type: event.entityType,
      entity_id: event.entityId,
      details: JSON.stringify(event.details),
      ip: event.ip,
      seq: link.seq,
      prev_hash: link.prevHash,
      hash: link.hash,
    })
    .execute();
}

/**
 * The municipality's chain head, locked for the rest of the transaction. `for update` makes a
 * concurrent append wait, then read the head its predecessor committed (READ COMMITTED rereads the
 * locked row). A municipality's first append creates the row; `on conflict do nothing` lets two
 * first appends race safely, and the loser locks the winner's row.
 */
async function lockChainHead(trx: Transaction<Database>, municipalityId: string): Promise<ChainHead> {
  const locked = () =>
    trx
      .selectFrom('audit_chain_heads')
      .select(['seq', 'hash'])
      .where('municipality_id', '=', municipalityId)
      .forUpdate()
      .executeTakeFirst();
  const head = await locked();
  if (head) return head;
  await trx
    .insertInto('audit_chain_heads')
    .values({ municipality_id: municipalityId, seq: 0, hash: GENESIS_HASH })
    .onConflict((conflict) => conflict.column('municipality_id').doNothing())
    .execute();
  const created = await locked();
  if (!created) throw new Error(`No audit chain head for municipality ${municipalityId}`);
  return created;
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
