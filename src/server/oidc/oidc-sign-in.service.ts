import type { Transaction } from 'kysely';
import * as client from 'openid-client';
import { uuidv7 } from '../../shared/uuidv7';
import { recordAudit } from '../audit/audit.repository';
import { openSession } from '../auth/auth.service';
import { hashToken } from '../auth/tokens';
import type { Database, OidcProviderRow } from '../db/database';
import type { AppDeps } from '../http/app-env';
import { findUserByEmail, insertUser } from '../users/users.repository';
import {
  consumeLogin,
  deleteExpiredLogins,
  findEnabledProviderByMunicipality,
  findProvider,
  findSubjectLink,
  hasOtherSubject,
  insertLogin,
  insertSubjectLink,
} from './oidc.repository';
import { discoverProvider, LOGIN_TTL_MS, postLogoutRedirectUri, redirectUri } from './oidc-client';
import { mfaByProvider } from './provider-mfa';

/**
 * Why an OpenID sign-in failed: `code` is what the sign-in page shows (in Swedish), `reason` what
 * the log says. Neither carries a stack trace to the browser.
 */
export class OidcFailure extends Error {
  constructor(
    readonly code:
      | 'oidc_not_configured'
      | 'oidc_provider_unavailable'
      | 'oidc_state_invalid'
      | 'oidc_denied'
      | 'oidc_token_rejected'
      | 'oidc_claims_missing'
      | 'oidc_user_unknown'
      | 'oidc_account_linked_elsewhere'
      | 'account_inactive',
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(reason, options);
    this.name = 'OidcFailure';
  }
}

type SignInMeta = { ip: string | null; userAgent: string | null };

/** Only a path on this site: never another origin, nor `//host` or `/\host`, which browsers read as one. */
export function safeReturnPath(next: string | undefined): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.includes('\\')) return '/';
  return next;
}

/**
 * Begins a sign-in at the municipality's provider: a fresh state, nonce and PKCE verifier are kept
 * for ten minutes, and the browser is sent to the provider's authorization endpoint. The returned
 * `state` is also set in a cookie, so the callback only completes in the browser that started.
 */
export async function startSignIn(
  deps: AppDeps,
  municipality: string,
  next: string | undefined,
  baseUrl: string,
) {
  const provider = await findEnabledProviderByMunicipality(deps.db, municipality);
  if (!provider) throw new OidcFailure('oidc_not_configured', `No enabled provider for ${municipality}`);
  const config = await discover(deps, provider);
  const state = client.randomState();
  const nonce = client.randomNonce();
  const codeVerifier = client.randomPKCECodeVerifier();
  const now = deps.now();
  await deleteExpiredLogins(deps.db, now);
  await insertLogin(deps.db, {
    stateHash: hashToken(state),
    municipalityId: provider.municipality_id,
    providerId: provider.id,
    nonce,
    codeVerifier,
    returnPath: safeReturnPath(next),
    now,
    expiresAt: new Date(now.getTime() + LOGIN_TTL_MS),
  });
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri(baseUrl),
    scope: provider.scopes,
    state,
    nonce,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
  });
  return { url: url.href, state };
}

/**
 * Completes a sign-in the provider sent back: the state must be the one this browser started and
 * unused; openid-client checks the code exchange (PKCE), the ID token's signature, issuer,
 * audience, expiry and nonce. Then the user is found, linked or created, and a session opened.
 */
