import type { Kysely, Transaction } from 'kysely';
import { uuidv7 } from '../../shared/uuidv7';
import { auditFrom, recordAccess, recordAudit } from '../audit/audit.repository';
import { accountsBlockedSomewhere, deleteAccountFailures } from '../auth/account-throttle.repository';
import { type Actor, requirePermission } from '../auth/actor';
import { hashPassword } from '../auth/password';
import { deleteSessionsForUser } from '../auth/session.repository';
import type { Db } from '../db/connect';
import type { Database } from '../db/database';
import { isUniqueViolation } from '../db/errors';
import { Conflict, NotFound, ValidationError } from '../http/errors';
import { onlyDefined } from '../http/patch';
import type { RequestContext } from '../http/request-context';
import { listAdministrations, listUnits, loadOrgNames } from '../organisation/organisation.repository';
import { assertNoOpenSupportContacts } from '../support/support-lifecycle.service';
import { presentUser } from './users.present';
import * as repo from './users.repository';
import type { GrantInput } from './users.schema';

async function loadPresented(
  db: Kysely<Database> | Transaction<Database>,
  municipalityId: string,
  id: string,
  now: Date,
) {
  const user = await repo.findUser(db, municipalityId, id);
  if (!user) throw new NotFound('User');
  const [grants, names, blocked] = await Promise.all([
    repo.listGrants(db, municipalityId, [id]),
    loadOrgNames(db, municipalityId),
    accountsBlockedSomewhere(db, municipalityId, [id], now),
  ]);
  return presentUser(user, grants, names, blocked);
}

/** User accounts are personal data: every list and read is audit-logged. */
export async function listUsers(
  db: Db,
  ctx: RequestContext,
  filter: { includeInactive: boolean; q?: string | undefined },
) {
  const { actor, now } = ctx;
  requirePermission(actor, 'users.read');
  const users = await repo.listUsers(db, actor.municipalityId, filter);
  const ids = users.map((user) => user.id);
  const [grants, names, blocked] = await Promise.all([
    repo.listGrants(db, actor.municipalityId, ids),
    loadOrgNames(db, actor.municipalityId),
    accountsBlockedSomewhere(db, actor.municipalityId, ids, now),
  ]);
  await recordAccess(db, {
    ...auditFrom(ctx),
    action: 'user.list',
    entityType: 'municipality',
    entityId: actor.municipalityId,
    details: { users: users.map((user) => user.id) },
  });
  return { users: users.map((user) => presentUser(user, grants, names, blocked)) };
}

export async function getUser(db: Db, ctx: RequestContext, id: string) {
  requirePermission(ctx.actor, 'users.read');
  const user = await loadPresented(db, ctx.actor.municipalityId, id, ctx.now);
  await recordAccess(db, { ...auditFrom(ctx), action: 'user.read', entityType: 'user', entityId: id });
  return user;
}

/** Checks that every unit and administration a grant names exists and is active in this municipality. */
async function toGrantRows(trx: Transaction<Database>, municipalityId: string, grants: GrantInput[]) {
  const [activeUnits, activeAdministrations] = await Promise.all([
    listUnits(trx, municipalityId, false),
    listAdministrations(trx, municipalityId, false),
  ]);
  const unitIds = new Set(activeUnits.map((unit) => unit.id));
  const administrationIds = new Set(activeAdministrations.map((administration) => administration.id));
  const seen = new Set<string>();
  return grants.map((grant, index) => {
    if (grant.unitId && !unitIds.has(grant.unitId)) {
      throw new ValidationError('Unknown or inactive unit', [
        { path: `roles.${index}.unitId`, code: 'unknown_unit', message: 'Unknown unit' },
      ]);
    }
    if (grant.administrationId && !administrationIds.has(grant.administrationId)) {
      throw new ValidationError('Unknown or inactive administration', [
        {
          path: `roles.${index}.administrationId`,
          code: 'unknown_administration',
          message: 'Unknown administration',
        },
      ]);
    }
    const key = `${grant.role}:${grant.unitId ?? grant.administrationId ?? ''}`;
    if (seen.has(key)) {
      throw new ValidationError('The same role is given twice', [
        { path: `roles.${index}`, code: 'duplicate_role', message: 'Duplicate' },
      ]);
    }
    seen.add(key);
    return {
      id: uuidv7(),
      role: grant.role,
      unit_id: grant.unitId ?? null,
      administration_id: grant.administrationId ?? null,
      partner_kind: grant.partnerKind ?? null,
    };
  });
}

function emailTaken(error: unknown): never {
  if (isUniqueViolation(error)) throw new Conflict('email_taken', 'Another account already uses that e-mail');
  throw error;
}

/** The municipality must always keep one active administrator, or nobody can manage it. */
async function assertKeepsAnAdministrator(
  trx: Transaction<Database>,
  municipalityId: string,
  userId: string,
) {
  if ((await repo.countOtherActiveAdministrators(trx, municipalityId, userId)) === 0) {
    throw new Conflict('last_administrator', 'The municipality needs at least one active administrator');
  }
}

