import type { Kysely } from 'kysely';
import { runStatements } from '../sql-script';

/**
 * A second factor (passkeys, TOTP, recovery codes) and step-up: a session records when and how its
 * user last proved a second factor, and a municipality may require one before personal data
 * (support contacts, reports of concern, the audit log, the research export) is shown.
 *
 * Challenges live in the database, not in process memory, so any instance can finish a ceremony
 * another began; one per session and purpose, deleted when used, so a replay finds none.
 * Every statement may run twice (`if not exists`), so a test can replay migrations after 0015.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    alter table municipalities add column if not exists require_second_factor boolean not null default false;

    alter table sessions add column if not exists second_factor_at timestamptz;
    alter table sessions add column if not exists second_factor_method text
      check (second_factor_method in ('passkey', 'totp', 'recovery_code'));

    create table if not exists passkeys (
      id uuid not null,
      municipality_id uuid not null references municipalities (id),
      user_id uuid not null,
      credential_id text not null,
      public_key bytea not null,
      counter bigint not null default 0,
      transports text[] not null default '{}',
      nickname text not null check (length(trim(nickname)) between 1 and 60),
      created_at timestamptz not null default now(),
      last_used_at timestamptz,
      primary key (municipality_id, id),
      foreign key (municipality_id, user_id) references users (municipality_id, id)
    );
    create unique index if not exists passkeys_credential on passkeys (municipality_id, credential_id);
    create index if not exists passkeys_user on passkeys (municipality_id, user_id);

    create table if not exists totp_credentials (
      municipality_id uuid not null references municipalities (id),
      user_id uuid not null,
      secret text not null,
      confirmed_at timestamptz,
      last_used_step integer,
      failed_attempts integer not null default 0,
      locked_until timestamptz,
      created_at timestamptz not null default now(),
      primary key (municipality_id, user_id),
      foreign key (municipality_id, user_id) references users (municipality_id, id)
    );

    create table if not exists recovery_codes (
      municipality_id uuid not null references municipalities (id),
      user_id uuid not null,
      code_hash text not null,
      created_at timestamptz not null default now(),
      used_at timestamptz,
      primary key (municipality_id, user_id, code_hash),
      foreign key (municipality_id, user_id) references users (municipality_id, id)
    );

    create table if not exists second_factor_challenges (
      municipality_id uuid not null references municipalities (id),
      session_token_hash text not null references sessions (token_hash) on delete cascade,
      purpose text not null check (purpose in ('registration', 'authentication')),
      challenge text not null,
      expires_at timestamptz not null,
      primary key (session_token_hash, purpose)
    );
  `,
  );
}
