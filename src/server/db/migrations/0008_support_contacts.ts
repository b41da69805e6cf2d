import type { Kysely } from 'kysely';
import { runStatements } from '../sql-script';

/**
 * Individual support contacts, opened only with consent. Every piece of a contact's personal data
 * lives in these three tables, and the log and history cascade from the contact, so deleting the
 * contact row deletes all of it. The retention clock is `last_contact_on` (or `closed_at`, if later).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    create table support_contacts (
      id uuid not null,
      municipality_id uuid not null references municipalities (id),
      unit_id uuid not null,
      name text not null check (length(trim(name)) between 1 and 60),
      birth_year integer not null check (birth_year between 1900 and 2200),
      gender text not null check (gender in ('girl', 'boy', 'other')),
      area_id uuid,
      plan text,
      consent_young_person boolean not null,
      consent_guardian boolean not null,
      consented_on date not null,
      consent_scope text not null check (length(trim(consent_scope)) > 0),
      consent_withdrawn_at timestamptz,
      consent_withdrawn_by text check (consent_withdrawn_by in ('young_person', 'guardian')),
      responsible_user_id uuid not null,
      -- The day of the latest contact logged, or of the consent while none is: what lost contacts
      -- and scheduled deletion are measured from.
      last_contact_on date not null,
      opened_at timestamptz not null,
      closed_at timestamptz,
      close_reason text check (close_reason in ('goal_reached', 'young_person_ended', 'referred', 'moved',
        'no_contact', 'worker_left', 'consent_withdrawn', 'other')),
      version integer not null default 1,
      created_by uuid not null,
      updated_by uuid not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (municipality_id, id),
      foreign key (municipality_id, unit_id) references units (municipality_id, id),
      foreign key (municipality_id, area_id) references areas (municipality_id, id),
      foreign key (municipality_id, responsible_user_id) references users (municipality_id, id),
      foreign key (municipality_id, created_by) references users (municipality_id, id),
      foreign key (municipality_id, updated_by) references users (municipality_id, id),
      check (consent_young_person),
      check ((closed_at is null) = (close_reason is null)),
      check ((consent_withdrawn_at is null) = (consent_withdrawn_by is null)),
      check (consent_withdrawn_at is null or close_reason = 'consent_withdrawn')
    );
    create index support_contacts_unit on support_contacts (municipality_id, unit_id, closed_at);
    create index support_contacts_responsible on support_contacts (municipality_id, responsible_user_id)
      where closed_at is null;
    create index support_contacts_last_contact on support_contacts (municipality_id, last_contact_on);

    -- The contact log: relationship work only. Authority tasks never attach to a support contact.
    create table support_contact_log (
      id uuid not null,
      municipality_id uuid not null,
      support_contact_id uuid not null,
      contact_on date not null,
      kind text not null check (kind = 'preventive'),
      note text,
      shift_id uuid,
      created_by uuid not null,
      created_at timestamptz not null,
      primary key (municipality_id, id),
      foreign key (municipality_id, support_contact_id) references support_contacts (municipality_id, id)
        on delete cascade,
      -- A shift removed by its own retention leaves the entry, unlinked (PostgreSQL 15: column list).
      foreign key (municipality_id, shift_id) references shifts (municipality_id, id)
        on delete set null (shift_id),
      foreign key (municipality_id, created_by) references users (municipality_id, id)
    );
    create index support_contact_log_contact on support_contact_log
      (municipality_id, support_contact_id, contact_on);

    -- What happened to a contact as a whole (opened, handed over, closed), for continuity follow-up.
    create table support_contact_events (
      id uuid not null,
      municipality_id uuid not null,
      support_contact_id uuid not null,
      unit_id uuid not null,
      kind text not null check (kind in ('opened', 'handed_over', 'closed')),
      occurred_at timestamptz not null,
      actor_user_id uuid not null,
      from_user_id uuid,
      to_user_id uuid,
      close_reason text,
      primary key (municipality_id, id),
      foreign key (municipality_id, support_contact_id) references support_contacts (municipality_id, id)
        on delete cascade,
      foreign key (municipality_id, unit_id) references units (municipality_id, id),
      foreign key (municipality_id, actor_user_id) references users (municipality_id, id),
      foreign key (municipality_id, from_user_id) references users (municipality_id, id),
      foreign key (municipality_id, to_user_id) references users (municipality_id, id),
      check ((kind = 'handed_over') = (from_user_id is not null and to_user_id is not null)),
      check ((kind = 'closed') = (close_reason is not null))
    );
    create index support_contact_events_unit_time on support_contact_events
      (municipality_id, unit_id, occurred_at);
    create index support_contact_events_contact on support_contact_events
      (municipality_id, support_contact_id, occurred_at);
  `,
  );
}
