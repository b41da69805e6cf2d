import type { SessionUser } from '../api/types';
import { can } from '../auth/session';

export const overviewPath = (unitId: string) => `/enhet/${unitId}/oversikt`;
export const reviewPath = (unitId: string, shiftId: string) => `/enhet/${unitId}/pass/${shiftId}/granska`;
/** The shared shift editor (the field worker's pages). */
export const editorPath = (unitId: string, shiftId: string) => `/enhet/${unitId}/pass/${shiftId}`;

/** The units the user manages, in the order of their roles. */
export function managedUnits(user: SessionUser): { id: string; name: string }[] {
  const units = new Map<string, string>();
  for (const grant of user.roles) {
    if (grant.role === 'unit_manager' && grant.unitId) units.set(grant.unitId, grant.unitName ?? '');
  }
  return [...units].map(([id, name]) => ({ id, name }));
}

/** Shift permissions are given per unit (field worker, unit manager): the user must work in this one. */
export function canInUnit(
  user: SessionUser,
  permission: 'shifts.read' | 'shifts.write' | 'shifts.review',
  unitId: string,
): boolean {
  const roles = permission === 'shifts.review' ? ['unit_manager'] : ['unit_manager', 'field_worker'];
  return (
    can(user, permission) && user.roles.some((grant) => grant.unitId === unitId && roles.includes(grant.role))
  );
}

let lastOverview: { unitId: string; url: string } | null = null;

/** Remembers where in the overview the manager was (month, filter, view), to come back to it. */
export function rememberOverview(unitId: string, url: string): void {
  lastOverview = { unitId, url };
}

export function overviewReturn(unitId: string): string {
  return lastOverview?.unitId === unitId ? lastOverview.url : overviewPath(unitId);
}

/** The manager's own pages: the overview and the review page, which the menu item covers. */
export function isManagerPath(path: string): boolean {
  return /^\/enhet\/[^/]+\/(oversikt|pass\/[^/]+\/granska)$/.test(path);
}
