import type { SessionUser } from '../api/types';
import { can } from '../auth/session';
import { CONCERNS_PATH, canReport, INBOX_PATH } from '../concerns/access';
import { unitLink } from '../layout/navigation';
import { managedUnits, overviewPath } from '../manager/paths';
import { canLogShifts, SHIFTS_PATH } from '../shifts/access';
import { SUPPORT_PATH, supportUnits } from '../support/access';

export type CardKey =
  | 'myShifts'
  | 'concerns'
  | 'supportContacts'
  | 'unitShifts'
  | 'followUp'
  | 'statistics'
  | 'inbox'
  | 'situation'
  | 'myUnit'
  | 'units'
  | 'organisation'
  | 'users'
  | 'categories'
  | 'population'
  | 'audit'
  | 'privacy';

/** A home-page card: a link to a page, or (for what later issues bring) no link and "Kommer snart". */
export type Card = { key: CardKey; href: string | null };

/** The cards for what the user's roles do, in a stable order, each once. */
export function cardsFor(user: SessionUser): Card[] {
  const roles = new Set(user.roles.map((grant) => grant.role));
  const cards: Card[] = [];
  const add = (card: Card) => {
    if (!cards.some((existing) => existing.key === card.key)) cards.push(card);
  };
  if (roles.has('field_worker')) add({ key: 'myShifts', href: canLogShifts(user) ? SHIFTS_PATH : null });
  if (canReport(user)) add({ key: 'concerns', href: CONCERNS_PATH });
  if (supportUnits(user).length > 0) add({ key: 'supportContacts', href: SUPPORT_PATH });
  if (roles.has('unit_manager')) {
    const managed = managedUnits(user)[0];
    add({ key: 'unitShifts', href: managed ? overviewPath(managed.id) : null });
    add({ key: 'followUp', href: can(user, 'statistics.read') ? '/statistik' : null });
  }
  if (can(user, 'unit.members.read')) {
    const unit = unitLink(user);
    add({ key: unit.label === 'nav.myUnit' ? 'myUnit' : 'units', href: unit.href });
  }
  if (roles.has('analyst'))
    add({ key: 'statistics', href: can(user, 'statistics.read') ? '/statistik' : null });
  if (roles.has('reception')) add({ key: 'inbox', href: can(user, 'concern.receive') ? INBOX_PATH : null });
  if (roles.has('partner')) add({ key: 'situation', href: null });
  if (can(user, 'org.manage')) add({ key: 'organisation', href: '/admin/organisation' });
  if (can(user, 'users.manage')) add({ key: 'users', href: '/admin/anvandare' });
  if (can(user, 'categories.manage')) add({ key: 'categories', href: '/admin/kategorier' });
  if (can(user, 'population.manage')) add({ key: 'population', href: '/admin/befolkning' });
  if (can(user, 'audit.read')) add({ key: 'audit', href: '/admin/granskningslogg' });
  if (can(user, 'privacy.manage')) add({ key: 'privacy', href: '/admin/dataskydd' });
  return cards;
}
