import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/** Timestamps are written as Date or ISO strings and always read back as Date. */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

import type { PartnerKind, Role } from '../../shared/roles';

export type { PartnerKind, Role };
export type Locale = 'sv' | 'en';

export interface MunicipalitiesTable {
  id: string;
  name: string;
  code: string | null;
  created_at: CreatedAt;
}

export interface AdministrationsTable {
  id: string;
  municipality_id: string;
  name: string;
  active: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface UnitsTable {
  id: string;
  municipality_id: string;
  administration_id: string;
  name: string;
  active: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface AreasTable {
  id: string;
  municipality_id: string;
  unit_id: string | null;
  name: string;
  kind: 'district' | 'square' | 'shopping_centre' | 'transport_hub' | 'school_area' | 'park' | 'other';
  /** GeoJSON Polygon or MultiPolygon geometry (WGS 84). */
  geometry: ColumnType<unknown, string | null, string | null> | null;
  active: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface UsersTable {
  id: string;
  municipality_id: string;
  email: string;
  display_name: string;
  password_hash: string | null;
  locale: Generated<Locale>;
  active: Generated<boolean>;
  failed_sign_ins: Generated<number>;
  locked_until: Timestamp | null;
  last_sign_in_at: Timestamp | null;
  deactivated_at: Timestamp | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface RoleAssignmentsTable {
  id: string;
  municipality_id: string;
  user_id: string;
  role: Role;
  administration_id: string | null;
  unit_id: string | null;
  partner_kind: PartnerKind | null;
  created_at: CreatedAt;
}

export interface SessionsTable {
  /** SHA-256 of the cookie token: a leaked table does not leak sign-ins. */
  token_hash: string;
  municipality_id: string;
  user_id: string;
  csrf_token: string;
  created_at: CreatedAt;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  ip: string | null;
  user_agent: string | null;
}

export interface AuditEventsTable {
  id: string;
  municipality_id: string;
  occurred_at: Timestamp;
  actor_user_id: string | null;
  actor_roles: string;
  action: string;
  entity_type: string;
  entity_id: string | null;
  details: ColumnType<Record<string, unknown>, string, never>;
  ip: string | null;
}

export interface Database {
  municipalities: MunicipalitiesTable;
  administrations: AdministrationsTable;
  units: UnitsTable;
  areas: AreasTable;
  users: UsersTable;
  role_assignments: RoleAssignmentsTable;
  sessions: SessionsTable;
  audit_events: AuditEventsTable;
}

export type UserRow = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
export type RoleAssignmentRow = Selectable<RoleAssignmentsTable>;
export type SessionRow = Selectable<SessionsTable>;
export type AdministrationRow = Selectable<AdministrationsTable>;
export type UnitRow = Selectable<UnitsTable>;
export type AreaRow = Selectable<AreasTable>;

/**
 * Every column of every table, checked by the compiler against the interfaces above (a missing or
 * extra key fails `tsc`) and by `schema.test.ts` against the migrated database.
 */
export const databaseColumns: { [T in keyof Database]: Record<keyof Database[T], true> } = {
  municipalities: { id: true, name: true, code: true, created_at: true },
  administrations: {
    id: true,
    municipality_id: true,
    name: true,
    active: true,
    created_at: true,
    updated_at: true,
  },
  units: {
    id: true,
    municipality_id: true,
    administration_id: true,
    name: true,
    active: true,
    created_at: true,
    updated_at: true,
  },
  areas: {
    id: true,
    municipality_id: true,
    unit_id: true,
    name: true,
    kind: true,
    geometry: true,
    active: true,
    created_at: true,
    updated_at: true,
  },
  users: {
    id: true,
    municipality_id: true,
    email: true,
    display_name: true,
    password_hash: true,
    locale: true,
    active: true,
    failed_sign_ins: true,
    locked_until: true,
    last_sign_in_at: true,
    deactivated_at: true,
    created_at: true,
    updated_at: true,
  },
  role_assignments: {
    id: true,
    municipality_id: true,
    user_id: true,
    role: true,
    administration_id: true,
    unit_id: true,
    partner_kind: true,
    created_at: true,
  },
  sessions: {
    token_hash: true,
    municipality_id: true,
    user_id: true,
    csrf_token: true,
    created_at: true,
    last_seen_at: true,
    expires_at: true,
    ip: true,
    user_agent: true,
  },
  audit_events: {
    id: true,
    municipality_id: true,
    occurred_at: true,
    actor_user_id: true,
    actor_roles: true,
    action: true,
    entity_type: true,
    entity_id: true,
    details: true,
    ip: true,
  },
};
