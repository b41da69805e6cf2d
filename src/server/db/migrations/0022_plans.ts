import type { Kysely } from 'kysely';
import { runStatements } from '../sql-script';

/**
 * The year's plan (issue 13): a unit's goals for a year, each tied to indicators with a target. The
 * manager drafts, the administration approves; every submitted version is kept as it was, and once
 * the year is closed nothing changes. Goals are one document per version (validated at the edge),
 * because a version is read and replaced whole, never queried goal by goal.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    create table plans (
      municipality_id uuid not null references municipalities (id),
      id uuid not null,
      unit_id uuid not null,
      year integer not null check (year between 2000 and 2100),
      closed_at timestamptz,
      closed_by uuid,
      created_at timestamptz not null default now(),
      primary key (municipality_id, id),
      unique (municipality_id, unit_id, year),
      foreign key (municipality_id, unit_id) references units (municipality_id, id),
      check ((closed_at is null) = (closed_by is null))
    );

    create table plan_versions (
      municipality_id uuid not null,
      plan_id uuid not null,
      version integer not null check (version >= 1),
      status text not null check (status in ('draft', 'submitted', 'approved', 'returned')),
      goals jsonb not null check (jsonb_typeof(goals) = 'array'),
      drafted_by uuid not null,
      updated_at timestamptz not null default now(),
      submitted_at timestamptz,
      decided_by uuid,
      decided_at timestamptz,
      decision_comment text check (char_length(decision_comment) <= 2000),
      primary key (municipality_id, plan_id, version),
      foreign key (municipality_id, plan_id) references plans (municipality_id, id),
      check ((status in ('approved', 'returned')) = (decided_at is not null))
    );
  `,
  );
}
