import type { SessionUser } from '../api/types';

/** The units whose shifts the user logs: where they are a field worker or the unit manager. */
export function shiftUnits(user: SessionUser): { id: string; name: string }[] {
  const units = new Map<string, string>();
  for (const grant of user.roles) {
    if ((grant.role === 'field_worker' || grant.role === 'unit_manager') && grant.unitId)
      units.set(grant.unitId, grant.unitName ?? '');
  }
  return [...units].map(([id, name]) => ({ id, name }));
}

export function canLogShifts(user: SessionUser): boolean {
  return user.permissions.includes('shifts.write') && shiftUnits(user).length > 0;
}

/** A field worker who logs shifts: their home page opens with the shifts they have to log. */
export function logsOwnShifts(user: SessionUser): boolean {
  return canLogShifts(user) && user.roles.some((grant) => grant.role === 'field_worker');
}

export const SHIFTS_PATH = '/pass';

export function editorPath(unitId: string, shiftId: string): string {
  return `/enhet/${unitId}/pass/${shiftId}`;
}

export function newShiftPath(unitId: string): string {
  return `/enhet/${unitId}/pass/ny`;
}

/** The list and the editor are one part of the app, for the menu's "you are here". */
export function isShiftsPath(path: string): boolean {
  return path === SHIFTS_PATH || /^\/enhet\/[^/]+\/pass\/[^/]+$/.test(path);
}
