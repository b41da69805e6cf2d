import { guardianConsentRequired } from '../../shared/support-contacts';
import type { ContactRecord, listEvents, listLog } from './support.repository';
import type { SupportContactDto, SupportContactSummaryDto } from './support.schema';

type LogRow = Awaited<ReturnType<typeof listLog>>[number];
type EventRow = Awaited<ReturnType<typeof listEvents>>[number];

const iso = (value: Date | string) => new Date(value).toISOString();
const isoOrNull = (value: Date | string | null) => (value === null ? null : iso(value));
const person = (id: string, names: Map<string, string>) => ({ id, displayName: names.get(id) ?? '' });

/** The list view of a contact: who, how old, whose, how recent. No plan, consent or log. */
export function presentSummary(row: ContactRecord, members: ReadonlySet<string>): SupportContactSummaryDto {
  return {
    id: row.id,
    unitId: row.unit_id,
    name: row.name,
    birthYear: row.birth_year,
    gender: row.gender,
    status: row.closed_at === null ? 'open' : 'closed',
    responsible: { id: row.responsible_user_id, displayName: row.responsible_name },
    responsibleInUnit: members.has(row.responsible_user_id),
    openedAt: iso(row.opened_at),
    lastContactOn: row.last_contact_on,
    closedAt: isoOrNull(row.closed_at),
    closeReason: row.close_reason,
  };
}

export function presentContact(
  row: ContactRecord,
  log: LogRow[],
  events: EventRow[],
  names: Map<string, string>,
  members: ReadonlySet<string>,
): SupportContactDto {
  return {
    ...presentSummary(row, members),
    area: row.area_id ? { id: row.area_id, name: row.area_name ?? '' } : null,
    plan: row.plan,
    consent: {
      youngPerson: row.consent_young_person,
      guardian: row.consent_guardian,
      guardianRequired: guardianConsentRequired(row.birth_year, row.consented_on),
      consentedOn: row.consented_on,
      scope: row.consent_scope,
      withdrawnAt: isoOrNull(row.consent_withdrawn_at),
      withdrawnBy: row.consent_withdrawn_by,
    },
    version: row.version,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    log: log.map((entry) => ({
      id: entry.id,
      contactOn: entry.contact_on,
      kind: entry.kind,
      note: entry.note,
      shift:
        entry.shift_id && entry.shift_starts_at
          ? { id: entry.shift_id, startsAt: iso(entry.shift_starts_at), title: entry.shift_title }
          : null,
      createdBy: { id: entry.created_by, displayName: entry.created_by_name },
      createdAt: iso(entry.created_at),
    })),
    events: events.map((event) => ({
      kind: event.kind,
      at: iso(event.occurred_at),
      actor: person(event.actor_user_id, names),
      from: event.from_user_id ? person(event.from_user_id, names) : null,
      to: event.to_user_id ? person(event.to_user_id, names) : null,
      closeReason: event.close_reason,
    })),
  };
}
