import { uuidv7 } from '../../shared/uuidv7';
import { auditFrom, recordAudit } from '../audit/audit.repository';
import { type Actor, requirePermission } from '../auth/actor';
import type { Db } from '../db/connect';
import { isUniqueViolation } from '../db/errors';
import { Conflict, NotFound } from '../http/errors';
import { onlyDefined } from '../http/patch';
import type { RequestContext } from '../http/request-context';
import { countActiveMembers } from '../users/users.repository';
import { presentAdministration, presentArea, presentTree, presentUnit } from './organisation.present';
import * as repo from './organisation.repository';

export async function getOrganisationTree(db: Db, actor: Actor, includeInactive: boolean) {
  requirePermission(actor, 'org.read');
  const [municipality, administrations, units] = await Promise.all([
    repo.findMunicipality(db, actor.municipalityId),
    repo.listAdministrations(db, actor.municipalityId, includeInactive),
    repo.listUnits(db, actor.municipalityId, includeInactive),
  ]);
  if (!municipality) throw new NotFound('Municipality');
  return presentTree(municipality, administrations, units);
}

export async function listAreas(db: Db, actor: Actor, includeInactive: boolean) {
  requirePermission(actor, 'org.read');
  const rows = await repo.listAreas(db, actor.municipalityId, includeInactive);
  return { areas: rows.map(presentArea) };
}

function nameTaken(error: unknown): never {
  if (isUniqueViolation(error)) throw new Conflict('name_taken', 'That name is already in use');
  throw error;
}

export async function createAdministration(db: Db, ctx: RequestContext, input: { name: string }) {
  requirePermission(ctx.actor, 'org.manage');
  const municipalityId = ctx.actor.municipalityId;
  return db
    .transaction()
    .execute(async (trx) => {
      const row = await repo.insertAdministration(trx, {
        id: uuidv7(),
        municipalityId,
        name: input.name,
        now: ctx.now,
      });
      await recordAudit(trx, {
        ...auditFrom(ctx),
        action: 'administration.create',
        entityType: 'administration',
        entityId: row.id,
        details: { name: row.name },
      });
      return presentAdministration(row);
    })
    .catch(nameTaken);
}

export async function updateAdministration(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: { name?: string | undefined; active?: boolean | undefined },
) {
  requirePermission(ctx.actor, 'org.manage');
  const municipalityId = ctx.actor.municipalityId;
  return db
    .transaction()
    .execute(async (trx) => {
      const before = await repo.findAdministration(trx, municipalityId, id);
      if (!before) throw new NotFound('Administration');
      if (input.active === false && (await repo.countActiveUnits(trx, municipalityId, id)) > 0) {
        throw new Conflict('administration_has_active_units', 'Deactivate or move its units first');
      }
      const row = await repo.updateAdministration(trx, municipalityId, id, {
        ...onlyDefined(input),
        now: ctx.now,
      });
      await recordAudit(trx, {
        ...auditFrom(ctx),
        action: 'administration.update',
        entityType: 'administration',
        entityId: id,
        details: { before: presentAdministration(before), after: presentAdministration(row) },
      });
      return presentAdministration(row);
    })
    .catch(nameTaken);
}

export async function createUnit(
  db: Db,
  ctx: RequestContext,
  input: { administrationId: string; name: string },
) {
  requirePermission(ctx.actor, 'org.manage');
  const municipalityId = ctx.actor.municipalityId;
  return db
    .transaction()
    .execute(async (trx) => {
      const administration = await repo.findAdministration(trx, municipalityId, input.administrationId);
      if (!administration?.active) throw new NotFound('Administration');
      const row = await repo.insertUnit(trx, { id: uuidv7(), municipalityId, ...input, now: ctx.now });
      await recordAudit(trx, {
        ...auditFrom(ctx),
        action: 'unit.create',
        entityType: 'unit',
        entityId: row.id,
        details: { name: row.name, administrationId: row.administration_id },
      });
      return presentUnit(row);
    })
    .catch(nameTaken);
}

export async function updateUnit(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: { name?: string | undefined; administrationId?: string | undefined; active?: boolean | undefined },
) {
  requirePermission(ctx.actor, 'org.manage');
  const municipalityId = ctx.actor.municipalityId;
  return db
    .transaction()
    .execute(async (trx) => {
      const before = await repo.findUnit(trx, municipalityId, id);
      if (!before) throw new NotFound('Unit');
      if (input.administrationId) {
        const target = await repo.findAdministration(trx, municipalityId, input.administrationId);
        if (!target?.active) throw new NotFound('Administration');
      }
      if (input.active === false && (await countActiveMembers(trx, municipalityId, id)) > 0) {
        throw new Conflict('unit_has_active_members', 'Move or deactivate the unit’s staff first');
      }
      const row = await repo.updateUnit(trx, municipalityId, id, { ...onlyDefined(input), now: ctx.now });
      await recordAudit(trx, {
        ...auditFrom(ctx),
        action: 'unit.update',
        entityType: 'unit',
        entityId: id,
        details: { before: presentUnit(before), after: presentUnit(row) },
      });
      return presentUnit(row);
    })
    .catch(nameTaken);
}
