import { auditEventsFor, auditFrom, recordAccess } from '../audit/audit.repository';
import { requirePermission } from '../auth/actor';
import type { Db } from '../db/connect';
import { NotFound } from '../http/errors';
import type { RequestContext } from '../http/request-context';
import { findMunicipality, findUnit } from '../organisation/organisation.repository';
import { findContact, listEvents, listLog } from '../support/support.repository';
import { renderRegisterExtractPdf } from './register-extract.pdf';
import {
  REGISTER_EXTRACT_FORMAT,
  REGISTER_EXTRACT_VERSION,
  type RegisterExtract,
} from './register-extract.schema';
import { retentionMonths } from './retention.repository';
import { plannedDeletionDay } from './retention-policy';

const iso = (value: Date | string) => new Date(value).toISOString();
const isoOrNull = (value: Date | string | null) => (value === null ? null : iso(value));

/**
 * A register extract (GDPR art. 15) of one support contact: everything stored about the young
 * person, the contact log, what happened to the contact, who has read it and when it will be
 * deleted. Every extract is audited, with the format it was handed over in.
 */
export async function registerExtract(
  db: Db,
  ctx: RequestContext,
  id: string,
  format: 'json' | 'pdf',
): Promise<RegisterExtract> {
  requirePermission(ctx.actor, 'privacy.manage');
  const municipalityId = ctx.actor.municipalityId;
  const contact = await findContact(db, municipalityId, id);
  if (!contact) throw new NotFound('The support contact');
  const [municipality, unit, log, events, trail, months] = await Promise.all([
    findMunicipality(db, municipalityId),
    findUnit(db, municipalityId, contact.unit_id),
    listLog(db, municipalityId, id),
    listEvents(db, municipalityId, id),
    auditEventsFor(db, municipalityId, { type: 'support_contact', id }),
    retentionMonths(db, municipalityId),
  ]);
  await recordAccess(db, {
    ...auditFrom(ctx),
    action: 'privacy.support_contact.extract',
    entityType: 'support_contact',
    entityId: id,
    details: { format },
  });
  const closedAt = contact.closed_at === null ? null : new Date(contact.closed_at);
  return {
    format: REGISTER_EXTRACT_FORMAT,
    version: REGISTER_EXTRACT_VERSION,
    producedAt: ctx.now.toISOString(),
    controller: { municipality: municipality?.name ?? '', unit: unit?.name ?? '' },
    supportContact: {
      id: contact.id,
      name: contact.name,
      birthYear: contact.birth_year,
      gender: contact.gender,
      area: contact.area_name,
      plan: contact.plan,
      openedAt: iso(contact.opened_at),
      closedAt: isoOrNull(contact.closed_at),
      closeReason: contact.close_reason,
      lastContactOn: contact.last_contact_on,
    },
    consent: {
      youngPerson: contact.consent_young_person,
      guardian: contact.consent_guardian,
      consentedOn: contact.consented_on,
      scope: contact.consent_scope,
      withdrawnAt: isoOrNull(contact.consent_withdrawn_at),
      withdrawnBy: contact.consent_withdrawn_by,
    },
    // Oldest first, as a story reads; listLog gives the newest first.
    contactLog: [...log].reverse().map((entry) => ({
      on: entry.contact_on,
      kind: entry.kind,
      note: entry.note,
      loggedBy: entry.created_by_name,
    })),
    history: events.map((event) => ({
      kind: event.kind,
      at: iso(event.occurred_at),
      closeReason: event.close_reason,
    })),
    readBy: trail.map((event) => ({
      at: iso(event.occurred_at),
      action: event.action,
      roles: event.actor_roles,
    })),
    retention: {
      months: months.support_contact,
      plannedDeletionOn: plannedDeletionDay(
        { lastContactOn: contact.last_contact_on, closedAt },
        months.support_contact,
      ),
    },
  };
}

/** The register extract as a PDF for the young person, and the file name to save it under. */
export async function registerExtractPdf(db: Db, ctx: RequestContext, id: string) {
  const extract = await registerExtract(db, ctx, id, 'pdf');
  const day = extract.producedAt.slice(0, 10);
  return {
    file: await renderRegisterExtractPdf(extract),
    fileName: `registerutdrag-${day}-${id.slice(-8)}.pdf`,
  };
}
