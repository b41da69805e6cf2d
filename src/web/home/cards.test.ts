import { describe, expect, it, vi } from 'vitest';

// The session module starts i18n, which needs a document; the menu only needs `can` from it.
vi.mock('../auth/session', () => ({
  can: (user: { permissions: string[] }, permission: string) => user.permissions.includes(permission),
}));

import { ROLE_PERMISSIONS } from '../../server/auth/permissions';
import type { Role, SessionUser } from '../api/types';
import { navItems } from '../layout/navigation';
import { cardsFor } from './cards';

/** A user with the demo's grants for `role` and exactly the permissions the server gives it. */
function userWith(role: Role): SessionUser {
  const unitId = role === 'field_worker' || role === 'unit_manager' ? 'centre' : null;
  return {
    id: 'u',
    displayName: 'Test',
    email: 't@example.se',
    locale: 'sv',
    municipality: { id: 'm', name: 'Demo stad' },
    roles: [
      {
        role,
        unitId,
        unitName: unitId && 'Fältgruppen Centrum',
        administrationId: null,
        partnerKind: role === 'partner' ? 'police' : null,
      },
    ],
    permissions: [...ROLE_PERMISSIONS[role]],
  } as unknown as SessionUser;
}

const ROLES: Role[] = ['field_worker', 'unit_manager', 'analyst', 'reception', 'partner', 'administrator'];

describe('the home page and the menu', () => {
  for (const role of ROLES) {
    it(`offer the same pages under the same names for the ${role}`, () => {
      const user = userWith(role);
      const menu = navItems(user).filter((item) => item.key !== 'home');
      const linked = cardsFor(user).filter((card) => card.href !== null);
      expect(linked.map(({ key, href, title }) => ({ key, href, title }))).toEqual(
        menu.map(({ key, href, label }) => ({ key, href, title: label })),
      );
    });
  }

  it('gives the unit manager cards for Mina pass and Lotsning, and calls Statistik by its name', () => {
    const cards = cardsFor(userWith('unit_manager'));
    expect(cards.map((card) => card.title)).toEqual(
      expect.arrayContaining(['shifts.nav', 'guidance.nav', 'manager.nav', 'statistics.nav']),
    );
    expect(cards.find((card) => card.href === '/statistik')?.title).toBe('statistics.nav');
  });

  it('offers Riskkvällar to the unit’s staff, analysts and administrators, not to partners', () => {
    const riskNights = (role: Role) => cardsFor(userWith(role)).find((card) => card.key === 'riskNights');
    for (const role of ['field_worker', 'unit_manager', 'analyst', 'administrator'] as const)
      expect(riskNights(role), role).toEqual({
        key: 'riskNights',
        href: '/riskkvallar',
        title: 'riskNights.nav',
      });
    expect(riskNights('partner')).toBeUndefined();
  });

  it('keeps the partner’s coming page as a card without a link', () => {
    expect(cardsFor(userWith('partner'))).toEqual([
      { key: 'situation', href: null, title: 'home.cards.situation.title' },
    ]);
  });
});
