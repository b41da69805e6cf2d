import type { RoleAssignmentRow, UserRow } from '../db/database';
import type { OrgNames } from '../organisation/organisation.repository';
import type { GrantDto, UserDto } from './users.schema';

export function presentGrant(
  row: Pick<RoleAssignmentRow, 'role' | 'unit_id' | 'administration_id' | 'partner_kind'>,
  names: OrgNames,
): GrantDto {
  return {
    role: row.role,
    unitId: row.unit_id,
    unitName: row.unit_id ? (names.units.get(row.unit_id) ?? null) : null,
    administrationId: row.administration_id,
    administrationName: row.administration_id
      ? (names.administrations.get(row.administration_id) ?? null)
      : null,
    partnerKind: row.partner_kind,
  };
}

/**
 * The account as an administrator sees it; the password hash never leaves. `blocked`: the accounts
 * some address currently waits to try again after wrong passwords (see auth/account-throttle.ts).
 */
export function presentUser(
  row: UserRow,
  grants: RoleAssignmentRow[],
  names: OrgNames,
  blocked: ReadonlySet<string>,
): UserDto {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    locale: row.locale,
    active: row.active,
    locked: blocked.has(row.id),
    lastSignInAt: row.last_sign_in_at?.toISOString() ?? null,
    deactivatedAt: row.deactivated_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
    roles: grants.filter((grant) => grant.user_id === row.id).map((grant) => presentGrant(grant, names)),
  };
}
