import { describe, expect, it, vi } from 'vitest';

// The session module starts i18n, which needs a document; the menu only needs `can` from it.
vi.mock('../auth/session', () => ({
  can: (user: { permissions: string[] }, permission: string) => user.permissions.includes(permission),
}));

import type { SessionUser } from '../api/types';
import { cardsFor } from '../home/cards';
import { navItems } from '../layout/navigation';
import { canReport, INBOX_PATH, isReceptionOnly, newConcernPath } from './access';

const user = (roles: SessionUser['roles'], permissions: SessionUser['permissions']): SessionUser =>
  ({
    id: 'u',
    displayName: 'Test',
    email: 't@example.se',
    locale: 'sv',
    municipality: { id: 'm', name: 'Demo stad' },
    roles,
    permissions,
  }) as SessionUser;

const grant = (role: SessionUser['roles'][number]['role'], unitId: string | null = null) =>
  ({
    role,
    unitId,
    unitName: unitId ? 'Fältgruppen Centrum' : null,
    administrationId: null,
  }) as SessionUser['roles'][number];

describe('the reception’s app', () => {
  const reception = user([grant('reception')], ['concern.receive']);

  it('is the inbox and nothing else: one menu item, the inbox card', () => {
    expect(isReceptionOnly(reception)).toBe(true);
    expect(navItems(reception)).toEqual([
      { key: 'inbox', href: INBOX_PATH, label: 'concerns.nav.inbox', prefix: true },
    ]);
    expect(cardsFor(reception)).toEqual([{ key: 'inbox', href: INBOX_PATH, title: 'concerns.nav.inbox' }]);
  });

  it('keeps the usual menu for someone who also has another role', () => {
    const both = user(
      [grant('reception'), grant('field_worker', 'c')],
      ['concern.receive', 'concern.report', 'shifts.write'],
    );
    expect(isReceptionOnly(both)).toBe(false);
    expect(navItems(both).map((item) => item.href)).toEqual(
      expect.arrayContaining(['/', INBOX_PATH, '/orosanmalan']),
    );
  });
});

describe('the field side', () => {
  it('lets unit staff report, from their unit and optionally a shift', () => {
    const fieldWorker = user([grant('field_worker', 'c')], ['concern.report', 'shifts.write']);
    expect(canReport(fieldWorker)).toBe(true);
    expect(cardsFor(fieldWorker).map((card) => card.key)).toContain('concerns');
    expect(canReport(user([grant('analyst')], ['statistics.read']))).toBe(false);
    expect(newConcernPath('c', 's')).toBe('/orosanmalan/ny?enhet=c&pass=s');
    expect(newConcernPath()).toBe('/orosanmalan/ny');
  });
});
