import type { Kysely } from 'kysely';
import { requirePermission } from '../auth/actor';
import type { Database } from '../db/database';
import type { RequestContext } from '../http/request-context';
import { presentAuditEvent } from './audit.present';
import { auditFrom, recordAccess } from './audit.repository';
import {
  AUDIT_PAGE_SIZE,
  type AuditEventPageDto,
  type AuditEventQueryInput,
  type ChainStatusDto,
} from './audit.schema';
import { type ChainVerification, ChainVerifier, GENESIS_HASH } from './audit-chain';
import { firstSeqPastHead, listAuditEvents, readChainHead, readChainPage } from './audit-log.repository';

type Db = Kysely<Database>;

export type ChainReport = ChainVerification & { headSeq: number };

/**
 * Verifies one municipality's whole chain, reading it in pages so that memory stays flat however
 * long it grows. Events appended while it runs are left for the next run: it checks up to the head
 * it read first.
 */
export async function verifyAuditChain(
  db: Db,
  municipalityId: string,
  pageSize = 2_000,
): Promise<ChainReport> {
  const head = (await readChainHead(db, municipalityId)) ?? { seq: 0, hash: GENESIS_HASH };
  const verifier = new ChainVerifier(head);
  let after: { seq: number; id: string } | null = null;
  while (!verifier.isBroken) {
    const page = await readChainPage(db, municipalityId, { after, upToSeq: head.seq, limit: pageSize });
    for (const event of page) verifier.push(event);
    const last = page.at(-1);
    if (!last || page.length < pageSize) break;
    after = { seq: last.seq, id: last.id };
  }
  const result = verifier.finish();
  if (!result.ok) return { ...result, headSeq: head.seq };
  // Rows numbered past the head never went through recordAudit.
  const past = await firstSeqPastHead(db, municipalityId);
  if (past !== null)
    return { ok: false, checked: result.checked, break: { seq: past, kind: 'inserted' }, headSeq: head.seq };
  return { ...result, headSeq: head.seq };
}

/** The chain status of the caller's municipality. Not itself audited: it shows no personal data. */
export async function chainStatus(db: Db, ctx: RequestContext): Promise<ChainStatusDto> {
  requirePermission(ctx.actor, 'audit.read');
  const report = await verifyAuditChain(db, ctx.actor.municipalityId);
  return {
    ok: report.ok,
    checked: report.checked,
    headSeq: report.headSeq,
    break: report.ok ? null : report.break,
    verifiedAt: ctx.now.toISOString(),
  };
}

/**
 * A page of the audit log, newest first. Reading it is recorded as one `audit.read` event per page,
 * written after the read, so the log never lists its own reading in the same page and never recurses.
 */
export async function listAuditLog(
  db: Db,
  ctx: RequestContext,
  query: AuditEventQueryInput,
): Promise<AuditEventPageDto> {
  requirePermission(ctx.actor, 'audit.read');
  const limit = query.limit ?? AUDIT_PAGE_SIZE;
  const filter = {
    actionPrefix: query.action,
    entityType: query.entityType,
    actorUserId: query.actor,
    fromDay: query.from,
    toDay: query.to,
    beforeSeq: query.before,
  };
  const rows = await listAuditEvents(db, ctx.actor.municipalityId, filter, limit + 1);
  const events = rows.slice(0, limit).map(presentAuditEvent);
  await recordAccess(db, {
    ...auditFrom(ctx),
    action: 'audit.read',
    entityType: 'audit_log',
    entityId: null,
    // The filter holds codes, ids and days only (the schema allows nothing else).
    details: { filter, events: events.length },
  });
  const nextBefore = rows.length > limit ? (events.at(-1)?.seq ?? null) : null;
  return { events, nextBefore };
}
