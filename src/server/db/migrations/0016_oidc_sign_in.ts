import type { Kysely } from 'kysely';
import { runStatements } from '../sql-script';

/**
 * Sign-in through the municipality's own OpenID provider (Entra ID, or a broker for SITHS, Freja
 * eID and BankID). One provider per municipality; its client secret never leaves the server.
 *
 * `oidc_logins` holds a sign-in between leaving for the provider and coming back: found by the
 * hash of `state` (the callback knows no municipality yet) and deleted as it is used, so a state
 * works once. `user_oidc_subjects` links an account to the provider's stable subject, which, unlike
 * the e-mail address, never changes hands.
 *
 * Sessions record how the provider authenticated the user (acr, amr, auth_time), whether that
 * counts as a second factor, and the ID token to name the session when signing out at the provider.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    create table oidc_providers (
      id uuid not null,
      municipality_id uuid not null references municipalities (id),
      issuer text not null,
      client_id text not null check (length(client_id) > 0),
      client_secret text not null,
      scopes text not null,
      subject_claim text not null default 'sub',
      email_claim text not null default 'email',
      name_claim text not null default 'name',
      button_label text not null check (length(trim(button_label)) > 0),
      create_users boolean not null default false,
      mfa_acr_values text[] not null default '{}',
      enabled boolean not null default false,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null,
      primary key (municipality_id, id)
    );
    create unique index oidc_providers_municipality on oidc_providers (municipality_id);

    create table oidc_logins (
      state_hash text primary key,
      municipality_id uuid not null,
      provider_id uuid not null,
      nonce text not null,
      code_verifier text not null,
      return_path text not null,
      created_at timestamptz not null,
      expires_at timestamptz not null,
      foreign key (municipality_id, provider_id) references oidc_providers (municipality_id, id)
        on delete cascade
    );
    create index oidc_logins_expires on oidc_logins (expires_at);

    create table user_oidc_subjects (
      municipality_id uuid not null,
      issuer text not null,
      subject text not null,
      user_id uuid not null,
      created_at timestamptz not null default now(),
      primary key (municipality_id, issuer, subject),
      foreign key (municipality_id, user_id) references users (municipality_id, id)
    );
    create index user_oidc_subjects_user on user_oidc_subjects (municipality_id, user_id);

    alter table sessions add column acr text;
    alter table sessions add column amr text[];
    alter table sessions add column auth_time timestamptz;
    alter table sessions add column oidc_provider_id uuid;
    alter table sessions add column oidc_id_token text;
    alter table sessions add column mfa_by_provider boolean not null default false;
  `,
  );
}
