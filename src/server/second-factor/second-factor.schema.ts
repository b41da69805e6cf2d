import { z } from '@hono/zod-openapi';

export const SecondFactorMethodSchema = z.enum(['passkey', 'totp', 'recovery_code']);

export const PasskeySchema = z
  .object({
    id: z.uuid(),
    nickname: z.string(),
    createdAt: z.iso.datetime(),
    lastUsedAt: z.iso.datetime().nullable(),
  })
  .openapi('Passkey');

export const SecurityOverviewSchema = z
  .object({
    passkeys: z.array(PasskeySchema),
    totp: z.object({ enabled: z.boolean() }),
    recoveryCodesRemaining: z.number().int(),
    /** Whether this session has a second factor now, and since when. */
    session: z.object({
      secondFactor: z.boolean(),
      at: z.iso.datetime().nullable(),
      method: SecondFactorMethodSchema.nullable(),
    }),
    municipalityRequiresSecondFactor: z.boolean(),
  })
  .openapi('SecurityOverview');
export type SecurityOverview = z.infer<typeof SecurityOverviewSchema>;

/** Shown once, when a first factor is added or codes are made anew. */
export const RecoveryCodesSchema = z
  .object({ recoveryCodes: z.array(z.string()).nullable() })
  .openapi('RecoveryCodes');

/** WebAuthn options as @simplewebauthn/browser's startRegistration/startAuthentication take them. */
export const WebAuthnOptionsSchema = z
  .object({ options: z.record(z.string(), z.unknown()) })
  .openapi('WebAuthnOptions');

const base64url = z
  .string()
  .max(16_384)
  .regex(/^[A-Za-z0-9_-]*$/);

const AuthenticatorResponseJson = z.looseObject({
  clientDataJSON: base64url,
});

export const RegistrationResponseSchema = z.looseObject({
  id: base64url,
  rawId: base64url,
  type: z.literal('public-key'),
  response: AuthenticatorResponseJson.extend({
    attestationObject: base64url,
    transports: z.array(z.string().max(32)).max(10).optional(),
  }),
});

export const AuthenticationResponseSchema = z.looseObject({
  id: base64url,
  rawId: base64url,
  type: z.literal('public-key'),
  response: AuthenticatorResponseJson.extend({
    authenticatorData: base64url,
    signature: base64url,
  }),
});

export const RegisterPasskeySchema = z
  .strictObject({
    nickname: z.string().trim().min(1).max(60),
    response: RegistrationResponseSchema,
  })
  .openapi('RegisterPasskey');

export const TotpSetupSchema = z
  .object({
    /** Base32, for typing into an app by hand. */
    secret: z.string(),
    /** otpauth://totp/… for apps that read a link or a QR code. */
    uri: z.string(),
  })
  .openapi('TotpSetup');

export const TotpCodeSchema = z.strictObject({ code: z.string().trim().max(12) }).openapi('TotpCode');

export const StepUpSchema = z
  .discriminatedUnion('method', [
    z.strictObject({ method: z.literal('passkey'), response: AuthenticationResponseSchema }),
    z.strictObject({ method: z.literal('totp'), code: z.string().trim().max(12) }),
    z.strictObject({ method: z.literal('recovery_code'), code: z.string().trim().max(40) }),
  ])
  .openapi('StepUp');
export type StepUpInput = z.infer<typeof StepUpSchema>;

export const StepUpResultSchema = z
  .object({ secondFactorAt: z.iso.datetime(), method: SecondFactorMethodSchema })
  .openapi('StepUpResult');

export const SecondFactorRuleSchema = z
  .strictObject({
    requireSecondFactor: z.boolean().openapi({
      description:
        'Whether support contacts, reports of concern, the audit log and the research export need a ' +
        'session with a second factor (else 403 second_factor_required).',
    }),
  })
  .openapi('SecondFactorRule');
export type SecondFactorRule = z.infer<typeof SecondFactorRuleSchema>;
