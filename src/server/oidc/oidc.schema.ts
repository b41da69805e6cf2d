import { z } from '@hono/zod-openapi';

/**
 * Microsoft Entra's shared endpoints sign in anyone from any tenant (or any personal account):
 * the municipality's own tenant, https://login.microsoftonline.com/<tenant-id>/v2.0, is required.
 */
const ENTRA_HOSTS = new Set(['login.microsoftonline.com', 'login.windows.net', 'sts.windows.net']);
const ENTRA_SHARED_TENANTS = new Set(['common', 'organizations', 'consumers']);
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Why an issuer URL is refused, as a stable code, or null when it is fine. */
export function issuerProblem(
  issuer: string,
): 'oidc_issuer_invalid' | 'oidc_issuer_insecure' | 'oidc_issuer_multi_tenant' | null {
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    return 'oidc_issuer_invalid';
  }
  if (url.search || url.hash || url.username || url.password) return 'oidc_issuer_invalid';
  // http only for a provider on this machine: tests and development.
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname)))
    return 'oidc_issuer_insecure';
  const tenant = url.pathname.split('/').filter(Boolean)[0]?.toLowerCase();
  if (ENTRA_HOSTS.has(url.hostname.toLowerCase()) && (!tenant || ENTRA_SHARED_TENANTS.has(tenant)))
    return 'oidc_issuer_multi_tenant';
  return null;
}

const claimName = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_.:-]{1,100}$/, 'A claim name: letters, digits and _ . : -');

export const OidcSettingsInputSchema = z
  .strictObject({
    issuer: z
      .string()
      .trim()
      .max(500)
      .superRefine((issuer, ctx) => {
        const problem = issuerProblem(issuer);
        if (problem) ctx.addIssue({ code: 'custom', message: problem, params: { code: problem } });
      }),
    clientId: z.string().trim().min(1).max(300),
    /** Leave out to keep the saved secret. */
    clientSecret: z.string().min(1).max(1000).optional(),
    scopes: z
      .string()
      .trim()
      .max(500)
      .default('openid email profile')
      .refine((scopes) => scopes.split(/\s+/).includes('openid'), 'The scopes must include openid'),
    subjectClaim: claimName.default('sub'),
    emailClaim: claimName.default('email'),
    nameClaim: claimName.default('name'),
    buttonLabel: z.string().trim().min(1).max(80),
    createUsers: z.boolean().default(false),
    mfaAcrValues: z.array(z.string().trim().min(1).max(300)).max(20).default([]),
    enabled: z.boolean(),
  })
  .openapi('OidcSettingsInput');

export const OidcSettingsSchema = z
  .object({
    settings: z
      .object({
        issuer: z.string(),
        clientId: z.string(),
        clientSecretSaved: z.boolean().openapi({ description: 'The secret itself is never returned' }),
        scopes: z.string(),
        subjectClaim: z.string(),
        emailClaim: z.string(),
        nameClaim: z.string(),
        buttonLabel: z.string(),
        createUsers: z.boolean(),
        mfaAcrValues: z.array(z.string()),
        enabled: z.boolean(),
        updatedAt: z.string(),
      })
      .nullable(),
    redirectUri: z.string().openapi({ description: 'Register this at the provider' }),
    postLogoutRedirectUri: z.string(),
  })
  .openapi('OidcSettings');

export const OidcButtonsSchema = z
  .object({
    providers: z.array(
      z.object({
        municipalityId: z.uuid(),
        label: z.string(),
        startUrl: z.string().openapi({ description: 'Navigate the browser here to sign in' }),
      }),
    ),
  })
  .openapi('OidcButtons');

export const OidcStartParams = z.object({
  municipality: z
    .string()
    .max(40)
    .openapi({ param: { name: 'municipality', in: 'path' }, description: 'Municipality id or code' }),
});

export const OidcStartQuery = z.object({
  next: z.string().max(2000).optional().openapi({ description: 'Where to go after signing in (a path)' }),
});

export const OidcCallbackQuery = z.object({
  state: z.string().max(500).optional(),
  code: z.string().max(4000).optional(),
  error: z.string().max(200).optional(),
  iss: z.string().max(500).optional(),
});

export type OidcSettingsInput = z.infer<typeof OidcSettingsInputSchema>;
export type OidcSettings = z.infer<typeof OidcSettingsSchema>;
