import type { Locale, PartnerKind, Role } from '../db/database';
import { Forbidden } from '../http/errors';
import { type Permission, roleHasPermission } from './permissions';

/** One role a user holds, and where in the organisation tree it applies. */
export type Grant = {
  role: Role;
  unitId: string | null;
  administrationId: string | null;
  partnerKind: PartnerKind | null;
};

/** The signed-in user a request acts for. Built from the session; never from request input. */
export type Actor = {
  userId: string;
  municipalityId: string;
  email: string;
  displayName: string;
  locale: Locale;
  grants: Grant[];
  sessionTokenHash: string;
  csrfToken: string;
};

/** A unit as seen by access checks: itself and the administration it belongs to. */
export type UnitScope = { unitId: string; administrationId: string };

function grantsWith(actor: Actor, permission: Permission): Grant[] {
  return actor.grants.filter((grant) => roleHasPermission(grant.role, permission));
}

export function hasPermission(actor: Actor, permission: Permission): boolean {
  return grantsWith(actor, permission).length > 0;
}

/** Whether one grant reaches a unit: its own unit, its administration's units, or the municipality's. */
function grantCoversUnit(grant: Grant, unit: UnitScope): boolean {
  if (grant.unitId !== null) return grant.unitId === unit.unitId;
  if (grant.administrationId !== null) return grant.administrationId === unit.administrationId;
  return true;
}

/** Whether one grant reaches a whole administration (unit-level grants never do). */
function grantCoversAdministration(grant: Grant, administrationId: string): boolean {
  if (grant.unitId !== null) return false;
  return grant.administrationId === null || grant.administrationId === administrationId;
}

/** Whether a grant with this permission covers the whole municipality (no unit, no administration). */
export function canAcrossMunicipality(actor: Actor, permission: Permission): boolean {
  return grantsWith(actor, permission).some(
    (grant) => grant.unitId === null && grant.administrationId === null,
  );
}

export function canInUnit(actor: Actor, permission: Permission, unit: UnitScope): boolean {
  return grantsWith(actor, permission).some((grant) => grantCoversUnit(grant, unit));
}

export function canInAdministration(actor: Actor, permission: Permission, administrationId: string): boolean {
  return grantsWith(actor, permission).some((grant) => grantCoversAdministration(grant, administrationId));
}

/** The role names an audit row records for the actor, e.g. "unit_manager,field_worker". */
export function describeRoles(actor: Actor | null): string {
  if (!actor) return 'anonymous';
  return [...new Set(actor.grants.map((grant) => grant.role))].sort().join(',');
}

/** Services call this first, so an access rule holds even if a route forgot to declare it. */
export function requirePermission(actor: Actor, permission: Permission): void {
  if (!hasPermission(actor, permission)) throw new Forbidden();
}
