import type { Transaction } from 'kysely';
import { recordAudit } from '../audit/audit.repository';
import type { Database, Locale } from '../db/database';
import type { AppDeps } from '../http/app-env';
import { AppError, TooManyRequests, Unauthenticated } from '../http/errors';
import { findMunicipality, loadOrgNames } from '../organisation/organisation.repository';
import { presentGrant } from '../users/users.present';
import { findUserByEmail, updateUser } from '../users/users.repository';
import { admitPair, forgetPair, pairKey } from './account-throttle';
import type { Actor, Grant } from './actor';
import type { SessionUser } from './auth.schema';
import { verifyAgainstDecoy, verifyPassword } from './password';
import { PERMISSIONS, type Permission, roleHasPermission } from './permissions';
import * as sessions from './session.repository';
import { hashToken, newToken } from './tokens';

/** Sessions are written back at most this often, not on every request. */
const TOUCH_INTERVAL_MS = 60_000;

export type SignInMeta = { ip: string | null; userAgent: string | null };

/**
 * Checks e-mail and password and opens a session. Every failure reads the same to an outsider.
 * Two throttles, both in the database: per address (many accounts from one place; sign-in-throttle.ts)
 * and per account × address with back-off (one account from one place; account-throttle.ts). Neither
 * locks an account as such, so nobody can lock a colleague out by failing on their e-mail.
 */
export async function signIn(deps: AppDeps, input: { email: string; password: string }, meta: SignInMeta) {
  const now = deps.now();
  const throttle = deps.signInThrottle;
  // From here the attempt counts against the address until it turns out not to be a wrong password.
  const wait = await throttle.admit(deps.db, meta.ip, now);
  if (wait > 0) throw new TooManyRequests('too_many_attempts', 'Too many failed sign-ins from here', wait);

  const user = await findUserByEmail(deps.db, input.email);
  // An unknown e-mail is throttled like a known one, so the answers cannot tell them apart.
  const pair = pairKey(
    user ? { userId: user.id, municipalityId: user.municipality_id } : { unknownEmail: input.email },
    meta.ip,
  );
  const pairWait = await admitPair(deps.db, pair, now);
  if (pairWait > 0) {
    // No password was checked: this refusal costs the address nothing.
    await throttle.withdraw(deps.db, meta.ip, now);
    throw new TooManyRequests(
      'too_many_attempts',
      'Too many failed sign-ins to this account from here',
      pairWait,
    );
  }
  if (!user?.password_hash) {
    await verifyAgainstDecoy(input.password);
    throw new Unauthenticated('invalid_credentials', 'Wrong e-mail or password');
  }
  if (!(await verifyPassword(user.password_hash, input.password))) {
    throw new Unauthenticated('invalid_credentials', 'Wrong e-mail or password');
  }
  await throttle.withdraw(deps.db, meta.ip, now);
  await forgetPair(deps.db, pair);
  // Only someone who knows the password learns that the account is deactivated.
  if (!user.active) throw new AppError(403, 'account_inactive', 'The account is deactivated');

  return deps.db
    .transaction()
    .execute((trx) =>
      openSession(trx, deps, { municipalityId: user.municipality_id, userId: user.id, now, meta }),
    );
}

/**
 * Opens a session for a signed-in user in the caller's transaction: last sign-in, the session
 * row and the audited sign-in (with `details` such as how the provider authenticated).
 */
export async function openSession(
  trx: Transaction<Database>,
  deps: AppDeps,
  opening: {
    municipalityId: string;
    userId: string;
    now: Date;
    meta: SignInMeta;
    oidc?: sessions.OidcSessionFacts;
    details?: Record<string, unknown>;
  },
): Promise<{ token: string; csrfToken: string }> {
  const { municipalityId, userId, now, meta } = opening;
  const token = newToken();
  const csrfToken = newToken();
  await updateUser(trx, municipalityId, userId, { last_sign_in_at: now });
  await sessions.insertSession(trx, {
    tokenHash: hashToken(token),
    municipalityId,
    userId,
    csrfToken,
    now,
    expiresAt: new Date(now.getTime() + deps.config.session.maxHours * 3_600_000),
    ip: meta.ip,
    userAgent: meta.userAgent?.slice(0, 300) ?? null,
    oidc: opening.oidc,
  });
  await recordAudit(trx, {
    municipalityId,
    actorUserId: userId,
    actorRoles: 'anonymous',
    ip: meta.ip,
    at: now,
    action: 'auth.sign_in',
    entityType: 'user',
    entityId: userId,
    ...(opening.details ? { details: opening.details } : {}),
  });
  return { token, csrfToken };
}

export type SessionLookup = { actor: Actor } | { ended: true } | null;

/** The actor behind a session cookie; `ended` when the session expired or the account was deactivated. */
export async function resolveSession(deps: AppDeps, token: string): Promise<SessionLookup> {
  const tokenHash = hashToken(token);
  const session = await sessions.findSessionWithUser(deps.db, tokenHash);
  if (!session) return { ended: true };
  const now = deps.now();
  const idleLimit = session.last_seen_at.getTime() + deps.config.session.idleMinutes * 60_000;
  if (!session.active || session.expires_at <= now || idleLimit <= now.getTime()) {
    await sessions.deleteSession(deps.db, tokenHash);
    return { ended: true };
  }
  if (now.getTime() - session.last_seen_at.getTime() > TOUCH_INTERVAL_MS) {
    await sessions.touchSession(deps.db, tokenHash, now);
  }
  const grants = session.grants;
  return {
    actor: {
      userId: session.user_id,
      municipalityId: session.municipality_id,
      email: session.email,
      displayName: session.display_name,
      locale: session.locale,
      sessionTokenHash: tokenHash,
      csrfToken: session.csrf_token,
      grants: grants.map(
        (grant): Grant => ({
          role: grant.role,
          unitId: grant.unit_id,
          administrationId: grant.administration_id,
          partnerKind: grant.partner_kind,
        }),
      ),
    },
  };
}

/** Ends the session; returns it so that one an OpenID provider opened can be ended there too. */
export async function signOut(deps: AppDeps, actor: Actor) {
  return sessions.endSession(deps.db, actor.sessionTokenHash);
}

/** The signed-in user as the web app needs them: names of their places and what they may do. */
export async function describeSessionUser(deps: AppDeps, actor: Actor): Promise<SessionUser> {
  // The grants were loaded with the session; only the places' names are needed here.
  const [municipality, names] = await Promise.all([
    findMunicipality(deps.db, actor.municipalityId),
    loadOrgNames(deps.db, actor.municipalityId),
  ]);
  const permissions = (Object.keys(PERMISSIONS) as Permission[]).filter((permission) =>
    actor.grants.some((grant) => roleHasPermission(grant.role, permission)),
  );
  return {
    id: actor.userId,
    email: actor.email,
    displayName: actor.displayName,
    locale: actor.locale,
    municipality: { id: actor.municipalityId, name: municipality?.name ?? '' },
    roles: actor.grants.map((grant) =>
      presentGrant(
        {
          role: grant.role,
          unit_id: grant.unitId,
          administration_id: grant.administrationId,
          partner_kind: grant.partnerKind,
        },
        names,
      ),
    ),
    permissions,
  };
}

export async function setOwnLocale(deps: AppDeps, actor: Actor, locale: Locale): Promise<void> {
  await updateUser(deps.db, actor.municipalityId, actor.userId, { locale, updated_at: deps.now() });
}
