import type { Kysely } from 'kysely';
import { runStatements } from '../sql-script';

/**
 * Failed sign-ins are counted per account × client address instead of per account (issue 12):
 * the old lock (users.failed_sign_ins / locked_until) let anyone who knew an e-mail lock its owner
 * out with five wrong passwords. Now only the address that failed waits, with a back-off
 * (src/server/auth/account-throttle.ts); the owner signs in from anywhere else.
 *
 * One row per account key × address key: `account` is the user's id, or `unknown:` and a hash of the
 * e-mail for an e-mail no account has, so that an unknown e-mail is held back exactly like a known one
 * and the throttle cannot tell which e-mails exist. `municipality_id` is the account's, and null only
 * for those unknown e-mails (no municipality owns them). The columns of the old lock go.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    create table sign_in_failures (
      account text not null,
      address text not null,
      municipality_id uuid references municipalities (id),
      failures integer not null check (failures > 0),
      last_failure_at timestamptz not null,
      blocked_until timestamptz,
      primary key (account, address)
    );
    create index sign_in_failures_municipality on sign_in_failures (municipality_id, account)
      where municipality_id is not null;
    alter table users drop column failed_sign_ins;
    alter table users drop column locked_until;
  `,
  );
}