export async function completeSignIn(
  deps: AppDeps,
  callbackSearch: string,
  browserState: string | undefined,
  baseUrl: string,
  meta: SignInMeta,
) {
  const params = new URLSearchParams(callbackSearch);
  const state = params.get('state');
  if (!state) throw new OidcFailure('oidc_state_invalid', 'The callback has no state');
  if (state !== browserState) throw new OidcFailure('oidc_state_invalid', 'The state is not this browser’s');
  const now = deps.now();
  const login = await consumeLogin(deps.db, hashToken(state), now);
  if (!login) throw new OidcFailure('oidc_state_invalid', 'Unknown, used or expired state');
  const provider = await findProvider(deps.db, login.municipality_id, login.provider_id);
  if (!provider?.enabled)
    throw new OidcFailure('oidc_not_configured', 'The provider was turned off meanwhile');
  if (params.has('error')) {
    throw new OidcFailure('oidc_denied', `The provider answered ${params.get('error')}`);
  }
  const config = await discover(deps, provider);

  // The redirect URI exactly as sent, whatever address a proxy forwarded this request to.
  const currentUrl = new URL(`${redirectUri(baseUrl)}?${params.toString()}`);
  let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
  try {
    tokens = await client.authorizationCodeGrant(config, currentUrl, {
      pkceCodeVerifier: login.code_verifier,
      expectedState: state,
      expectedNonce: login.nonce,
      idTokenExpected: true,
    });
  } catch (error) {
    throw new OidcFailure('oidc_token_rejected', describe(error), { cause: error });
  }
  const idToken = tokens.id_token;
  const idClaims = tokens.claims();
  if (!idToken || !idClaims) throw new OidcFailure('oidc_token_rejected', 'No ID token');
  // openid-client held the token to the discovered issuer, and discovery to the configured one.
  if (idClaims.iss !== provider.issuer) {
    throw new OidcFailure('oidc_token_rejected', `ID token issuer ${idClaims.iss} is not ${provider.issuer}`);
  }
  const claims = await withUserInfo(config, provider, tokens.access_token, idClaims);
  const subject = claims[provider.subject_claim];
  if (typeof subject !== 'string' || subject === '') {
    throw new OidcFailure('oidc_claims_missing', `No ${provider.subject_claim} claim to identify the user`);
  }
  const acr = typeof idClaims.acr === 'string' ? idClaims.acr : null;
  const amr = Array.isArray(idClaims.amr)
    ? idClaims.amr.filter((v): v is string => typeof v === 'string')
    : null;
  const authTime = typeof idClaims.auth_time === 'number' ? new Date(idClaims.auth_time * 1000) : null;
  const mfa = mfaByProvider(acr, amr, provider.mfa_acr_values);

  const opened = await deps.db.transaction().execute(async (trx) => {
    const user = await findOrCreateUser(trx, provider, subject, claims, now, meta);
    if (!user.active) throw new OidcFailure('account_inactive', `User ${user.id} is deactivated`);
    return openSession(trx, deps, {
      municipalityId: provider.municipality_id,
      userId: user.id,
      now,
      meta,
      oidc: { providerId: provider.id, idToken, acr, amr, authTime, mfaByProvider: mfa },
      details: {
        method: 'oidc',
        providerId: provider.id,
        acr,
        amr,
        authTime: authTime?.toISOString() ?? null,
        mfaByProvider: mfa,
      },
    });
  });
  return { ...opened, returnPath: login.return_path };
}

type Claims = Record<string, unknown>;

/**
 * By the stable subject first; else by a verified e-mail address in the provider's municipality,
 * which then gets the subject linked; else a new account without roles, if the municipality
 * allows it. An administrator grants roles in Fältlogg either way.
 */
