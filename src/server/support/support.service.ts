import type { Kysely, Transaction } from 'kysely';
import { findPersonalData } from '../../shared/personal-data';
import { type ConsentIssue, consentIssues } from '../../shared/support-contacts';
import { uuidv7 } from '../../shared/uuidv7';
import { auditEventsFor, auditFrom, recordAccess, recordAudit } from '../audit/audit.repository';
import type { Actor } from '../auth/actor';
import { type Permission, roleHasPermission } from '../auth/permissions';
import type { Db } from '../db/connect';
import type { Database } from '../db/database';
import { recordKeySecret } from '../disclosure/secret.repository';
import { keySupportContact } from '../disclosure/shift-keys';
import { Conflict, type ErrorIssue, NotFound, ValidationError } from '../http/errors';
import type { RequestContext } from '../http/request-context';
import { findPeople, shiftIdInUnit } from '../shifts/shift.repository';
import { stockholmDay } from '../statistics/rollup';
import { listUnitMembers } from '../users/users.repository';
import { presentContact, presentSummary } from './support.present';
import * as repo from './support.repository';
import type {
  AddLogEntryInput,
  CreateSupportContactInput,
  SupportContactDto,
  UpdateSupportContactInput,
} from './support.schema';

type Reader = Kysely<Database> | Transaction<Database>;

/** What audit rows name: the contact by id only, never by anything it holds. */
export const ENTITY_TYPE = 'support_contact';

/**
 * Support contacts belong to one unit's staff. The route has checked the unit is within reach; this
 * also demands the permission be held in that very unit (never higher up), so no broader role can
 * ever reach them.
 */
export function requireInUnit(actor: Actor, permission: Permission, unitId: string): void {
  const held = actor.grants.some(
    (grant) => grant.unitId === unitId && roleHasPermission(grant.role, permission),
  );
  if (!held) throw new NotFound('Unit');
}

/** A contact of this unit; one of another unit is as absent as one that never existed. */
export async function contactInUnit(db: Reader, municipalityId: string, unitId: string, id: string) {
  const row = await repo.findContact(db, municipalityId, id);
  if (!row || row.unit_id !== unitId) throw new NotFound('Support contact');
  return row;
}

/** Locks an open contact of this unit for a change. */
export async function lockOpenInUnit(
  trx: Transaction<Database>,
  municipalityId: string,
  unitId: string,
  id: string,
) {
  const row = await repo.lockContact(trx, municipalityId, id);
  if (!row || row.unit_id !== unitId) throw new NotFound('Support contact');
  if (row.closed_at !== null)
    throw new Conflict('support_contact_closed', 'The support contact is closed; it can no longer change');
  return row;
}

async function unitMemberIds(db: Reader, municipalityId: string, unitId: string): Promise<Set<string>> {
  return new Set((await listUnitMembers(db, municipalityId, unitId)).map((member) => member.id));
}

/** The whole contact as the API shows it. Callers record the read (or the change) themselves. */
export async function loadDetail(
  db: Reader,
  municipalityId: string,
  unitId: string,
  id: string,
): Promise<SupportContactDto> {
  const row = await contactInUnit(db, municipalityId, unitId, id);
  const [log, events, members] = await Promise.all([
    repo.listLog(db, municipalityId, id),
    repo.listEvents(db, municipalityId, id),
    unitMemberIds(db, municipalityId, unitId),
  ]);
  const people = events.flatMap((event) =>
    [event.actor_user_id, event.from_user_id, event.to_user_id].filter((p): p is string => p !== null),
  );
  return presentContact(row, log, events, await findPeople(db, municipalityId, people), members);
}

/** One audit row about one contact, with ids and field names only. */
export function auditOf(ctx: RequestContext, action: string, id: string, details?: Record<string, unknown>) {
  return {
    ...auditFrom(ctx),
    action,
    entityType: ENTITY_TYPE,
    entityId: id,
    ...(details ? { details } : {}),
  };
}

const CONSENT_ISSUE_PATHS: Record<ConsentIssue, string> = {
  young_person_consent_required: 'consent.youngPerson',
  guardian_consent_required: 'consent.guardian',
  birth_year_out_of_range: 'birthYear',
};

function personalDataIssues(texts: [path: string, text: string | null | undefined][]): ErrorIssue[] {
  return texts.flatMap(([path, text]) => {
    const found = text ? findPersonalData(text) : [];
    return found.length === 0
      ? []
      : [{ path, code: 'personal_data', message: `Contains ${found.map((f) => f.kind).join(', ')}` }];
  });
}

/** Issue codes that only make sense next to their field; the error as a whole is then validation_failed. */
const FIELD_ONLY_CODES = new Set(['personal_data', 'unknown_area', 'unknown_shift']);

