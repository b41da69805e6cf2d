import { type Kysely, sql } from 'kysely';
import { type ChainHead, GENESIS_HASH, hashEvent, type JsonValue } from '../../audit/audit-chain';
import { runStatements } from '../sql-script';

/**
 * Chains each municipality's audit events by hash (docs/audit-log.md): a number per municipality,
 * the previous event's hash and the event's own. `audit_chain_heads` holds the newest link; an
 * append locks that row, so concurrent transactions append one after another and never fork.
 *
 * Existing events are chained here in (occurred_at, id) order. The hashes are computed in
 * TypeScript with the same code the app verifies with: canonical JSON of a jsonb value is not
 * something PostgreSQL's own functions produce identically.
 *
 * Triggers then refuse UPDATE, DELETE and TRUNCATE on audit_events. That stops the app and a
 * careless hand, not an attacker who owns the database; the chain is what catches that one.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    alter table audit_events add column seq bigint;
    alter table audit_events add column prev_hash text;
    alter table audit_events add column hash text;

    create table audit_chain_heads (
      municipality_id uuid primary key references municipalities (id),
      seq bigint not null check (seq >= 0),
      hash text not null check (hash ~ '^[0-9a-f]{64}$')
    );
  `,
  );

  await backfill(db);

  await runStatements(
    db,
    `
    alter table audit_events alter column seq set not null;
    alter table audit_events alter column prev_hash set not null;
    alter table audit_events alter column hash set not null;
    alter table audit_events add constraint audit_events_seq_positive check (seq > 0);
    alter table audit_events add constraint audit_events_hash_hex check (hash ~ '^[0-9a-f]{64}$');
    create unique index audit_events_seq on audit_events (municipality_id, seq);
  `,
  );

  // One statement each: the function body holds semicolons that runStatements would split on.
  await sql`
    create function audit_events_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_events is append-only: % refused', tg_op
        using hint = 'Audit events are never changed or deleted, not even by scheduled deletion.';
    end
    $$`.execute(db);
  await sql`
    create trigger audit_events_append_only before update or delete on audit_events
    for each row execute function audit_events_append_only()`.execute(db);
  await sql`
    create trigger audit_events_no_truncate before truncate on audit_events
    for each statement execute function audit_events_append_only()`.execute(db);
}

type StoredEvent = {
  id: string;
  municipality_id: string;
  occurred_at: string;
  actor_user_id: string | null;
  actor_roles: string;
  action: string;
  entity_type: string;
  entity_id: string | null;
  details: JsonValue;
  ip: string | null;
};

const BATCH = 500;

/** Numbers and hashes every existing event, a batch of rows per update, and records the heads. */
async function backfill(db: Kysely<unknown>): Promise<void> {
  const { rows } = await sql<StoredEvent>`
    select id, municipality_id, actor_user_id, actor_roles, action, entity_type, entity_id, details, ip,
      to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as occurred_at
    from audit_events
    order by municipality_id, occurred_at, id`.execute(db);

  const heads = new Map<string, ChainHead>();
  const links: { municipalityId: string; id: string; seq: number; prevHash: string; hash: string }[] = [];
  for (const row of rows) {
    const head = heads.get(row.municipality_id) ?? { seq: 0, hash: GENESIS_HASH };
    const seq = head.seq + 1;
    const hash = hashEvent(head.hash, {
      seq,
      id: row.id,
      municipalityId: row.municipality_id,
      occurredAt: row.occurred_at,
      actorUserId: row.actor_user_id,
      actorRoles: row.actor_roles,
      action: row.action,
      entityType: row.entity_type,
      entityId: row.entity_id,
      details: row.details,
      ip: row.ip,
    });
    links.push({ municipalityId: row.municipality_id, id: row.id, seq, prevHash: head.hash, hash });
    heads.set(row.municipality_id, { seq, hash });
  }

  for (let start = 0; start < links.length; start += BATCH) {
    const values = links
      .slice(start, start + BATCH)
      .map(
        (link) =>
          sql`(${link.municipalityId}::uuid, ${link.id}::uuid, ${link.seq}::bigint, ${link.prevHash}, ${link.hash})`,
      );
    await sql`
      update audit_events e set seq = v.seq, prev_hash = v.prev_hash, hash = v.hash
      from (values ${sql.join(values)}) as v (municipality_id, id, seq, prev_hash, hash)
      where e.municipality_id = v.municipality_id and e.id = v.id`.execute(db);
  }
  for (const [municipalityId, head] of heads) {
    await sql`
      insert into audit_chain_heads (municipality_id, seq, hash)
      values (${municipalityId}, ${head.seq}, ${head.hash})`.execute(db);
  }
}