async function findOrCreateUser(
  trx: Transaction<Database>,
  provider: OidcProviderRow,
  subject: string,
  claims: Claims,
  now: Date,
  meta: SignInMeta,
) {
  const municipalityId = provider.municipality_id;
  const link = await findSubjectLink(trx, municipalityId, provider.issuer, subject);
  if (link) {
    const linked = await trx
      .selectFrom('users')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', link.user_id)
      .executeTakeFirstOrThrow();
    return linked;
  }
  const rawEmail = claims[provider.email_claim];
  const email = typeof rawEmail === 'string' && rawEmail.includes('@') ? rawEmail.trim().toLowerCase() : null;
  // Entra sends no email_verified; xms_edov says the tenant owns the address's domain.
  const verified = claims.email_verified === true || claims.xms_edov === true;
  const byEmail = email ? await findUserByEmail(trx, email) : undefined;
  if (byEmail && byEmail.municipality_id === municipalityId && verified) {
    if (await hasOtherSubject(trx, municipalityId, provider.issuer, byEmail.id, subject)) {
      throw new OidcFailure(
        'oidc_account_linked_elsewhere',
        `User ${byEmail.id} is linked to another subject`,
      );
    }
    await insertSubjectLink(trx, { municipalityId, issuer: provider.issuer, subject, userId: byEmail.id });
    return byEmail;
  }
  if (!provider.create_users || byEmail) {
    // An address taken in another municipality, or unverified, is as unknown as no address.
    throw new OidcFailure('oidc_user_unknown', `No account for subject ${subject} at ${provider.issuer}`);
  }
  if (!email)
    throw new OidcFailure('oidc_claims_missing', `No ${provider.email_claim} claim to create a user`);
  const rawName = claims[provider.name_claim];
  const displayName = typeof rawName === 'string' && rawName.trim() ? rawName.trim().slice(0, 120) : email;
  const created = await insertUser(trx, {
    id: uuidv7(now.getTime()),
    municipality_id: municipalityId,
    email,
    display_name: displayName,
    password_hash: null,
    updated_at: now,
  });
  await insertSubjectLink(trx, { municipalityId, issuer: provider.issuer, subject, userId: created.id });
  await recordAudit(trx, {
    municipalityId,
    actorUserId: created.id,
    actorRoles: 'anonymous',
    ip: meta.ip,
    at: now,
    action: 'user.create',
    entityType: 'user',
    entityId: created.id,
    details: { via: 'oidc', providerId: provider.id },
  });
  return created;
}

/** The ID token's claims, with the userinfo endpoint's for what the token leaves out (as oidc-provider does). */
async function withUserInfo(
  config: client.Configuration,
  provider: OidcProviderRow,
  accessToken: string,
  idClaims: Claims & { sub: string },
): Promise<Claims> {
  const wanted = [provider.subject_claim, provider.email_claim, provider.name_claim];
  if (wanted.every((claim) => claim in idClaims) || !config.serverMetadata().userinfo_endpoint)
    return idClaims;
  try {
    const info = await client.fetchUserInfo(config, accessToken, idClaims.sub);
    return { ...info, ...idClaims };
  } catch (error) {
    throw new OidcFailure('oidc_provider_unavailable', `userinfo failed: ${describe(error)}`, {
      cause: error,
    });
  }
}

async function discover(deps: AppDeps, provider: OidcProviderRow): Promise<client.Configuration> {
  try {
    return await discoverProvider(deps, provider);
  } catch (error) {
    throw new OidcFailure(
      'oidc_provider_unavailable',
      `Discovery of ${provider.issuer} failed: ${describe(error)}`,
      {
        cause: error,
      },
    );
  }
}

/**
 * The provider's logout URL for a session it opened, naming the session by its ID token and asking
 * to come back to the sign-in page; null when the provider has no end_session_endpoint.
 */
export async function providerLogoutUrl(
  deps: AppDeps,
  ended: { municipality_id: string; oidc_provider_id: string | null; oidc_id_token: string | null },
  baseUrl: string,
): Promise<string | null> {
  if (!ended.oidc_provider_id) return null;
  const provider = await findProvider(deps.db, ended.municipality_id, ended.oidc_provider_id);
  if (!provider) return null;
  try {
    const config = await discoverProvider(deps, provider);
    if (!config.serverMetadata().end_session_endpoint) return null;
    return client.buildEndSessionUrl(config, {
      post_logout_redirect_uri: postLogoutRedirectUri(baseUrl),
      ...(ended.oidc_id_token ? { id_token_hint: ended.oidc_id_token } : {}),
    }).href;
  } catch (error) {
    // Signed out here all the same; the provider's own session then ends on its own terms.
    deps.logger.warn({ err: error, providerId: provider.id }, 'provider logout URL unavailable');
    return null;
  }
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? `${code}: ${error.message}` : error.message;
}
