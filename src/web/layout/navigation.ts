import type { SessionUser } from '../api/types';
import { can } from '../auth/session';
import { CONCERNS_PATH, canReport, INBOX_PATH, isReceptionOnly } from '../concerns/access';
import { GUIDANCE_PATH } from '../guidance/paths';
import type { MessageKey } from '../i18n/i18n';
import { isManagerPath, managedUnits, overviewPath } from '../manager/paths';
import { canLogShifts, isShiftsPath, SHIFTS_PATH } from '../shifts/access';
import { SUPPORT_PATH, supportUnits } from '../support/access';

export type NavItem = {
  href: string;
  label: MessageKey /** Also active on paths below `href`. */;
  prefix: boolean;
};

/** The distinct units the user works in (field worker or manager). */
export function userUnits(user: SessionUser): { id: string; name: string }[] {
  const units = new Map<string, string>();
  for (const grant of user.roles) {
    if (grant.unitId) units.set(grant.unitId, grant.unitName ?? '');
  }
  return [...units].map(([id, name]) => ({ id, name }));
}

/** Where "Min enhet" goes: straight to the only unit, else to a list to choose from. */
export function unitLink(user: SessionUser): { href: string; label: 'nav.myUnit' | 'nav.units' } {
  const units = userUnits(user);
  const only = units.length === 1 ? units[0] : undefined;
  if (only) return { href: `/enhet/${only.id}`, label: 'nav.myUnit' };
  return { href: '/enhet', label: units.length > 0 ? 'nav.myUnit' : 'nav.units' };
}

/** The main menu, filtered by what the user's roles permit. */
export function navItems(user: SessionUser): NavItem[] {
  // The reception's whole app is its inbox: no home page, nothing else to go to.
  if (isReceptionOnly(user)) return [{ href: INBOX_PATH, label: 'concerns.nav.inbox', prefix: true }];
  const items: NavItem[] = [{ href: '/', label: 'nav.home', prefix: false }];
  if (canLogShifts(user)) items.push({ href: SHIFTS_PATH, label: 'shifts.nav', prefix: false });
  if (canReport(user)) items.push({ href: CONCERNS_PATH, label: 'concerns.nav.mine', prefix: true });
  if (can(user, 'concern.receive'))
    items.push({ href: INBOX_PATH, label: 'concerns.nav.inbox', prefix: true });
  if (canLogShifts(user)) items.push({ href: GUIDANCE_PATH, label: 'guidance.nav', prefix: false });
  if (can(user, 'unit.members.read')) {
    const unit = unitLink(user);
    items.push({ href: unit.href, label: unit.label, prefix: false });
  }
  if (supportUnits(user).length > 0) items.push({ href: SUPPORT_PATH, label: 'support.nav', prefix: true });
  const managed = managedUnits(user)[0];
  if (managed) items.push({ href: overviewPath(managed.id), label: 'manager.nav', prefix: false });
  if (can(user, 'statistics.read')) items.push({ href: '/statistik', label: 'statistics.nav', prefix: true });
  if (can(user, 'org.manage'))
    items.push({ href: '/admin/organisation', label: 'nav.organisation', prefix: true });
  if (can(user, 'users.manage')) items.push({ href: '/admin/anvandare', label: 'nav.users', prefix: true });
  if (can(user, 'categories.manage'))
    items.push({ href: '/admin/kategorier', label: 'categories.nav', prefix: true });
  if (can(user, 'population.manage'))
    items.push({ href: '/admin/befolkning', label: 'population.nav', prefix: true });
  if (can(user, 'audit.read'))
    items.push({ href: '/admin/granskningslogg', label: 'audit.nav', prefix: true });
  if (can(user, 'privacy.manage'))
    items.push({ href: '/admin/dataskydd', label: 'privacy.nav', prefix: true });
  return items;
}

export function isActive(item: NavItem, path: string): boolean {
  if (item.label === 'manager.nav') return isManagerPath(path);
  if (item.href.startsWith('/enhet') && isManagerPath(path)) return false;
  if (item.href === SHIFTS_PATH) return isShiftsPath(path);
  if (item.href.startsWith('/enhet') && isShiftsPath(path)) return false;
  if (item.href.startsWith('/enhet')) return path === '/enhet' || path.startsWith('/enhet/');
  return item.prefix ? path === item.href || path.startsWith(`${item.href}/`) : path === item.href;
}
