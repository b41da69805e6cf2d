import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { RegistrationResponseJSON } from '@simplewebauthn/server';
import type { Context } from 'hono';
import type { AppEnv } from '../http/app-env';
import { commonErrors, conflictError, ErrorSchema, idParam, jsonBody, jsonContent } from '../http/openapi';
import { requestContext } from '../http/request-context';
import { defineRoute, inMunicipality, signedIn } from '../http/route';
import {
  RecoveryCodesSchema,
  RegisterPasskeySchema,
  SecondFactorRuleSchema,
  SecurityOverviewSchema,
  StepUpResultSchema,
  StepUpSchema,
  TotpCodeSchema,
  TotpSetupSchema,
  WebAuthnOptionsSchema,
} from './second-factor.schema';
import * as service from './second-factor.service';

const tags = ['Second factor'];
const ok = jsonContent(z.object({ ok: z.literal(true) }), 'Done');
const stepUpNeeded = {
  403: jsonContent(
    ErrorSchema,
    'second_factor_required: the user has a factor, and this session has not used it',
  ),
};

/**
 * The relying party passkeys are bound to: WEBAUTHN_ORIGIN when set; outside production the
 * browser's own origin (localhost works without configuration); in production unset, none.
 */
function relyingParty(c: Context<AppEnv>): service.RelyingParty | null {
  const { webauthn, environment } = c.var.deps.config;
  if (webauthn.origin) {
    return { origin: webauthn.origin, rpId: webauthn.rpId ?? new URL(webauthn.origin).hostname };
  }
  if (environment === 'production') return null;
  try {
    const origin = new URL(c.req.header('origin') ?? c.req.url).origin;
    return { origin, rpId: new URL(origin).hostname };
  } catch {
    return null;
  }
}

function requireRelyingParty(c: Context<AppEnv>): service.RelyingParty {
  const rp = relyingParty(c);
  if (!rp) throw service.passkeysNotConfigured();
  return rp;
}

const getOverview = defineRoute({
  method: 'get',
  path: '/api/security',
  tags,
  summary: 'One’s own passkeys, authenticator app, recovery codes left, and this session’s step-up',
  access: signedIn,
  responses: { 200: jsonContent(SecurityOverviewSchema, 'Overview'), 401: commonErrors[401] },
});

const postPasskeyOptions = defineRoute({
  method: 'post',
  path: '/api/security/passkeys/options',
  tags,
  summary: 'Start registering a passkey: options for startRegistration (the challenge lasts 5 minutes)',
  access: signedIn,
  responses: { 200: jsonContent(WebAuthnOptionsSchema, 'Options'), 401: commonErrors[401], ...stepUpNeeded },
});

const postPasskey = defineRoute({
  method: 'post',
  path: '/api/security/passkeys',
  tags,
  summary: 'Finish registering a passkey; a first factor returns 10 recovery codes, shown once',
  description: 'Errors: challenge_invalid (400: none pending, expired or used), passkey_invalid (400).',
  access: signedIn,
  request: jsonBody(RegisterPasskeySchema),
  responses: { 201: jsonContent(RecoveryCodesSchema, 'Registered'), ...commonErrors, ...stepUpNeeded },
});

const deletePasskey = defineRoute({
  method: 'delete',
  path: '/api/security/passkeys/{passkeyId}',
  tags,
  summary: 'Remove one of one’s passkeys',
  access: signedIn,
  request: { params: idParam('passkeyId') },
  responses: { 200: ok, ...commonErrors, ...stepUpNeeded },
});

const postTotp = defineRoute({
  method: 'post',
  path: '/api/security/totp',
  tags,
  summary: 'Start setting up an authenticator app: the secret, shown this once, and its otpauth URI',
  access: signedIn,
  responses: {
    200: jsonContent(TotpSetupSchema, 'Pending until confirmed'),
    ...commonErrors,
    ...conflictError,
  },
});

const postTotpConfirm = defineRoute({
  method: 'post',
  path: '/api/security/totp/confirm',
  tags,
  summary: 'Activate the authenticator app with one valid code; a first factor returns recovery codes',
  description: 'Errors: code_invalid (400), no_totp (409), too_many_codes (429).',
  access: signedIn,
  request: jsonBody(TotpCodeSchema),
  responses: { 200: jsonContent(RecoveryCodesSchema, 'Active'), ...commonErrors, ...conflictError },
});

const deleteTotp = defineRoute({
  method: 'delete',
  path: '/api/security/totp',
  tags,
  summary: 'Remove one’s authenticator app',
  access: signedIn,
  responses: { 200: ok, ...commonErrors, ...stepUpNeeded },
});

const postRecoveryCodes = defineRoute({
  method: 'post',
  path: '/api/security/recovery-codes',
  tags,
  summary: 'Make 10 new recovery codes (the old ones stop working), shown once',
  access: signedIn,
  responses: { 200: jsonContent(RecoveryCodesSchema, 'New codes'), ...commonErrors, ...conflictError },
});

