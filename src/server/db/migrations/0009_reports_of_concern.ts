import type { Kysely } from 'kysely';
import { runStatements } from '../sql-script';

/**
 * Reports of concern (orosanmälan) sent from a field unit to the municipality's reception. All the
 * personal data of a report lives in this one row, so deleting the row deletes the report: the
 * scheduled deletion removes rows some time after `acknowledged_at`. A report may point at a shift
 * of its unit; the shift never points back, so the field log stays anonymous.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    create table reports_of_concern (
      id uuid not null,
      municipality_id uuid not null references municipalities (id),
      unit_id uuid not null,
      shift_id uuid,
      reporter_user_id uuid not null,
      reporter_name text not null check (length(trim(reporter_name)) > 0),
      reporter_role text not null check (length(trim(reporter_role)) > 0),
      reporter_phone text not null check (length(trim(reporter_phone)) > 0),
      child_name text,
      child_personal_number text,
      child_birth_date date,
      child_address text,
      child_school text,
      child_description text,
      guardians text,
      concern text not null check (length(trim(concern)) > 0),
      seen_and_heard text not null check (length(trim(seen_and_heard)) > 0),
      place text,
      occurred_at timestamptz,
      urgency text not null check (urgency in ('immediate', 'urgent', 'normal')),
      emergency_contacted boolean,
      guardian_informed text not null check (guardian_informed in ('yes', 'no', 'unknown')),
      guardian_not_informed_reason text,
      status text not null check (status in ('sent', 'acknowledged')),
      sent_at timestamptz not null,
      acknowledged_at timestamptz,
      acknowledged_by uuid,
      feedback text check (feedback in ('received', 'investigation_opened', 'no_action')),
      feedback_message text,
      feedback_at timestamptz,
      feedback_by uuid,
      created_at timestamptz not null default now(),
      primary key (municipality_id, id),
      foreign key (municipality_id, unit_id) references units (municipality_id, id),
      foreign key (municipality_id, reporter_user_id) references users (municipality_id, id),
      foreign key (municipality_id, acknowledged_by) references users (municipality_id, id),
      foreign key (municipality_id, feedback_by) references users (municipality_id, id),
      -- A shift deleted by its own retention leaves the report intact (PostgreSQL 15: column list).
      foreign key (municipality_id, shift_id) references shifts (municipality_id, id)
        on delete set null (shift_id),
      check (num_nonnulls(child_name, child_personal_number, child_birth_date, child_address,
        child_school, child_description) > 0),
      check (urgency <> 'immediate' or emergency_contacted is not null),
      check ((status = 'acknowledged') = (acknowledged_at is not null and acknowledged_by is not null)),
      check ((feedback is null) = (feedback_at is null) and (feedback is null) = (feedback_by is null)),
      check (feedback is null or status = 'acknowledged'),
      check (feedback_message is null or feedback is not null)
    );
    create index reports_of_concern_inbox on reports_of_concern (municipality_id, status, sent_at);
    create index reports_of_concern_unit on reports_of_concern (municipality_id, unit_id, sent_at);
    -- The scheduled deletion finds acknowledged reports by age.
    create index reports_of_concern_acknowledged on reports_of_concern (acknowledged_at)
      where acknowledged_at is not null;
  `,
  );
}
