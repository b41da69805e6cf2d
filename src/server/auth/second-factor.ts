import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../http/app-env';
import { AppError } from '../http/errors';
import { findStepUpState } from '../second-factor/second-factor.repository';

export const SECOND_FACTOR_REQUIRED = 'second_factor_required';

/** What the step-up check reads from a session. */
export type SessionFactor = {
  /** When this session last proved a passkey, TOTP or recovery code (step-up). */
  secondFactorAt: Date | null;
  /**
   * Whether the identity provider of an OpenID Connect sign-in reported a second factor
   * (`acr`/`amr`). Sessions without one leave it out; when true, the session counts as stepped up
   * from its start, for as long as it lives.
   */
  mfaByProvider?: boolean;
};

/**
 * THE rule for "this session has a second factor": a step-up within the last `maxHours`, or a
 * provider sign-in that used one. Every guarded route asks this function and nothing else.
 */
export function hasSecondFactor(session: SessionFactor, now: Date, maxHours: number): boolean {
  if (session.mfaByProvider === true) return true;
  if (!session.secondFactorAt) return false;
  const age = now.getTime() - session.secondFactorAt.getTime();
  return age >= -60_000 && age < maxHours * 3_600_000;
}

/** The 403 a guarded route gives; `enrolmentRequired` tells the web app to send the user to enrol. */
export class SecondFactorRequired extends AppError {
  constructor(enrolmentRequired: boolean) {
    super(
      403,
      SECOND_FACTOR_REQUIRED,
      enrolmentRequired
        ? 'This needs a second factor; add a passkey or an authenticator app first'
        : 'This needs a second factor; confirm with a passkey, a code or a recovery code',
    );
    this.extra = { enrolmentRequired };
  }
}

/**
 * Guards routes that show personal data where the municipality requires a second factor: runs after
 * `authorize` (so the actor is known) and costs one primary-key read. Routes opt in through
 * `defineRoute({ secondFactor: true })`.
 */
export function requireSecondFactor(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const actor = c.var.actor;
    if (!actor) throw new Error('requireSecondFactor() runs after authorize() on a signed-in route');
    const { deps } = c.var;
    const state = await findStepUpState(deps.db, actor.sessionTokenHash);
    if (state?.requireSecondFactor && !hasSecondFactor(state, deps.now(), deps.config.secondFactorMaxHours)) {
      throw new SecondFactorRequired(!state.enrolled);
    }
    await next();
  };
}
