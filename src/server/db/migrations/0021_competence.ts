import type { Kysely } from 'kysely';
import { runStatements } from '../sql-script';

/**
 * Competence records (issue 13): the standard's organisation criteria ask for introduction
 * training for new staff, socionom or equivalent education, and continuing development. One row
 * per staff member; courses as a small list on it. Seen only by the person, their unit's manager
 * and administrators; statistics count them without names.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    create table staff_competence (
      municipality_id uuid not null references municipalities (id),
      user_id uuid not null,
      introduction_done_on date,
      introduction_name text check (char_length(introduction_name) between 1 and 120),
      social_work_education boolean not null default false,
      courses jsonb not null default '[]'::jsonb check (jsonb_typeof(courses) = 'array'),
      version integer not null default 1,
      updated_by uuid not null,
      updated_at timestamptz not null default now(),
      primary key (municipality_id, user_id),
      foreign key (municipality_id, user_id) references users (municipality_id, id)
    );
  `,
  );
}
