import { ACTIVITIES_PATH } from '../activities/paths';
import type { SessionUser } from '../api/types';
import { can } from '../auth/session';
import { COMPETENCE_PATH } from '../competence/paths';
import { CONCERNS_PATH, canReport, INBOX_PATH, isReceptionOnly } from '../concerns/access';
import { GUIDANCE_PATH } from '../guidance/paths';
import type { MessageKey } from '../i18n/i18n';
import { isManagerPath, managedUnits, overviewPath } from '../manager/paths';
import { PLANS_PATH } from '../plans/paths';
import { RISK_NIGHTS_PATH } from '../risk-nights/paths';
import { canLogShifts, isShiftsPath, SHIFTS_PATH } from '../shifts/access';
import { STAFF_TIME_PATH } from '../staff-time/paths';
import { SUPPORT_PATH, supportUnits } from '../support/access';

/** The administrator's page for sign-in through the municipality's identity provider. */
export const SIGN_IN_SETTINGS_PATH = '/admin/inloggning';

/** The pages the menu leads to; the home page offers each (but home itself) as a card of the same key. */
export type PageKey =
  | 'home'
  | 'myShifts'
  | 'concerns'
  | 'inbox'
  | 'guidance'
  | 'activities'
  | 'staffTime'
  | 'competence'
  | 'plans'
  | 'riskNights'
  | 'myUnit'
  | 'units'
  | 'supportContacts'
  | 'unitShifts'
  | 'statistics'
  | 'organisation'
  | 'users'
  | 'signInSettings'
  | 'categories'
  | 'population'
  | 'audit'
  | 'privacy';

/** A menu item. `label` is the page's one name: the menu, the home card and the page heading use it. */
export type NavItem = {
  key: PageKey;
  href: string;
  label: MessageKey;
  /** Also active on paths below `href`. */
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
export function unitLink(user: SessionUser): NavItem & { key: 'myUnit' | 'units' } {
  const units = userUnits(user);
  const only = units.length === 1 ? units[0] : undefined;
  if (only) return { key: 'myUnit', href: `/enhet/${only.id}`, label: 'nav.myUnit', prefix: false };
  return units.length > 0
    ? { key: 'myUnit', href: '/enhet', label: 'nav.myUnit', prefix: false }
    : { key: 'units', href: '/enhet', label: 'nav.units', prefix: false };
}

/** The main menu, filtered by what the user's roles permit. */
export function navItems(user: SessionUser): NavItem[] {
  // The reception's whole app is its inbox: no home page, nothing else to go to.
  const inbox: NavItem = { key: 'inbox', href: INBOX_PATH, label: 'concerns.nav.inbox', prefix: true };
  if (isReceptionOnly(user)) return [inbox];
  const items: NavItem[] = [{ key: 'home', href: '/', label: 'nav.home', prefix: false }];
  const add = (key: PageKey, href: string, label: MessageKey, prefix = true) =>
    items.push({ key, href, label, prefix });
  if (canLogShifts(user)) add('myShifts', SHIFTS_PATH, 'shifts.nav', false);
  if (canReport(user)) add('concerns', CONCERNS_PATH, 'concerns.nav.mine');
  if (can(user, 'concern.receive')) items.push(inbox);
  if (canLogShifts(user)) add('guidance', GUIDANCE_PATH, 'guidance.nav', false);
  if (canLogShifts(user)) add('activities', ACTIVITIES_PATH, 'activities.nav', false);
  if (canLogShifts(user)) add('competence', COMPETENCE_PATH, 'competence.nav', false);
  if (can(user, 'unit.members.read')) items.push(unitLink(user));
  if (supportUnits(user).length > 0) add('supportContacts', SUPPORT_PATH, 'support.nav');
  const managed = managedUnits(user)[0];
  if (managed) add('unitShifts', overviewPath(managed.id), 'manager.nav', false);
  if (can(user, 'riskNights.read')) add('riskNights', RISK_NIGHTS_PATH, 'riskNights.nav', false);
  if (can(user, 'statistics.read')) add('statistics', '/statistik', 'statistics.nav');
  if (can(user, 'statistics.read')) add('staffTime', STAFF_TIME_PATH, 'staffTime.nav', false);
  if (can(user, 'plans.read')) add('plans', PLANS_PATH, 'plans.nav');
  if (can(user, 'org.manage')) add('organisation', '/admin/organisation', 'nav.organisation');
  if (can(user, 'users.manage')) add('users', '/admin/anvandare', 'nav.users');
  if (can(user, 'users.manage')) add('signInSettings', SIGN_IN_SETTINGS_PATH, 'oidc.nav');
  if (can(user, 'categories.manage')) add('categories', '/admin/kategorier', 'categories.nav');
  if (can(user, 'population.manage')) add('population', '/admin/befolkning', 'population.nav');
  if (can(user, 'audit.read')) add('audit', '/admin/granskningslogg', 'audit.nav');
  if (can(user, 'privacy.manage')) add('privacy', '/admin/dataskydd', 'privacy.nav');
  return items;
}

export function isActive(item: NavItem, path: string): boolean {
  if (item.key === 'unitShifts') return isManagerPath(path);
  if (item.href.startsWith('/enhet') && isManagerPath(path)) return false;
  if (item.href === SHIFTS_PATH) return isShiftsPath(path);
  if (item.href.startsWith('/enhet') && isShiftsPath(path)) return false;
  if (item.href.startsWith('/enhet')) return path === '/enhet' || path.startsWith('/enhet/');
  return item.prefix ? path === item.href || path.startsWith(`${item.href}/`) : path === item.href;
}
