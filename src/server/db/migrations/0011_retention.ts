import type { Kysely } from 'kysely';
import { runStatements } from '../sql-script';

/**
 * Scheduled deletion (gallring): how long each kind of personal record is kept, per municipality,
 * and an anonymous tally of every run — what was deleted, never whose.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    create table retention_policies (
      municipality_id uuid not null references municipalities (id),
      record_kind text not null check (record_kind in ('support_contact', 'report_of_concern')),
      months integer not null check (months between 1 and 120),
      updated_at timestamptz not null,
      updated_by uuid,
      primary key (municipality_id, record_kind)
    );

    create table retention_runs (
      id uuid not null,
      municipality_id uuid not null references municipalities (id),
      started_at timestamptz not null,
      trigger text not null check (trigger in ('schedule', 'administrator')),
      -- Counts per record kind, e.g. {"support_contact": 2, "report_of_concern": 0}.
      deleted jsonb not null,
      primary key (municipality_id, id)
    );
    create index retention_runs_time on retention_runs (municipality_id, started_at);
  `,
  );
}