export async function createUser(
  db: Db,
  ctx: RequestContext,
  input: {
    email: string;
    displayName: string;
    password: string;
    locale?: 'sv' | 'en' | undefined;
    roles: GrantInput[];
  },
) {
  requirePermission(ctx.actor, 'users.manage');
  const municipalityId = ctx.actor.municipalityId;
  const passwordHash = await hashPassword(input.password);
  return db
    .transaction()
    .execute(async (trx) => {
      const grants = await toGrantRows(trx, municipalityId, input.roles);
      const user = await repo.insertUser(trx, {
        id: uuidv7(),
        municipality_id: municipalityId,
        email: input.email,
        display_name: input.displayName,
        password_hash: passwordHash,
        locale: input.locale ?? 'sv',
        updated_at: ctx.now,
      });
      await repo.replaceGrants(trx, municipalityId, user.id, grants);
      await recordAudit(trx, {
        ...auditFrom(ctx),
        action: 'user.create',
        entityType: 'user',
        entityId: user.id,
        details: { roles: input.roles.map((grant) => grant.role) },
      });
      return loadPresented(trx, municipalityId, user.id, ctx.now);
    })
    .catch(emailTaken);
}

export async function updateUser(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: { email?: string | undefined; displayName?: string | undefined; locale?: 'sv' | 'en' | undefined },
) {
  requirePermission(ctx.actor, 'users.manage');
  const municipalityId = ctx.actor.municipalityId;
  return db
    .transaction()
    .execute(async (trx) => {
      if (!(await repo.findUser(trx, municipalityId, id))) throw new NotFound('User');
      const { displayName, ...rest } = onlyDefined(input);
      await repo.updateUser(trx, municipalityId, id, {
        ...rest,
        ...(displayName ? { display_name: displayName } : {}),
        updated_at: ctx.now,
      });
      await recordAudit(trx, {
        ...auditFrom(ctx),
        action: 'user.update',
        entityType: 'user',
        entityId: id,
        details: { fields: Object.keys(onlyDefined(input)) },
      });
      return loadPresented(trx, municipalityId, id, ctx.now);
    })
    .catch(emailTaken);
}

export async function setRoles(db: Db, ctx: RequestContext, id: string, roles: GrantInput[]) {
  requirePermission(ctx.actor, 'users.manage');
  const municipalityId = ctx.actor.municipalityId;
  return db.transaction().execute(async (trx) => {
    if (!(await repo.findUser(trx, municipalityId, id))) throw new NotFound('User');
    if (!roles.some((grant) => grant.role === 'administrator')) {
      await assertKeepsAnAdministrator(trx, municipalityId, id);
    }
    const grants = await toGrantRows(trx, municipalityId, roles);
    await repo.replaceGrants(trx, municipalityId, id, grants);
    // New roles take effect on the next request: sessions load grants afresh each time.
    await recordAudit(trx, {
      ...auditFrom(ctx),
      action: 'user.roles',
      entityType: 'user',
      entityId: id,
      details: { roles: roles.map((grant) => ({ role: grant.role, unitId: grant.unitId ?? null })) },
    });
    return loadPresented(trx, municipalityId, id, ctx.now);
  });
}

export async function setPassword(db: Db, ctx: RequestContext, id: string, password: string) {
  requirePermission(ctx.actor, 'users.manage');
  const municipalityId = ctx.actor.municipalityId;
  const passwordHash = await hashPassword(password);
  return db.transaction().execute(async (trx) => {
    if (!(await repo.findUser(trx, municipalityId, id))) throw new NotFound('User');
    await repo.updateUser(trx, municipalityId, id, {
      password_hash: passwordHash,
      updated_at: ctx.now,
    });
    // A new password forgives every address's failed tries on the old one.
    await deleteAccountFailures(trx, municipalityId, id);
    // A reset password must end every session that the old one opened.
    await deleteSessionsForUser(trx, municipalityId, id);
    await recordAudit(trx, { ...auditFrom(ctx), action: 'user.password', entityType: 'user', entityId: id });
    return loadPresented(trx, municipalityId, id, ctx.now);
  });
}

/** Deactivation keeps the account and its history; it only stops sign-in and ends its sessions. */
export async function setActive(db: Db, ctx: RequestContext, id: string, active: boolean) {
  requirePermission(ctx.actor, 'users.manage');
  const municipalityId = ctx.actor.municipalityId;
  return db.transaction().execute(async (trx) => {
    const user = await repo.findUser(trx, municipalityId, id);
    if (!user) throw new NotFound('User');
    if (!active) {
      if (id === ctx.actor.userId)
        throw new Conflict('cannot_deactivate_self', 'You cannot deactivate yourself');
      await assertKeepsAnAdministrator(trx, municipalityId, id);
      // Relationships must not leave with the person: their open support contacts go to a colleague first.
      await assertNoOpenSupportContacts(trx, municipalityId, id);
      await deleteSessionsForUser(trx, municipalityId, id);
    }
    await repo.updateUser(trx, municipalityId, id, {
      active,
      deactivated_at: active ? null : ctx.now,
      updated_at: ctx.now,
    });
    if (active) await deleteAccountFailures(trx, municipalityId, id);
    await recordAudit(trx, {
      ...auditFrom(ctx),
      action: active ? 'user.reactivate' : 'user.deactivate',
      entityType: 'user',
      entityId: id,
    });
    return loadPresented(trx, municipalityId, id, ctx.now);
  });
}

export async function listUnitMembers(db: Db, actor: Actor, unitId: string) {
  requirePermission(actor, 'unit.members.read');
  const rows = await repo.listUnitMembers(db, actor.municipalityId, unitId);
  const members = new Map<
    string,
    { id: string; displayName: string; roles: ('field_worker' | 'unit_manager')[] }
  >();
  for (const row of rows) {
    if (row.role !== 'field_worker' && row.role !== 'unit_manager') continue;
    const member = members.get(row.id) ?? { id: row.id, displayName: row.display_name, roles: [] };
    member.roles.push(row.role);
    members.set(row.id, member);
  }
  return { members: [...members.values()] };
}
