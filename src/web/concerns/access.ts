import type { SessionUser } from '../api/types';
import { can } from '../auth/session';

/** The field side: the user's own reports, a new one, and one report (under the unit that sent it). */
export const CONCERNS_PATH = '/orosanmalan';
export const NEW_CONCERN_PATH = '/orosanmalan/ny';
export const concernPath = (unitId: string, reportId: string) => `/orosanmalan/${unitId}/${reportId}`;

/** The reception side: the inbox and one report in it. */
export const INBOX_PATH = '/mottagning';
export const inboxReportPath = (reportId: string) => `/mottagning/${reportId}`;

/** A new report, optionally from a given unit and about one of its shifts. */
export function newConcernPath(unitId?: string, shiftId?: string): string {
  const query = new URLSearchParams();
  if (unitId) query.set('enhet', unitId);
  if (shiftId) query.set('pass', shiftId);
  const text = query.toString();
  return text ? `${NEW_CONCERN_PATH}?${text}` : NEW_CONCERN_PATH;
}

/** The units the user may report from: where they are a field worker or the unit manager. */
export function reportingUnits(user: SessionUser): { id: string; name: string }[] {
  const units = new Map<string, string>();
  for (const grant of user.roles) {
    if ((grant.role === 'field_worker' || grant.role === 'unit_manager') && grant.unitId)
      units.set(grant.unitId, grant.unitName ?? '');
  }
  return [...units].map(([id, name]) => ({ id, name }));
}

export function canReport(user: SessionUser): boolean {
  return can(user, 'concern.report') && reportingUnits(user).length > 0;
}

/**
 * A user whose only permission is receiving reports (the reception) has nothing else in the app:
 * their home is the inbox, and their menu has nothing but it.
 */
export function isReceptionOnly(user: SessionUser): boolean {
  return can(user, 'concern.receive') && user.permissions.every((p) => p === 'concern.receive');
}