/** Refuses input with issues; a rule's own code becomes the error's, so the UI can name the problem. */
function refuse(message: string, issues: ErrorIssue[]): void {
  if (issues.length === 0) return;
  const rule = issues.find((issue) => !FIELD_ONLY_CODES.has(issue.code));
  throw new ValidationError(message, issues, rule?.code ?? 'validation_failed');
}

async function areaIssues(db: Reader, municipalityId: string, areaId: string | null | undefined) {
  if (!areaId || (await repo.findActiveArea(db, municipalityId, areaId))) return [];
  return [{ path: 'areaId', code: 'unknown_area', message: 'No active area has this id' }];
}

export async function listSupportContacts(
  db: Db,
  ctx: RequestContext,
  unitId: string,
  status: 'open' | 'closed' | 'all',
) {
  requireInUnit(ctx.actor, 'support.read', unitId);
  const municipalityId = ctx.actor.municipalityId;
  const [rows, members] = await Promise.all([
    repo.listContacts(db, municipalityId, unitId, status),
    unitMemberIds(db, municipalityId, unitId),
  ]);
  // A list shows names: each listed contact has been read, and its trail says so.
  for (const row of rows) await recordAccess(db, auditOf(ctx, 'support_contact.list', row.id));
  return { contacts: rows.map((row) => presentSummary(row, members)) };
}

export async function getSupportContact(db: Db, ctx: RequestContext, unitId: string, id: string) {
  requireInUnit(ctx.actor, 'support.read', unitId);
  const contact = await loadDetail(db, ctx.actor.municipalityId, unitId, id);
  await recordAccess(db, auditOf(ctx, 'support_contact.read', id));
  return contact;
}

/** Opens a support contact with a valid consent; the person opening it is responsible for it. */
export async function createSupportContact(
  db: Db,
  ctx: RequestContext,
  unitId: string,
  input: CreateSupportContactInput,
) {
  requireInUnit(ctx.actor, 'support.write', unitId);
  const municipalityId = ctx.actor.municipalityId;
  const today = stockholmDay(ctx.now.toISOString());
  const { consent } = input;
  refuse('The consent does not allow a support contact', [
    ...consentIssues({ birthYear: input.birthYear, ...consent }).map((code) => ({
      path: CONSENT_ISSUE_PATHS[code],
      code,
      message: code.replaceAll('_', ' '),
    })),
    ...(consent.consentedOn > today
      ? [{ path: 'consent.consentedOn', code: 'consent_in_future', message: 'Consent cannot be given later' }]
      : []),
  ]);
  refuse('Free text must not identify anyone', [
    ...personalDataIssues([
      ['consent.scope', consent.scope],
      ['plan', input.plan],
    ]),
    ...(await areaIssues(db, municipalityId, input.areaId)),
  ]);
  const id = uuidv7(ctx.now.getTime());
  await db.transaction().execute(async (trx) => {
    await repo.insertContact(trx, {
      id,
      cell_key: keySupportContact(await recordKeySecret(trx, municipalityId), id),
      municipality_id: municipalityId,
      unit_id: unitId,
      name: input.name,
      birth_year: input.birthYear,
      gender: input.gender,
      area_id: input.areaId,
      plan: input.plan || null,
      consent_young_person: consent.youngPerson,
      consent_guardian: consent.guardian,
      consented_on: consent.consentedOn,
      consent_scope: consent.scope,
      consent_withdrawn_at: null,
      consent_withdrawn_by: null,
      responsible_user_id: ctx.actor.userId,
      last_contact_on: consent.consentedOn,
      opened_at: ctx.now,
      closed_at: null,
      close_reason: null,
      version: 1,
      created_by: ctx.actor.userId,
      updated_by: ctx.actor.userId,
      created_at: ctx.now,
      updated_at: ctx.now,
    });
    await repo.insertEvent(trx, municipalityId, {
      contactId: id,
      unitId,
      kind: 'opened',
      by: ctx.actor.userId,
      at: ctx.now,
    });
    await recordAudit(trx, auditOf(ctx, 'support_contact.create', id, { unitId }));
  });
  return loadDetail(db, municipalityId, unitId, id);
}

