import type { Kysely } from 'kysely';
import { runStatements } from '../sql-script';

/**
 * Guidance with outcome (lotsning): a later follow-up counts, per guidance cell of a shift (service ×
 * gender × age band), how many arrived, did not, or are not known. Counts only, never identities;
 * the service keeps them within the guided count. Role separation: each municipality decides whether
 * its field workers may also carry out authority tasks (myndighetsutövning), off by default.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    alter table municipalities add column field_workers_do_authority_tasks boolean not null default false;

    create table guidance_outcomes (
      municipality_id uuid not null,
      shift_id uuid not null,
      service_id uuid not null,
      gender text not null check (gender in ('girl', 'boy', 'other')),
      age_band_id uuid not null,
      arrived integer not null check (arrived between 0 and 9999),
      not_arrived integer not null check (not_arrived between 0 and 9999),
      outcome_unknown integer not null check (outcome_unknown between 0 and 9999),
      updated_by uuid not null,
      updated_at timestamptz not null,
      primary key (municipality_id, shift_id, service_id, gender, age_band_id),
      foreign key (municipality_id, shift_id) references shifts (municipality_id, id) on delete cascade,
      foreign key (municipality_id, service_id) references categories (municipality_id, id),
      foreign key (municipality_id, age_band_id) references categories (municipality_id, id),
      foreign key (municipality_id, updated_by) references users (municipality_id, id),
      -- A cell without any outcome is simply absent.
      check (arrived + not_arrived + outcome_unknown > 0)
    );

    -- Every outcome save applied, by the id the client gave it: a retry is recognised and not
    -- applied over a colleague's later save.
    create table guidance_outcome_mutations (
      municipality_id uuid not null,
      mutation_id uuid not null,
      shift_id uuid not null,
      applied_at timestamptz not null,
      primary key (municipality_id, mutation_id),
      foreign key (municipality_id, shift_id) references shifts (municipality_id, id) on delete cascade
    );
  `,
  );
}
