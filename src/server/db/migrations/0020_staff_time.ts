import type { Kysely } from 'kysely';
import { runStatements } from '../sql-script';

/**
 * Staff time, not shift time (issue 13):
 * - `shift_staff.minutes`: one person's time on a shift when it differs from the shift's span
 *   (null: the whole span), so a four-hour shift with two staff is eight staff hours.
 * - `shift_time_uses`: minutes of the shift's span spent on time uses other than its main one;
 *   the rest of the span is the main time use. No rows: all of it is.
 * - `activities`: work outside shifts (meetings, administration, training, authority tasks,
 *   assignments elsewhere in the municipality), one person's minutes on one day. Its id is the
 *   phone's and scoped to the unit, so another unit's id is simply unused here.
 * - `municipal_assignments`: the unit manager's list of the assignments elsewhere in the
 *   municipality an activity may name (e.g. summer investigations, first-line social services).
 * - A new time use, `training` (kompetensutveckling).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    alter table shifts drop constraint shifts_time_use_check;
    alter table shifts add constraint shifts_time_use_check check (time_use in
      ('outreach', 'collaboration', 'administration', 'training', 'authority', 'other_municipal'));

    alter table shift_staff add column minutes integer check (minutes between 0 and 1440);

    create table shift_time_uses (
      municipality_id uuid not null,
      shift_id uuid not null,
      time_use text not null check (time_use in
        ('outreach', 'collaboration', 'administration', 'training', 'authority', 'other_municipal')),
      minutes integer not null check (minutes between 1 and 1440),
      primary key (municipality_id, shift_id, time_use),
      foreign key (municipality_id, shift_id) references shifts (municipality_id, id) on delete cascade
    );

    create table municipal_assignments (
      id uuid not null,
      municipality_id uuid not null references municipalities (id),
      unit_id uuid not null,
      name text not null,
      retired_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (municipality_id, id),
      foreign key (municipality_id, unit_id) references units (municipality_id, id)
    );
    create unique index municipal_assignments_name on municipal_assignments
      (municipality_id, unit_id, lower(name)) where retired_at is null;

    create table activities (
      id uuid not null,
      municipality_id uuid not null references municipalities (id),
      unit_id uuid not null,
      user_id uuid not null,
      kind text not null check (kind in
        ('collaboration_meeting', 'administration', 'training', 'authority', 'other_municipal')),
      assignment_id uuid,
      day date not null,
      minutes integer not null check (minutes between 1 and 1440),
      partners text[] not null default '{}',
      version integer not null default 1,
      created_by uuid not null,
      updated_by uuid not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (municipality_id, unit_id, id),
      foreign key (municipality_id, unit_id) references units (municipality_id, id),
      foreign key (municipality_id, user_id) references users (municipality_id, id),
      foreign key (municipality_id, assignment_id) references municipal_assignments (municipality_id, id),
      check ((kind = 'other_municipal') = (assignment_id is not null))
    );
    create index activities_unit_day on activities (municipality_id, unit_id, day);
    create index activities_day on activities (municipality_id, day);
  `,
  );
}