/** Changes the details or the plan, if based on the current version (else 409 version_conflict). */
export async function updateSupportContact(
  db: Db,
  ctx: RequestContext,
  unitId: string,
  id: string,
  input: UpdateSupportContactInput,
) {
  requireInUnit(ctx.actor, 'support.write', unitId);
  const municipalityId = ctx.actor.municipalityId;
  const { version, ...changes } = input;
  const fields = Object.entries(changes)
    .filter(([, value]) => value !== undefined)
    .map(([field]) => field);
  refuse('Free text must not identify anyone', [
    ...personalDataIssues([['plan', changes.plan]]),
    ...(await areaIssues(db, municipalityId, changes.areaId)),
  ]);
  await db.transaction().execute(async (trx) => {
    const locked = await lockOpenInUnit(trx, municipalityId, unitId, id);
    // The current version is not sent back: that would be a read, and reads are recorded one by one.
    if (locked.version !== version)
      throw new Conflict('version_conflict', 'Someone else saved a newer version first');
    if (changes.birthYear !== undefined) {
      const current = await contactInUnit(trx, municipalityId, unitId, id);
      refuse('The consent given does not cover this birth year', [
        ...consentIssues({
          birthYear: changes.birthYear,
          consentedOn: current.consented_on,
          youngPerson: current.consent_young_person,
          guardian: current.consent_guardian,
        }).map((code) => ({ path: 'birthYear', code, message: code.replaceAll('_', ' ') })),
      ]);
    }
    await repo.updateContact(trx, municipalityId, id, {
      ...(changes.name !== undefined ? { name: changes.name } : {}),
      ...(changes.birthYear !== undefined ? { birth_year: changes.birthYear } : {}),
      ...(changes.gender !== undefined ? { gender: changes.gender } : {}),
      ...(changes.areaId !== undefined ? { area_id: changes.areaId } : {}),
      ...(changes.plan !== undefined ? { plan: changes.plan || null } : {}),
      version: version + 1,
      updated_by: ctx.actor.userId,
      updated_at: ctx.now,
    });
    await recordAudit(trx, auditOf(ctx, 'support_contact.update', id, { fields }));
  });
  return loadDetail(db, municipalityId, unitId, id);
}

/** Logs one contact: relationship work on a day, perhaps on one of the unit's shifts. */
export async function addLogEntry(
  db: Db,
  ctx: RequestContext,
  unitId: string,
  id: string,
  input: AddLogEntryInput,
) {
  requireInUnit(ctx.actor, 'support.write', unitId);
  const municipalityId = ctx.actor.municipalityId;
  if (input.kind !== 'preventive')
    throw new ValidationError(
      'Authority tasks never belong on a support contact: it holds relationship work only',
      [{ path: 'kind', code: 'authority_task_refused', message: 'Only preventive work can be logged here' }],
      'authority_task_refused',
    );
  const today = stockholmDay(ctx.now.toISOString());
  const entryId = uuidv7(ctx.now.getTime());
  await db.transaction().execute(async (trx) => {
    await lockOpenInUnit(trx, municipalityId, unitId, id);
    const contact = await contactInUnit(trx, municipalityId, unitId, id);
    const shiftId = input.shiftId && (await shiftIdInUnit(trx, municipalityId, unitId, input.shiftId));
    refuse('The contact cannot be logged as it is', [
      ...(input.contactOn > today
        ? [{ path: 'contactOn', code: 'contact_in_future', message: 'A contact cannot be logged ahead' }]
        : []),
      ...(input.contactOn < contact.consented_on
        ? [{ path: 'contactOn', code: 'contact_before_consent', message: 'Before the consent was given' }]
        : []),
      ...(shiftId === undefined
        ? [{ path: 'shiftId', code: 'unknown_shift', message: 'No shift of this unit has this id' }]
        : []),
      ...personalDataIssues([['note', input.note]]),
    ]);
    await repo.insertLogEntry(trx, {
      id: entryId,
      municipality_id: municipalityId,
      support_contact_id: id,
      contact_on: input.contactOn,
      kind: 'preventive',
      note: input.note || null,
      shift_id: shiftId ?? null,
      created_by: ctx.actor.userId,
      created_at: ctx.now,
    });
    await recordAudit(
      trx,
      auditOf(ctx, 'support_contact.log', id, { logEntryId: entryId, shiftId: shiftId ?? null }),
    );
  });
  return loadDetail(db, municipalityId, unitId, id);
}

/**
 * Who has read or changed a contact, newest first: the contact's audit trail. Reading it is itself
 * recorded (`support_contact.audit_read`): the trail shows who read the contact, and who looked at
 * that is as much the young person's business. The trail returned is the one before this read.
 */
export async function supportAuditTrail(db: Db, ctx: RequestContext, unitId: string, id: string) {
  requireInUnit(ctx.actor, 'support.read', unitId);
  const municipalityId = ctx.actor.municipalityId;
  await contactInUnit(db, municipalityId, unitId, id);
  const rows = await auditEventsFor(db, municipalityId, { type: ENTITY_TYPE, id });
  await recordAccess(db, auditOf(ctx, 'support_contact.audit_read', id));
  const names = await findPeople(
    db,
    municipalityId,
    rows.flatMap((row) => (row.actor_user_id ? [row.actor_user_id] : [])),
  );
  return {
    events: rows.map((row) => ({
      at: new Date(row.occurred_at).toISOString(),
      action: row.action,
      actor: row.actor_user_id
        ? { id: row.actor_user_id, displayName: names.get(row.actor_user_id) ?? '' }
        : null,
      actorRoles: row.actor_roles,
    })),
  };
}
