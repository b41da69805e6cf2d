import type { SessionUser } from '../api/types';
import { can } from '../auth/session';

export const SUPPORT_PATH = '/stodkontakter';
export const listPath = (unitId: string) => `${SUPPORT_PATH}/${unitId}`;
export const newContactPath = (unitId: string) => `${SUPPORT_PATH}/${unitId}/ny`;
export const contactPath = (unitId: string, contactId: string) => `${SUPPORT_PATH}/${unitId}/${contactId}`;
export const continuityPath = (unitId: string) => `${SUPPORT_PATH}/${unitId}/kontinuitet`;

const STAFF_ROLES = new Set(['field_worker', 'unit_manager']);

/** The units whose support contacts the user works with: where they are on the staff. */
export function supportUnits(user: SessionUser): { id: string; name: string }[] {
  if (!can(user, 'support.read')) return [];
  const units = new Map<string, string>();
  for (const grant of user.roles) {
    if (grant.unitId && STAFF_ROLES.has(grant.role)) units.set(grant.unitId, grant.unitName ?? '');
  }
  return [...units].map(([id, name]) => ({ id, name }));
}

export function worksWithSupport(user: SessionUser, unitId: string): boolean {
  return supportUnits(user).some((unit) => unit.id === unitId);
}

/** The unit manager's part: the continuity report and handing over anyone's contacts. */
export function managesSupport(user: SessionUser, unitId: string): boolean {
  return (
    can(user, 'support.manage') &&
    user.roles.some((grant) => grant.role === 'unit_manager' && grant.unitId === unitId)
  );
}
