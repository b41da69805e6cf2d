import type { Kysely } from 'kysely';
import { runStatements } from '../sql-script';

/**
 * Organisation tree, areas, users, roles, sessions and the audit trail.
 * Tenant tables key on (municipality_id, id) and reference each other through both columns, so a
 * national deployment can distribute them on municipality_id (Citus) and no row can point across
 * municipalities. SQL stays within what PostgreSQL 15 understands.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    create table municipalities (
      id uuid primary key,
      name text not null,
      code text unique check (code ~ '^[0-9]{4}$'),
      created_at timestamptz not null default now()
    );

    create table administrations (
      id uuid not null,
      municipality_id uuid not null references municipalities (id),
      name text not null check (length(trim(name)) > 0),
      active boolean not null default true,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (municipality_id, id)
    );
    create unique index administrations_name on administrations (municipality_id, lower(name));

    create table units (
      id uuid not null,
      municipality_id uuid not null references municipalities (id),
      administration_id uuid not null,
      name text not null check (length(trim(name)) > 0),
      active boolean not null default true,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (municipality_id, id),
      foreign key (municipality_id, administration_id) references administrations (municipality_id, id)
    );
    create unique index units_name on units (municipality_id, lower(name));
    create index units_administration on units (municipality_id, administration_id);

    create table areas (
      id uuid not null,
      municipality_id uuid not null references municipalities (id),
      unit_id uuid,
      name text not null check (length(trim(name)) > 0),
      kind text not null check (kind in
        ('district', 'square', 'shopping_centre', 'transport_hub', 'school_area', 'park', 'other')),
      geometry jsonb,
      active boolean not null default true,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (municipality_id, id),
      foreign key (municipality_id, unit_id) references units (municipality_id, id)
    );
    create unique index areas_name on areas (municipality_id, lower(name));

    create table users (
      id uuid not null,
      municipality_id uuid not null references municipalities (id),
      email text not null check (email = lower(email) and email like '%@%'),
      display_name text not null check (length(trim(display_name)) > 0),
      password_hash text,
      locale text not null default 'sv' check (locale in ('sv', 'en')),
      active boolean not null default true,
      failed_sign_ins integer not null default 0,
      locked_until timestamptz,
      last_sign_in_at timestamptz,
      deactivated_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (municipality_id, id)
    );
    -- Sign-in finds a user by e-mail before the municipality is known. On a distributed deployment
    -- this lookup becomes a small reference table; on one server a unique index is enough.
    create unique index users_email on users (email);

    create table role_assignments (
      id uuid not null,
      municipality_id uuid not null references municipalities (id),
      user_id uuid not null,
      role text not null check (role in
        ('field_worker', 'unit_manager', 'analyst', 'reception', 'partner', 'administrator')),
      administration_id uuid,
      unit_id uuid,
      partner_kind text check (partner_kind in ('school', 'police', 'youth_centre', 'other')),
      created_at timestamptz not null default now(),
      primary key (municipality_id, id),
      foreign key (municipality_id, user_id) references users (municipality_id, id),
      foreign key (municipality_id, administration_id) references administrations (municipality_id, id),
      foreign key (municipality_id, unit_id) references units (municipality_id, id),
      -- Each role has exactly one kind of scope: unit staff belong to a unit, analysts to an
      -- administration or the whole municipality, everyone else to the municipality.
      check (case role
        when 'field_worker' then unit_id is not null and administration_id is null
        when 'unit_manager' then unit_id is not null and administration_id is null
        when 'analyst' then unit_id is null
        else unit_id is null and administration_id is null
      end),
      check ((role = 'partner') = (partner_kind is not null))
    );
    create unique index role_assignments_unique on role_assignments
      (municipality_id, user_id, role, coalesce(unit_id, administration_id, municipality_id));

    create table sessions (
      token_hash text primary key,
      municipality_id uuid not null references municipalities (id),
      user_id uuid not null,
      csrf_token text not null,
      created_at timestamptz not null default now(),
      last_seen_at timestamptz not null,
      expires_at timestamptz not null,
      ip text,
      user_agent text,
      foreign key (municipality_id, user_id) references users (municipality_id, id)
    );
    create index sessions_user on sessions (municipality_id, user_id);

    create table audit_events (
      id uuid not null,
      municipality_id uuid not null references municipalities (id),
      occurred_at timestamptz not null,
      actor_user_id uuid,
      actor_roles text not null,
      action text not null,
      entity_type text not null,
      entity_id uuid,
      details jsonb not null default '{}',
      ip text,
      primary key (municipality_id, id)
    );
    create index audit_events_entity on audit_events (municipality_id, entity_type, entity_id);
  `,
  );
}
