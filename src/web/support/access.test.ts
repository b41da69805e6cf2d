import { describe, expect, it, vi } from 'vitest';

// The session module starts i18n, which needs a document; these rules only need `can` from it.
vi.mock('../auth/session', () => ({
  can: (user: { permissions: string[] }, permission: string) => user.permissions.includes(permission),
}));

import type { SessionUser } from '../api/types';
import { cardsFor } from '../home/cards';
import { navItems } from '../layout/navigation';
import { managesSupport, SUPPORT_PATH, supportUnits, worksWithSupport } from './access';

const user = (roles: [SessionUser['roles'][number]['role'], string | null][], permissions: string[]) =>
  ({
    id: 'u',
    displayName: 'Test',
    email: 't@example.se',
    locale: 'sv',
    municipality: { id: 'm', name: 'Demo stad' },
    roles: roles.map(([role, unitId]) => ({
      role,
      unitId,
      unitName: unitId && `Enhet ${unitId}`,
      administrationId: null,
    })),
    permissions,
  }) as unknown as SessionUser;

const FIELD = ['support.read', 'support.write', 'shifts.read', 'shifts.write', 'unit.members.read'];

describe('who works with support contacts', () => {
  it('is the staff of a unit, each in their own unit; the manager also manages them', () => {
    const worker = user([['field_worker', 'a']], FIELD);
    expect(supportUnits(worker)).toEqual([{ id: 'a', name: 'Enhet a' }]);
    expect(worksWithSupport(worker, 'b')).toBe(false);
    expect(managesSupport(worker, 'a')).toBe(false);
    const manager = user([['unit_manager', 'a']], [...FIELD, 'support.manage']);
    expect(managesSupport(manager, 'a')).toBe(true);
    expect(managesSupport(manager, 'b')).toBe(false);
    expect(navItems(worker).map((item) => item.href)).toContain(SUPPORT_PATH);
    expect(cardsFor(worker).map((card) => card.key)).toContain('supportContacts');
  });

  it('is nobody above the unit: analysts and administrators see no menu item or card', () => {
    for (const other of [
      user([['analyst', null]], ['statistics.read']),
      user([['administrator', null]], ['users.manage', 'unit.members.read']),
    ]) {
      expect(supportUnits(other)).toEqual([]);
      expect(navItems(other).map((item) => item.href)).not.toContain(SUPPORT_PATH);
      expect(cardsFor(other).map((card) => card.key)).not.toContain('supportContacts');
    }
  });
});
