import type { Kysely } from 'kysely';
import { runStatements } from '../sql-script';

/**
 * The shared risk-night calendar (issue 13): the city (or one administration) puts out the nights
 * when many young people are out, and every field unit answers with the staff it plans. A removed
 * night keeps its row (removed_at), so answers and shifts made from it are never orphaned. The
 * answer remembers the planned shift it became; that id is claimed before the shift is saved, so
 * it has no foreign key, and a retry finishes the same shift instead of making a second.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    create table risk_nights (
      id uuid not null,
      municipality_id uuid not null references municipalities (id),
      administration_id uuid,
      day date not null,
      name text not null check (char_length(name) between 1 and 120),
      starts_at time not null default '18:00',
      ends_at time not null default '02:00',
      note text check (char_length(note) <= 500),
      version integer not null default 1,
      created_by uuid not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      removed_at timestamptz,
      primary key (municipality_id, id),
      foreign key (municipality_id, administration_id) references administrations (municipality_id, id),
      foreign key (municipality_id, created_by) references users (municipality_id, id)
    );
    create index risk_nights_day on risk_nights (municipality_id, day) where removed_at is null;
    create table risk_night_answers (
      municipality_id uuid not null references municipalities (id),
      risk_night_id uuid not null,
      unit_id uuid not null,
      planned_staff integer not null check (planned_staff between 0 and 100),
      comment text check (char_length(comment) <= 500),
      version integer not null default 1,
      answered_by uuid not null,
      answered_at timestamptz not null,
      shift_id uuid,
      shift_mutation_id uuid,
      primary key (municipality_id, risk_night_id, unit_id),
      foreign key (municipality_id, risk_night_id) references risk_nights (municipality_id, id),
      foreign key (municipality_id, unit_id) references units (municipality_id, id),
      foreign key (municipality_id, answered_by) references users (municipality_id, id),
      check ((shift_id is null) = (shift_mutation_id is null))
    );
  `,
  );
}