const postStepUpOptions = defineRoute({
  method: 'post',
  path: '/api/auth/step-up/options',
  tags,
  summary: 'Start a passkey step-up: options for startAuthentication (the challenge lasts 5 minutes)',
  access: signedIn,
  responses: { 200: jsonContent(WebAuthnOptionsSchema, 'Options'), ...commonErrors, ...conflictError },
});

const postStepUp = defineRoute({
  method: 'post',
  path: '/api/auth/step-up',
  tags,
  summary: 'Prove a second factor for this session (passkey, TOTP code or recovery code)',
  description:
    'Not a new sign-in: the current session is marked as having a second factor. Errors: challenge_invalid, ' +
    'passkey_invalid, code_invalid (400), no_totp (409), too_many_codes (429). Each recovery code works once.',
  access: signedIn,
  request: jsonBody(StepUpSchema),
  responses: {
    200: jsonContent(StepUpResultSchema, 'Stepped up'),
    ...commonErrors,
    ...conflictError,
    429: jsonContent(ErrorSchema, 'Too many wrong codes'),
  },
});

const postResetUser = defineRoute({
  method: 'post',
  path: '/api/users/{userId}/second-factor/reset',
  tags,
  summary: 'Remove all of a user’s passkeys, authenticator app and recovery codes (lost phone; audited)',
  access: inMunicipality('users.manage'),
  request: { params: idParam('userId') },
  responses: { 200: ok, ...commonErrors },
});

const getRule = defineRoute({
  method: 'get',
  path: '/api/privacy/second-factor-rule',
  tags,
  summary: 'Whether personal data needs a session with a second factor in this municipality',
  access: inMunicipality('privacy.manage'),
  responses: { 200: jsonContent(SecondFactorRuleSchema, 'The rule'), ...commonErrors },
});

const putRule = defineRoute({
  method: 'put',
  path: '/api/privacy/second-factor-rule',
  tags,
  summary:
    'Require a second factor for support contacts, reports of concern, audit log, research export (audited)',
  access: inMunicipality('privacy.manage'),
  request: jsonBody(SecondFactorRuleSchema),
  responses: { 200: jsonContent(SecondFactorRuleSchema, 'The rule'), ...commonErrors },
});

export const secondFactorRoutes = new OpenAPIHono<AppEnv>()
  .openapi(getOverview, async (c) => c.json(await service.readOverview(c.var.deps, requestContext(c)), 200))
  .openapi(postPasskeyOptions, async (c) => {
    const options = await service.passkeyRegistrationOptions(
      c.var.deps,
      requestContext(c),
      requireRelyingParty(c),
    );
    return c.json({ options }, 200);
  })
  .openapi(postPasskey, async (c) => {
    const { nickname, response } = c.req.valid('json');
    const result = await service.registerPasskey(c.var.deps, requestContext(c), requireRelyingParty(c), {
      nickname,
      response: response as unknown as RegistrationResponseJSON,
    });
    return c.json(result, 201);
  })
  .openapi(deletePasskey, async (c) => {
    await service.removePasskey(c.var.deps, requestContext(c), c.req.valid('param').passkeyId);
    return c.json({ ok: true as const }, 200);
  })
  .openapi(postTotp, async (c) => c.json(await service.startTotpSetup(c.var.deps, requestContext(c)), 200))
  .openapi(postTotpConfirm, async (c) =>
    c.json(await service.confirmTotp(c.var.deps, requestContext(c), c.req.valid('json').code), 200),
  )
  .openapi(deleteTotp, async (c) => {
    await service.removeTotp(c.var.deps, requestContext(c));
    return c.json({ ok: true as const }, 200);
  })
  .openapi(postRecoveryCodes, async (c) => {
    const recoveryCodes = await service.regenerateRecoveryCodes(c.var.deps, requestContext(c));
    return c.json({ recoveryCodes }, 200);
  })
  .openapi(postStepUpOptions, async (c) => {
    const options = await service.stepUpOptions(c.var.deps, requestContext(c), requireRelyingParty(c));
    return c.json({ options }, 200);
  })
  .openapi(postStepUp, async (c) => {
    const result = await service.stepUp(c.var.deps, requestContext(c), relyingParty(c), c.req.valid('json'));
    return c.json(result, 200);
  })
  .openapi(postResetUser, async (c) => {
    await service.resetUserFactors(c.var.deps, requestContext(c), c.req.valid('param').userId);
    return c.json({ ok: true as const }, 200);
  })
  .openapi(getRule, async (c) => c.json(await service.readRule(c.var.deps, requestContext(c)), 200))
  .openapi(putRule, async (c) =>
    c.json(await service.updateRule(c.var.deps, requestContext(c), c.req.valid('json')), 200),
  );
