import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { issueCsrfCookie, setSessionCookie } from '../auth/session-middleware';
import type { AppEnv } from '../http/app-env';
import { commonErrors, jsonBody, jsonContent } from '../http/openapi';
import { clientAddress, requestContext } from '../http/request-context';
import { defineRoute, inMunicipality, publicAccess } from '../http/route';
import {
  OidcButtonsSchema,
  OidcCallbackQuery,
  OidcSettingsInputSchema,
  OidcSettingsSchema,
  OidcStartParams,
  OidcStartQuery,
} from './oidc.schema';
import { LOGIN_TTL_MS, SIGN_IN_PAGE } from './oidc-client';
import { getSettings, listButtons, saveSettings } from './oidc-settings.service';
import { completeSignIn, OidcFailure, startSignIn } from './oidc-sign-in.service';

const tags = ['Sign-in'];
/** Binds a started sign-in to the browser that started it (login CSRF); Lax so the provider's redirect carries it. */
const STATE_COOKIE = 'faltlogg_oidc_state';
const STATE_COOKIE_PATH = '/api/auth/oidc';

const FAILURE_CODES =
  'oidc_not_configured, oidc_provider_unavailable, oidc_state_invalid, oidc_denied, oidc_token_rejected, ' +
  'oidc_claims_missing, oidc_user_unknown, oidc_account_linked_elsewhere, account_inactive';

const getOidcSettings = defineRoute({
  method: 'get',
  path: '/api/admin/oidc',
  tags,
  summary: 'The municipality’s OpenID Connect sign-in settings (the client secret only as saved or not)',
  access: inMunicipality('users.manage'),
  responses: {
    200: jsonContent(OidcSettingsSchema, 'Settings, and the redirect URI to register'),
    ...commonErrors,
  },
});

const putOidcSettings = defineRoute({
  method: 'put',
  path: '/api/admin/oidc',
  tags,
  summary: 'Set the municipality’s OpenID provider',
  description:
    'Errors: oidc_issuer_multi_tenant (Entra’s /common, /organizations or /consumers), oidc_issuer_insecure ' +
    '(http other than localhost), oidc_issuer_invalid, oidc_client_secret_required (400).',
  access: inMunicipality('users.manage'),
  request: jsonBody(OidcSettingsInputSchema),
  responses: { 200: jsonContent(OidcSettingsSchema, 'Saved'), ...commonErrors },
});

const getButtons = defineRoute({
  method: 'get',
  path: '/api/auth/oidc/providers',
  tags,
  summary: 'The sign-in buttons: each municipality’s enabled provider',
  access: publicAccess,
  responses: { 200: jsonContent(OidcButtonsSchema, 'Buttons, by municipality name') },
});

const getStart = defineRoute({
  method: 'get',
  path: '/api/auth/oidc/{municipality}/start',
  tags,
  summary: 'Go to the municipality’s OpenID provider to sign in (authorization code with PKCE)',
  description: `Redirects to the provider, or to ${SIGN_IN_PAGE}?oidc_error=<code> (${FAILURE_CODES}).`,
  access: publicAccess,
  request: { params: OidcStartParams, query: OidcStartQuery },
  responses: { 302: { description: 'To the provider, or back to the sign-in page with oidc_error' } },
});

const getCallback = defineRoute({
  method: 'get',
  path: '/api/auth/oidc/callback',
  tags,
  summary: 'Where the provider sends the user back: the redirect URI to register at the provider',
  description: `Opens a session and redirects to the page asked for, or to ${SIGN_IN_PAGE}?oidc_error=<code> (${FAILURE_CODES}).`,
  access: publicAccess,
  request: { query: OidcCallbackQuery },
  responses: {
    302: { description: 'Signed in (session cookie set), or back to the sign-in page with oidc_error' },
  },
});

/** The app's address as users reach it: PUBLIC_URL, else the address this request came to. */
export function publicBaseUrl(c: Context<AppEnv>): string {
  return c.var.deps.config.publicUrl ?? new URL(c.req.url).origin;
}

function failed(c: Context<AppEnv>, error: unknown) {
  if (!(error instanceof OidcFailure)) throw error;
  // The reason is for the operator; the browser gets a code the sign-in page says in Swedish.
  c.var.deps.logger.warn(
    { code: error.code, reason: error.reason, requestId: c.var.requestId },
    'OpenID Connect sign-in failed',
  );
  return c.redirect(`${SIGN_IN_PAGE}?oidc_error=${error.code}`, 302);
}

export const oidcRoutes = new OpenAPIHono<AppEnv>()
  .openapi(getOidcSettings, async (c) =>
    c.json(await getSettings(c.var.deps.db, requestContext(c), publicBaseUrl(c)), 200),
  )
  .openapi(putOidcSettings, async (c) =>
    c.json(await saveSettings(c.var.deps.db, requestContext(c), c.req.valid('json'), publicBaseUrl(c)), 200),
  )
  .openapi(getButtons, async (c) => c.json(await listButtons(c.var.deps.db), 200))
  .openapi(getStart, async (c) => {
    try {
      const { municipality } = c.req.valid('param');
      const { url, state } = await startSignIn(
        c.var.deps,
        municipality,
        c.req.valid('query').next,
        publicBaseUrl(c),
      );
      setCookie(c, STATE_COOKIE, state, {
        path: STATE_COOKIE_PATH,
        httpOnly: true,
        sameSite: 'Lax',
        secure: c.var.deps.config.secureCookies,
        maxAge: LOGIN_TTL_MS / 1000,
      });
      return c.redirect(url, 302);
    } catch (error) {
      return failed(c, error);
    }
  })
  .openapi(getCallback, async (c) => {
    const browserState = getCookie(c, STATE_COOKIE);
    deleteCookie(c, STATE_COOKIE, { path: STATE_COOKIE_PATH });
    try {
      const { token, csrfToken, returnPath } = await completeSignIn(
        c.var.deps,
        new URL(c.req.url).search,
        browserState,
        publicBaseUrl(c),
        { ip: clientAddress(c), userAgent: c.req.header('user-agent') ?? null },
      );
      setSessionCookie(c, token);
      issueCsrfCookie(c, csrfToken);
      return c.redirect(returnPath, 302);
    } catch (error) {
      return failed(c, error);
    }
  });
