import type { Kysely } from 'kysely';
import { runStatements } from '../sql-script';

/**
 * The field log: categories as data, shifts as versioned documents with their anonymous tallies,
 * observations and actions, and a revision trail of every change.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    create table categories (
      id uuid not null,
      municipality_id uuid not null references municipalities (id),
      kind text not null check (kind in
        ('topic', 'observation_type', 'service', 'arena', 'age_band', 'risk_factor', 'protective_factor')),
      code text not null check (code ~ '^[a-z0-9_]+$'),
      label_sv text not null check (length(trim(label_sv)) > 0),
      label_en text not null check (length(trim(label_en)) > 0),
      sort_order integer not null default 0,
      min_age integer,
      max_age integer,
      retired_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (municipality_id, id),
      check ((kind = 'age_band') or (min_age is null and max_age is null)),
      check (min_age is null or max_age is null or min_age <= max_age)
    );
    create unique index categories_code on categories (municipality_id, kind, code);

    create table shifts (
      id uuid not null,
      municipality_id uuid not null references municipalities (id),
      unit_id uuid not null,
      status text not null check (status in ('planned', 'done', 'cancelled')),
      kind text not null check (kind in
        ('outreach', 'school', 'youth_centre', 'risk_night', 'digital', 'collaboration')),
      title text,
      starts_at timestamptz not null,
      ends_at timestamptz not null,
      time_use text not null check (time_use in
        ('outreach', 'collaboration', 'administration', 'authority', 'other_municipal')),
      prevention_level text check (prevention_level in ('universal', 'selective', 'indicated')),
      partners text[] not null default '{}',
      notes text,
      version integer not null default 1,
      created_by uuid not null,
      updated_by uuid not null,
      reviewed_by uuid,
      reviewed_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (municipality_id, id),
      foreign key (municipality_id, unit_id) references units (municipality_id, id),
      check (ends_at > starts_at and ends_at <= starts_at + interval '24 hours')
    );
    create index shifts_unit_time on shifts (municipality_id, unit_id, starts_at);

    create table shift_staff (
      municipality_id uuid not null,
      shift_id uuid not null,
      user_id uuid not null,
      primary key (municipality_id, shift_id, user_id),
      foreign key (municipality_id, shift_id) references shifts (municipality_id, id) on delete cascade,
      foreign key (municipality_id, user_id) references users (municipality_id, id)
    );

    create table shift_areas (
      municipality_id uuid not null,
      shift_id uuid not null,
      area_id uuid not null,
      primary key (municipality_id, shift_id, area_id),
      foreign key (municipality_id, shift_id) references shifts (municipality_id, id) on delete cascade,
      foreign key (municipality_id, area_id) references areas (municipality_id, id)
    );

    create table shift_categories (
      municipality_id uuid not null,
      shift_id uuid not null,
      category_id uuid not null,
      primary key (municipality_id, shift_id, category_id),
      foreign key (municipality_id, shift_id) references shifts (municipality_id, id) on delete cascade,
      foreign key (municipality_id, category_id) references categories (municipality_id, id)
    );

    create table encounter_tallies (
      municipality_id uuid not null,
      shift_id uuid not null,
      gender text not null check (gender in ('girl', 'boy', 'other')),
      age_band_id uuid not null,
      depth text not null check (depth in ('brief', 'conversation', 'support')),
      count integer not null check (count > 0 and count <= 9999),
      primary key (municipality_id, shift_id, gender, age_band_id, depth),
      foreign key (municipality_id, shift_id) references shifts (municipality_id, id) on delete cascade,
      foreign key (municipality_id, age_band_id) references categories (municipality_id, id)
    );

    create table topic_tallies (
      municipality_id uuid not null,
      shift_id uuid not null,
      topic_id uuid not null,
      count integer not null check (count > 0 and count <= 9999),
      primary key (municipality_id, shift_id, topic_id),
      foreign key (municipality_id, shift_id) references shifts (municipality_id, id) on delete cascade,
      foreign key (municipality_id, topic_id) references categories (municipality_id, id)
    );

    create table action_tallies (
      municipality_id uuid not null,
      shift_id uuid not null,
      kind text not null check (kind in
        ('guidance', 'guardian_contact', 'report_of_concern', 'emergency_call', 'safe_transport')),
      service_id uuid,
      gender text not null check (gender in ('girl', 'boy', 'other')),
      age_band_id uuid not null,
      count integer not null check (count > 0 and count <= 9999),
      foreign key (municipality_id, shift_id) references shifts (municipality_id, id) on delete cascade,
      foreign key (municipality_id, service_id) references categories (municipality_id, id),
      foreign key (municipality_id, age_band_id) references categories (municipality_id, id),
      check ((kind = 'guidance') = (service_id is not null))
    );
    create unique index action_tallies_cell on action_tallies
      (municipality_id, shift_id, kind, coalesce(service_id, municipality_id), gender, age_band_id);

    create table observations (
      id uuid not null,
      municipality_id uuid not null,
      shift_id uuid not null,
      type_id uuid not null,
      area_id uuid,
      latitude double precision check (latitude between -90 and 90),
      longitude double precision check (longitude between -180 and 180),
      observed_at timestamptz not null,
      severity text not null check (severity in ('low', 'medium', 'high')),
      estimated_size integer check (estimated_size between 1 and 100000),
      note text,
      -- Ids are made on the phone; an observation is unique within its shift.
      primary key (municipality_id, shift_id, id),
      foreign key (municipality_id, shift_id) references shifts (municipality_id, id) on delete cascade,
      foreign key (municipality_id, type_id) references categories (municipality_id, id),
      foreign key (municipality_id, area_id) references areas (municipality_id, id),
      check ((latitude is null) = (longitude is null))
    );

    -- Every save applied, by the id the phone gave it: a retry of any of them is recognised,
    -- even after someone else has saved since.
    create table shift_mutations (
      municipality_id uuid not null,
      mutation_id uuid not null,
      shift_id uuid not null,
      version integer not null,
      applied_at timestamptz not null,
      primary key (municipality_id, mutation_id),
      foreign key (municipality_id, shift_id) references shifts (municipality_id, id) on delete cascade
    );

    create table shift_revisions (
      id uuid not null,
      municipality_id uuid not null,
      shift_id uuid not null,
      version integer not null,
      changed_by uuid not null,
      changed_by_roles text not null,
      changed_at timestamptz not null,
      changes jsonb not null,
      primary key (municipality_id, id),
      foreign key (municipality_id, shift_id) references shifts (municipality_id, id) on delete cascade
    );
    create unique index shift_revisions_version on shift_revisions (municipality_id, shift_id, version);
  `,
  );
}
