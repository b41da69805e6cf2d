import type { Kysely, Transaction } from 'kysely';
import type { CloseReason, ConsentParty } from '../../shared/support-contacts';
import { recordAudit } from '../audit/audit.repository';
import { roleHasPermission } from '../auth/permissions';
import type { Db } from '../db/connect';
import type { Database } from '../db/database';
import { AppError, ValidationError } from '../http/errors';
import type { RequestContext } from '../http/request-context';
import { stockholmDay } from '../statistics/rollup';
import { listUnitMembers } from '../users/users.repository';
import { continuityFigures, LOST_AFTER_DAYS } from './continuity';
import * as repo from './support.repository';
import type { ContinuityReportDto } from './support.schema';
import { auditOf, loadDetail, lockOpenInUnit, requireInUnit } from './support.service';

type Reader = Kysely<Database> | Transaction<Database>;
type Locked = Awaited<ReturnType<typeof lockOpenInUnit>>;

/** Closes a locked open contact with a reason, in the caller's transaction, with its history event. */
async function close(
  trx: Transaction<Database>,
  ctx: RequestContext,
  unitId: string,
  contact: Locked,
  reason: CloseReason,
  withdrawnBy: ConsentParty | null,
) {
  const municipalityId = ctx.actor.municipalityId;
  await repo.updateContact(trx, municipalityId, contact.id, {
    closed_at: ctx.now,
    close_reason: reason,
    ...(withdrawnBy ? { consent_withdrawn_at: ctx.now, consent_withdrawn_by: withdrawnBy } : {}),
    version: contact.version + 1,
    updated_by: ctx.actor.userId,
    updated_at: ctx.now,
  });
  const eventId = await repo.insertEvent(trx, municipalityId, {
    contactId: contact.id,
    unitId,
    kind: 'closed',
    by: ctx.actor.userId,
    at: ctx.now,
    closeReason: reason,
  });
  // The reason stays in the contact's own history, deleted with it; the audit row names the event only.
  const action = withdrawnBy ? 'support_contact.consent_withdraw' : 'support_contact.close';
  await recordAudit(trx, auditOf(ctx, action, contact.id, { eventId }));
}

/** Closes a contact with a reason (any of the unit's staff may). */
export async function closeSupportContact(
  db: Db,
  ctx: RequestContext,
  unitId: string,
  id: string,
  reason: Exclude<CloseReason, 'consent_withdrawn'>,
) {
  requireInUnit(ctx.actor, 'support.write', unitId);
  const municipalityId = ctx.actor.municipalityId;
  await db.transaction().execute(async (trx) => {
    const contact = await lockOpenInUnit(trx, municipalityId, unitId, id);
    await close(trx, ctx, unitId, contact, reason, null);
  });
  return loadDetail(db, municipalityId, unitId, id);
}

/** Records that the young person or a guardian withdrew consent; the contact closes at once. */
export async function withdrawConsent(
  db: Db,
  ctx: RequestContext,
  unitId: string,
  id: string,
  withdrawnBy: ConsentParty,
) {
  requireInUnit(ctx.actor, 'support.write', unitId);
  const municipalityId = ctx.actor.municipalityId;
  await db.transaction().execute(async (trx) => {
    const contact = await lockOpenInUnit(trx, municipalityId, unitId, id);
    await close(trx, ctx, unitId, contact, 'consent_withdrawn', withdrawnBy);
  });
  return loadDetail(db, municipalityId, unitId, id);
}

/**
 * Hands a contact to a colleague who works in the same unit. The responsible person may hand over
 * their own contacts; the unit manager (support.manage) anyone's.
 */
