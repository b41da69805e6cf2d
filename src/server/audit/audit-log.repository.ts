import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/database';
import type { ChainedEvent, ChainHead, JsonValue } from './audit-chain';

type Db = Kysely<Database>;

/** occurred_at as the chain hashes it: UTC with microseconds, formatted by the database itself. */
const canonicalOccurredAt = sql<string>`to_char(audit_events.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

export async function listMunicipalities(db: Db): Promise<{ id: string; name: string }[]> {
  return db.selectFrom('municipalities').select(['id', 'name']).orderBy('name').orderBy('id').execute();
}

/** The municipality's newest link; seq 0 before its first event. */
export async function readChainHead(db: Db, municipalityId: string): Promise<ChainHead | undefined> {
  return db
    .selectFrom('audit_chain_heads')
    .select(['seq', 'hash'])
    .where('municipality_id', '=', municipalityId)
    .executeTakeFirst();
}

/**
 * One page of a chain in stored order, after the (seq, id) key `after`, up to `upToSeq`. Keyed on
 * both columns, so a page boundary cannot hide a forged duplicate number.
 */
export async function readChainPage(
  db: Db,
  municipalityId: string,
  page: { after: { seq: number; id: string } | null; upToSeq: number; limit: number },
): Promise<ChainedEvent[]> {
  let query = db
    .selectFrom('audit_events')
    .select([
      'seq',
      'id',
      'municipality_id',
      'actor_user_id',
      'actor_roles',
      'action',
      'entity_type',
      'entity_id',
      'details',
      'ip',
      'prev_hash',
      'hash',
      canonicalOccurredAt.as('occurred_at_text'),
    ])
    .where('municipality_id', '=', municipalityId)
    .where('seq', '<=', page.upToSeq);
  const after = page.after;
  if (after) {
    query = query.where((eb) => eb(eb.refTuple('seq', 'id'), '>', eb.tuple(after.seq, after.id)));
  }
  const rows = await query.orderBy('seq').orderBy('id').limit(page.limit).execute();
  return rows.map((row) => ({
    seq: row.seq,
    id: row.id,
    municipalityId: row.municipality_id,
    occurredAt: row.occurred_at_text,
    actorUserId: row.actor_user_id,
    actorRoles: row.actor_roles,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    details: row.details as JsonValue,
    ip: row.ip,
    prevHash: row.prev_hash,
    hash: row.hash,
  }));
}

/**
 * The lowest event number beyond the head, if any: such a row was not appended by the app (an
 * append moves the head in the same transaction). One statement, so it sees one moment.
 */
export async function firstSeqPastHead(db: Db, municipalityId: string): Promise<number | null> {
  const row = await db
    .selectFrom('audit_events')
    .select((eb) => eb.fn.min('seq').as('seq'))
    .where('municipality_id', '=', municipalityId)
    .where(
      'seq',
      '>',
      sql<number>`coalesce((select h.seq from audit_chain_heads h where h.municipality_id = ${municipalityId}), 0)`,
    )
    .executeTakeFirst();
  return row?.seq ?? null;
}

export type AuditLogFilter = {
  actionPrefix?: string | undefined;
  entityType?: string | undefined;
  actorUserId?: string | undefined;
  /** Stockholm calendar days, 'YYYY-MM-DD', both included. */
  fromDay?: string | undefined;
  toDay?: string | undefined;
  /** Only events numbered below this (the page before). */
  beforeSeq?: number | undefined;
};

/** Events newest first, with the actor's current name (audit rows keep only the id). */
export async function listAuditEvents(db: Db, municipalityId: string, filter: AuditLogFilter, limit: number) {
  let query = db
    .selectFrom('audit_events')
    .leftJoin('users', (join) =>
      join
        .onRef('users.municipality_id', '=', 'audit_events.municipality_id')
        .onRef('users.id', '=', 'audit_events.actor_user_id'),
    )
    .select([
      'audit_events.seq',
      'audit_events.id',
      'audit_events.occurred_at',
      'audit_events.actor_user_id',
      'users.display_name as actor_name',
      'audit_events.actor_roles',
      'audit_events.action',
      'audit_events.entity_type',
      'audit_events.entity_id',
      'audit_events.details',
      'audit_events.ip',
    ])
    .where('audit_events.municipality_id', '=', municipalityId);
  const { actionPrefix, entityType, actorUserId, fromDay, toDay, beforeSeq } = filter;
  if (actionPrefix) query = query.where(sql<boolean>`starts_with(audit_events.action, ${actionPrefix})`);
  if (entityType) query = query.where('audit_events.entity_type', '=', entityType);
  if (actorUserId) query = query.where('audit_events.actor_user_id', '=', actorUserId);
  if (fromDay) {
    query = query.where(
      'audit_events.occurred_at',
      '>=',
      sql<Date>`(${fromDay}::date)::timestamp at time zone 'Europe/Stockholm'`,
    );
  }
  if (toDay) {
    query = query.where(
      'audit_events.occurred_at',
      '<',
      sql<Date>`(${toDay}::date + 1)::timestamp at time zone 'Europe/Stockholm'`,
    );
  }
  if (beforeSeq !== undefined) query = query.where('audit_events.seq', '<', beforeSeq);
  return query.orderBy('audit_events.seq', 'desc').limit(limit).execute();
}

export type AuditLogRow = Awaited<ReturnType<typeof listAuditEvents>>[number];
