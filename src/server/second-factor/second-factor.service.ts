import {
  type AuthenticationResponseJSON,
  type AuthenticatorTransportFuture,
  generateAuthenticationOptions,
  generateRegistrationOptions,
  type RegistrationResponseJSON,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from '@simplewebauthn/server';
import { uuidv7 } from '../../shared/uuidv7';
import { auditFrom, recordAudit } from '../audit/audit.repository';
import { requirePermission } from '../auth/actor';
import { hasSecondFactor, SecondFactorRequired } from '../auth/second-factor';
import type { SecondFactorMethod } from '../db/database';
import type { AppDeps } from '../http/app-env';
import { AppError, Conflict, NotFound, TooManyRequests, ValidationError } from '../http/errors';
import type { RequestContext } from '../http/request-context';
import { hashRecoveryCode, newRecoveryCodes } from './recovery-codes';
import * as repo from './second-factor.repository';
import type { SecondFactorRule, SecurityOverview, StepUpInput } from './second-factor.schema';
import { base32Decode, matchTotp, newTotpSecret, otpauthUri } from './totp';

/** Where passkeys are bound: the origin the browser shows and the relying party id (its host). */
export type RelyingParty = { origin: string; rpId: string };

const RP_NAME = 'Fältlogg';
const CHALLENGE_MINUTES = 5;
/** Wrong TOTP codes in a row before tries pause, and for how long (a 6-digit code is guessable). */
const TOTP_FAILURE_LIMIT = 5;
const TOTP_LOCK_MINUTES = 15;

const owner = (ctx: RequestContext) => ({
  municipalityId: ctx.actor.municipalityId,
  userId: ctx.actor.userId,
});

async function sessionHasFactor(deps: AppDeps, ctx: RequestContext): Promise<boolean> {
  const session = await repo.findSessionFactor(deps.db, ctx.actor.sessionTokenHash);
  return hasSecondFactor(
    { secondFactorAt: session?.second_factor_at ?? null, mfaByProvider: session?.mfa_by_provider },
    ctx.now,
    deps.config.secondFactorMaxHours,
  );
}

async function factorCount(deps: AppDeps, ctx: RequestContext): Promise<number> {
  const [passkeys, totp] = await Promise.all([
    repo.listPasskeys(deps.db, owner(ctx)),
    repo.findTotp(deps.db, owner(ctx)),
  ]);
  return passkeys.length + (totp?.confirmed_at ? 1 : 0);
}

/**
 * Adding or removing a factor, or making new recovery codes, needs a step-up once the user has a
 * factor: otherwise a stolen password alone could enrol the thief's own. The first factor is
 * added on the password alone, as there is nothing else yet to prove.
 */
async function requireStepUpIfEnrolled(deps: AppDeps, ctx: RequestContext): Promise<number> {
  const count = await factorCount(deps, ctx);
  if (count > 0 && !(await sessionHasFactor(deps, ctx))) throw new SecondFactorRequired(false);
  return count;
}

export async function readOverview(deps: AppDeps, ctx: RequestContext): Promise<SecurityOverview> {
  const [passkeys, totp, remaining, session, rule] = await Promise.all([
    repo.listPasskeys(deps.db, owner(ctx)),
    repo.findTotp(deps.db, owner(ctx)),
    repo.countUnusedRecoveryCodes(deps.db, owner(ctx)),
    repo.findSessionFactor(deps.db, ctx.actor.sessionTokenHash),
    repo.readSecondFactorRule(deps.db, ctx.actor.municipalityId),
  ]);
  const at = session?.second_factor_at ?? null;
  return {
    passkeys: passkeys.map((passkey) => ({
      id: passkey.id,
      nickname: passkey.nickname,
      createdAt: passkey.created_at.toISOString(),
      lastUsedAt: passkey.last_used_at?.toISOString() ?? null,
    })),
    totp: { enabled: Boolean(totp?.confirmed_at) },
    recoveryCodesRemaining: remaining,
    session: {
      secondFactor: hasSecondFactor(
        { secondFactorAt: at, mfaByProvider: session?.mfa_by_provider },
        ctx.now,
        deps.config.secondFactorMaxHours,
      ),
      at: at?.toISOString() ?? null,
      method: session?.second_factor_method ?? null,
    },
    municipalityRequiresSecondFactor: rule,
  };
}

/**
 * After a factor is added: the session counts as stepped up (the user just proved it), and a
 * first factor comes with recovery codes, returned this once.
 */
async function afterEnrolment(
  deps: AppDeps,
  ctx: RequestContext,
  method: SecondFactorMethod,
  firstFactor: boolean,
): Promise<string[] | null> {
  await repo.markSessionStepUp(deps.db, ctx.actor.sessionTokenHash, ctx.now, method);
  if (!firstFactor) return null;
  return issueRecoveryCodes(deps, ctx);
}

async function issueRecoveryCodes(deps: AppDeps, ctx: RequestContext): Promise<string[]> {
  const codes = newRecoveryCodes();
  await deps.db.transaction().execute(async (trx) => {
    await repo.replaceRecoveryCodes(trx, owner(ctx), codes.map(hashRecoveryCode), ctx.now);
    await recordAudit(trx, {
      ...auditFrom(ctx),
      action: 'auth.recovery_codes_generate',
      entityType: 'user',
      entityId: ctx.actor.userId,
      details: { count: codes.length },
    });
  });
  return codes;
}

export async function regenerateRecoveryCodes(deps: AppDeps, ctx: RequestContext): Promise<string[]> {
  const count = await requireStepUpIfEnrolled(deps, ctx);
  if (count === 0) throw new Conflict('no_second_factor', 'Add a passkey or an authenticator app first');
  return issueRecoveryCodes(deps, ctx);
}

/** When the last factor goes, so do the recovery codes: nothing is left for them to stand in for. */
async function afterRemoval(deps: AppDeps, ctx: RequestContext): Promise<void> {
  if ((await factorCount(deps, ctx)) === 0) await repo.deleteRecoveryCodes(deps.db, owner(ctx));
}

// --- Passkeys ---

export async function passkeyRegistrationOptions(deps: AppDeps, ctx: RequestContext, rp: RelyingParty) {
  await requireStepUpIfEnrolled(deps, ctx);
  const existing = await repo.listPasskeys(deps.db, owner(ctx));
  const options = await generateRegistrationOptions({
    rpName: RP_NAME,
    rpID: rp.rpId,
    userName: ctx.actor.email,
    userDisplayName: ctx.actor.displayName,
    userID: new TextEncoder().encode(ctx.actor.userId),
    attestationType: 'none',
    excludeCredentials: existing.map(credentialDescriptor),
    authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
  });
  await rememberChallenge(deps, ctx, 'registration', options.challenge);
  return options;
}

/** A stored passkey as WebAuthn options name it (to exclude at registration, allow at step-up). */
const credentialDescriptor = (passkey: { credential_id: string; transports: string[] }) => ({
  id: passkey.credential_id,
  transports: passkey.transports as AuthenticatorTransportFuture[],
});

/** Keeps the challenge just sent for this session, single-use, for CHALLENGE_MINUTES. */
function rememberChallenge(
  deps: AppDeps,
  ctx: RequestContext,
  purpose: 'registration' | 'authentication',
  challenge: string,
): Promise<void> {
  return repo.saveChallenge(deps.db, {
    municipalityId: ctx.actor.municipalityId,
    tokenHash: ctx.actor.sessionTokenHash,
    purpose,
    challenge,
    expiresAt: new Date(ctx.now.getTime() + CHALLENGE_MINUTES * 60_000),
  });
}

const challengeFailed = () =>
  new AppError(400, 'challenge_invalid', 'No pending challenge, or it expired or was used; start again');
const passkeyFailed = () => new AppError(400, 'passkey_invalid', 'The passkey could not be verified');

export async function registerPasskey(
  deps: AppDeps,
  ctx: RequestContext,
  rp: RelyingParty,
  input: { nickname: string; response: RegistrationResponseJSON },
) {
  const count = await requireStepUpIfEnrolled(deps, ctx);
  const challenge = await repo.takeChallenge(deps.db, ctx.actor.sessionTokenHash, 'registration', ctx.now);
  if (!challenge) throw challengeFailed();
  let verification: Awaited<ReturnType<typeof verifyRegistrationResponse>>;
  try {
    verification = await verifyRegistrationResponse({
      response: input.response,
      expectedChallenge: challenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.rpId,
      requireUserVerification: false,
    });
  } catch {
    throw passkeyFailed();
  }
  if (!verification.verified) throw passkeyFailed();
  const { credential } = verification.registrationInfo;
  const id = uuidv7(ctx.now.getTime());
  await deps.db.transaction().execute(async (trx) => {
    await repo.insertPasskey(trx, owner(ctx), {
      id,
      credentialId: credential.id,
      publicKey: credential.publicKey,
      counter: credential.counter,
      transports: credential.transports ?? [],
      nickname: input.nickname,
      now: ctx.now,
    });
    await recordAudit(trx, {
      ...auditFrom(ctx),
      action: 'auth.passkey_add',
      entityType: 'user',
      entityId: ctx.actor.userId,
      details: { passkeyId: id },
    });
  });
  return { recoveryCodes: await afterEnrolment(deps, ctx, 'passkey', count === 0) };
}

export async function removePasskey(deps: AppDeps, ctx: RequestContext, passkeyId: string): Promise<void> {
  await requireStepUpIfEnrolled(deps, ctx);
  await deps.db.transaction().execute(async (trx) => {
    if (!(await repo.deletePasskey(trx, owner(ctx), passkeyId))) throw new NotFound('Passkey');
    await recordAudit(trx, {
      ...auditFrom(ctx),
      action: 'auth.passkey_remove',
      entityType: 'user',
      entityId: ctx.actor.userId,
      details: { passkeyId },
    });
  });
  await afterRemoval(deps, ctx);
}

// --- TOTP ---

export async function startTotpSetup(deps: AppDeps, ctx: RequestContext) {
  await requireStepUpIfEnrolled(deps, ctx);
  const secret = newTotpSecret();
  if (!(await repo.savePendingTotp(deps.db, owner(ctx), secret, ctx.now)))
    throw new Conflict('totp_exists', 'An authenticator app is already set up; remove it first');
  return { secret, uri: otpauthUri({ secret, issuer: RP_NAME, account: ctx.actor.email }) };
}

/** Counts a wrong code and refuses; a locked TOTP refuses without looking at the code. */
async function checkTotp(deps: AppDeps, ctx: RequestContext, code: string, mustBeConfirmed: boolean) {
  const totp = await repo.findTotp(deps.db, owner(ctx));
  if (!totp || (mustBeConfirmed && !totp.confirmed_at) || (!mustBeConfirmed && totp.confirmed_at))
    throw new Conflict(
      'no_totp',
      mustBeConfirmed ? 'No authenticator app is set up' : 'Start the set-up first',
    );
  if (totp.locked_until && totp.locked_until > ctx.now) {
    const seconds = (totp.locked_until.getTime() - ctx.now.getTime()) / 1000;
    throw new TooManyRequests('too_many_codes', 'Too many wrong codes; wait a while', seconds);
  }
  const key = base32Decode(totp.secret);
  const step = key && matchTotp(key, code.replaceAll(/\s/g, ''), ctx.now, totp.last_used_step);
  if (step === null || step === undefined || !(await repo.useTotpStep(deps.db, owner(ctx), step, ctx.now))) {
    const lockUntil = new Date(ctx.now.getTime() + TOTP_LOCK_MINUTES * 60_000);
    await repo.recordTotpFailure(deps.db, owner(ctx), TOTP_FAILURE_LIMIT, lockUntil);
    throw new ValidationError(
      'Wrong or already used code',
      [{ path: 'code', code: 'code_invalid', message: 'Wrong or already used code' }],
      'code_invalid',
    );
  }
}

export async function confirmTotp(deps: AppDeps, ctx: RequestContext, code: string) {
  const count = await requireStepUpIfEnrolled(deps, ctx);
  await checkTotp(deps, ctx, code, false);
  await deps.db.transaction().execute(async (trx) => {
    await recordAudit(trx, {
      ...auditFrom(ctx),
      action: 'auth.totp_add',
      entityType: 'user',
      entityId: ctx.actor.userId,
    });
  });
  return { recoveryCodes: await afterEnrolment(deps, ctx, 'totp', count === 0) };
}

export async function removeTotp(deps: AppDeps, ctx: RequestContext): Promise<void> {
  await requireStepUpIfEnrolled(deps, ctx);
  await deps.db.transaction().execute(async (trx) => {
    if (!(await repo.deleteTotp(trx, owner(ctx)))) throw new NotFound('Authenticator app');
    await recordAudit(trx, {
      ...auditFrom(ctx),
      action: 'auth.totp_remove',
      entityType: 'user',
      entityId: ctx.actor.userId,
    });
  });
  await afterRemoval(deps, ctx);
}

// --- Step-up ---

export async function stepUpOptions(deps: AppDeps, ctx: RequestContext, rp: RelyingParty) {
  const passkeys = await repo.listPasskeys(deps.db, owner(ctx));
  if (passkeys.length === 0) throw new Conflict('no_passkey', 'No passkey is registered');
  const options = await generateAuthenticationOptions({
    rpID: rp.rpId,
    allowCredentials: passkeys.map(credentialDescriptor),
    userVerification: 'preferred',
  });
  await rememberChallenge(deps, ctx, 'authentication', options.challenge);
  return options;
}

async function verifyPasskey(
  deps: AppDeps,
  ctx: RequestContext,
  rp: RelyingParty,
  response: AuthenticationResponseJSON,
) {
  const challenge = await repo.takeChallenge(deps.db, ctx.actor.sessionTokenHash, 'authentication', ctx.now);
  if (!challenge) throw challengeFailed();
  const passkeys = await repo.listPasskeys(deps.db, owner(ctx));
  // Only the user's own passkeys count: another user's credential id matches nothing here.
  const passkey = passkeys.find((candidate) => candidate.credential_id === response.id);
  if (!passkey) throw passkeyFailed();
  let verification: Awaited<ReturnType<typeof verifyAuthenticationResponse>>;
  try {
    verification = await verifyAuthenticationResponse({
      response,
      expectedChallenge: challenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.rpId,
      credential: {
        id: passkey.credential_id,
        publicKey: passkey.public_key,
        counter: passkey.counter,
        transports: passkey.transports as AuthenticatorTransportFuture[],
      },
      requireUserVerification: false,
    });
  } catch {
    throw passkeyFailed();
  }
  if (!verification.verified) throw passkeyFailed();
  await repo.recordPasskeyUse(
    deps.db,
    owner(ctx),
    passkey.id,
    verification.authenticationInfo.newCounter,
    ctx.now,
  );
  return passkey.id;
}

/** Proves a second factor for the current session: no new sign-in, the same session steps up. */
export async function stepUp(
  deps: AppDeps,
  ctx: RequestContext,
  rp: RelyingParty | null,
  input: StepUpInput,
) {
  let details: Record<string, string> = {};
  switch (input.method) {
    case 'passkey': {
      if (!rp) throw passkeysNotConfigured();
      details = {
        passkeyId: await verifyPasskey(
          deps,
          ctx,
          rp,
          input.response as unknown as AuthenticationResponseJSON,
        ),
      };
      break;
    }
    case 'totp':
      await checkTotp(deps, ctx, input.code, true);
      break;
    case 'recovery_code':
      if (!(await repo.useRecoveryCode(deps.db, owner(ctx), hashRecoveryCode(input.code), ctx.now)))
        throw new ValidationError(
          'Unknown or already used recovery code',
          [{ path: 'code', code: 'code_invalid', message: 'Unknown or already used recovery code' }],
          'code_invalid',
        );
      break;
    default: {
      const unreachable: never = input;
      throw new Error(`Unknown method ${JSON.stringify(unreachable)}`);
    }
  }
  await deps.db.transaction().execute(async (trx) => {
    await repo.markSessionStepUp(trx, ctx.actor.sessionTokenHash, ctx.now, input.method);
    await recordAudit(trx, {
      ...auditFrom(ctx),
      action: input.method === 'recovery_code' ? 'auth.recovery_code_use' : 'auth.step_up',
      entityType: 'user',
      entityId: ctx.actor.userId,
      details: { method: input.method, ...details },
    });
  });
  return { secondFactorAt: ctx.now.toISOString(), method: input.method };
}

export function passkeysNotConfigured() {
  return new AppError(503, 'passkeys_not_configured', 'Set WEBAUTHN_ORIGIN to use passkeys in production');
}

/**
 * For a user who lost every factor and the recovery codes: an administrator removes them all, so
 * the user can enrol again on the password alone. Audited; the user's sessions lose their step-up.
 */
export async function resetUserFactors(deps: AppDeps, ctx: RequestContext, userId: string): Promise<void> {
  requirePermission(ctx.actor, 'users.manage');
  const target = { municipalityId: ctx.actor.municipalityId, userId };
  await deps.db.transaction().execute(async (trx) => {
    if (!(await repo.userExists(trx, target))) throw new NotFound('User');
    const removed = await repo.deleteAllFactors(trx, target);
    await recordAudit(trx, {
      ...auditFrom(ctx),
      action: 'user.second_factor_reset',
      entityType: 'user',
      entityId: userId,
      details: { removed },
    });
  });
}

// --- The municipality's rule ---

export async function readRule(deps: AppDeps, ctx: RequestContext): Promise<SecondFactorRule> {
  return { requireSecondFactor: await repo.readSecondFactorRule(deps.db, ctx.actor.municipalityId) };
}

export async function updateRule(
  deps: AppDeps,
  ctx: RequestContext,
  input: SecondFactorRule,
): Promise<SecondFactorRule> {
  requirePermission(ctx.actor, 'privacy.manage');
  const municipalityId = ctx.actor.municipalityId;
  return deps.db.transaction().execute(async (trx) => {
    const before = await repo.readSecondFactorRule(trx, municipalityId);
    if (before !== input.requireSecondFactor) {
      await repo.setSecondFactorRule(trx, municipalityId, input.requireSecondFactor);
      await recordAudit(trx, {
        ...auditFrom(ctx),
        action: 'privacy.second_factor_rule',
        entityType: 'municipality',
        entityId: municipalityId,
        details: { before, after: input.requireSecondFactor },
      });
    }
    return input;
  });
}