export async function handOverSupportContact(
  db: Db,
  ctx: RequestContext,
  unitId: string,
  id: string,
  toUserId: string,
) {
  requireInUnit(ctx.actor, 'support.write', unitId);
  const municipalityId = ctx.actor.municipalityId;
  const manages = ctx.actor.grants.some(
    (grant) => grant.unitId === unitId && roleHasPermission(grant.role, 'support.manage'),
  );
  await db.transaction().execute(async (trx) => {
    const contact = await lockOpenInUnit(trx, municipalityId, unitId, id);
    if (contact.responsible_user_id !== ctx.actor.userId && !manages)
      throw new AppError(
        403,
        'handover_not_allowed',
        'Only the responsible person or the unit manager can hand this contact over',
      );
    const members = await listUnitMembers(trx, municipalityId, unitId);
    const canTakeOver = members.some(
      (member) => member.id === toUserId && roleHasPermission(member.role, 'support.write'),
    );
    if (!canTakeOver || toUserId === contact.responsible_user_id)
      throw new ValidationError(
        'Hand the contact to someone else who works in this unit',
        [{ path: 'toUserId', code: 'handover_target_invalid', message: 'Not a colleague in this unit' }],
        'handover_target_invalid',
      );
    await repo.updateContact(trx, municipalityId, id, {
      responsible_user_id: toUserId,
      version: contact.version + 1,
      updated_by: ctx.actor.userId,
      updated_at: ctx.now,
    });
    await repo.insertEvent(trx, municipalityId, {
      contactId: id,
      unitId,
      kind: 'handed_over',
      by: ctx.actor.userId,
      at: ctx.now,
      fromUserId: contact.responsible_user_id,
      toUserId,
    });
    await recordAudit(
      trx,
      auditOf(ctx, 'support_contact.handover', id, {
        fromUserId: contact.responsible_user_id,
        toUserId,
      }),
    );
  });
  return loadDetail(db, municipalityId, unitId, id);
}

/**
 * Refuses (409 open_support_contacts) while the person is responsible for open support contacts,
 * with how many per unit and no names: their relationships must be handed over before they leave.
 */
export async function assertNoOpenSupportContacts(
  db: Reader,
  municipalityId: string,
  userId: string,
): Promise<void> {
  const open = await repo.countOpenByUnit(db, municipalityId, userId);
  if (open.length === 0) return;
  const total = open.reduce((sum, unit) => sum + unit.count, 0);
  throw new AppError(
    409,
    'open_support_contacts',
    `The person is responsible for ${total} open support contacts; hand them over or close them first`,
    open.map((unit) => ({
      path: `units.${unit.unitId}`,
      code: 'open_support_contacts',
      message: `${unit.count} open support contacts`,
    })),
  );
}

/** The unit's continuity for a period: opened, handed over, closed by reason, lost. Anonymous. */
export async function continuityReport(
  db: Db,
  ctx: RequestContext,
  unitId: string,
  period: { from: string; to: string },
): Promise<ContinuityReportDto> {
  requireInUnit(ctx.actor, 'support.manage', unitId);
  if (period.from > period.to)
    throw new ValidationError(
      'The period ends before it starts',
      [{ path: 'to', code: 'invalid_period', message: 'to is before from' }],
      'invalid_period',
    );
  const municipalityId = ctx.actor.municipalityId;
  const [facts, handedOver] = await Promise.all([
    repo.continuityFacts(db, municipalityId, unitId, period.to),
    repo.countHandovers(db, municipalityId, unitId, period),
  ]);
  const days = new Map<string, string[]>();
  for (const entry of facts.log)
    days.set(entry.support_contact_id, [...(days.get(entry.support_contact_id) ?? []), entry.contact_on]);
  const contacts = facts.contacts.map((contact) => ({
    openedOn: contact.opened_on,
    closedOn: contact.closed_on,
    closeReason: contact.close_reason,
    consentedOn: contact.consented_on,
    contactDays: days.get(contact.id) ?? [],
  }));
  return {
    period,
    lostAfterDays: LOST_AFTER_DAYS,
    handedOver,
    ...continuityFigures(contacts, period, stockholmDay(ctx.now.toISOString())),
  };
}
