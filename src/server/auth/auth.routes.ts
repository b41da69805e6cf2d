import { OpenAPIHono, z } from '@hono/zod-openapi';
import { getCookie } from 'hono/cookie';
import type { AppEnv } from '../http/app-env';
import { commonErrors, ErrorSchema, jsonBody, jsonContent } from '../http/openapi';
import { clientAddress, requestContext } from '../http/request-context';
import { defineRoute, publicAccess, signedIn } from '../http/route';
import { publicBaseUrl } from '../oidc/oidc.routes';
import { providerLogoutUrl as oidcLogoutUrl } from '../oidc/oidc-sign-in.service';
import { SessionSchema, SignInSchema, SignOutSchema, UpdateMeSchema } from './auth.schema';
import * as auth from './auth.service';
import { CSRF_COOKIE, clearSessionCookie, issueCsrfCookie, setSessionCookie } from './session-middleware';

const tags = ['Sign-in'];

const getSession = defineRoute({
  method: 'get',
  path: '/api/auth/session',
  tags,
  summary: 'Who is signed in, and the CSRF token to send with changes',
  access: publicAccess,
  responses: { 200: jsonContent(SessionSchema, 'The session; user is null when nobody is signed in') },
});

const postSignIn = defineRoute({
  method: 'post',
  path: '/api/auth/sign-in',
  tags,
  summary: 'Sign in with e-mail and password',
  description:
    'Errors: invalid_credentials (401), account_inactive (403), too_many_attempts (429, with Retry-After: ' +
    'too many failures from this address, or on this account from this address; the account itself never locks).',
  access: publicAccess,
  request: jsonBody(SignInSchema),
  responses: {
    200: jsonContent(SessionSchema, 'Signed in; the session cookie is set'),
    400: commonErrors[400],
    401: jsonContent(ErrorSchema, 'Wrong e-mail or password'),
    403: jsonContent(ErrorSchema, 'Deactivated account, or missing CSRF token'),
    429: jsonContent(ErrorSchema, 'Too many failed attempts from this address'),
  },
});

const postSignOut = defineRoute({
  method: 'post',
  path: '/api/auth/sign-out',
  tags,
  summary: 'End this session',
  description:
    'When an OpenID provider opened the session and can sign out, providerLogoutUrl is its logout page: ' +
    'navigate there to end the session at the provider too.',
  access: signedIn,
  responses: { 200: jsonContent(SignOutSchema, 'Signed out'), 401: commonErrors[401] },
});

const patchMe = defineRoute({
  method: 'patch',
  path: '/api/auth/me',
  tags,
  summary: 'Change one’s own preferences (language)',
  access: signedIn,
  request: jsonBody(UpdateMeSchema),
  responses: { 200: jsonContent(z.object({ ok: z.literal(true) }), 'Saved'), ...commonErrors },
});

export const authRoutes = new OpenAPIHono<AppEnv>()
  .openapi(getSession, async (c) => {
    const actor = c.var.actor;
    if (!actor) {
      const csrfToken = issueCsrfCookie(c, getCookie(c, CSRF_COOKIE) || undefined);
      return c.json({ csrfToken, user: null }, 200);
    }
    const csrfToken = issueCsrfCookie(c, actor.csrfToken);
    return c.json({ csrfToken, user: await auth.describeSessionUser(c.var.deps, actor) }, 200);
  })
  .openapi(postSignIn, async (c) => {
    const { token, csrfToken } = await auth.signIn(c.var.deps, c.req.valid('json'), {
      ip: clientAddress(c),
      userAgent: c.req.header('user-agent') ?? null,
    });
    setSessionCookie(c, token);
    issueCsrfCookie(c, csrfToken);
    const found = await auth.resolveSession(c.var.deps, token);
    if (!found || !('actor' in found)) throw new Error('A session just created could not be read back');
    return c.json({ csrfToken, user: await auth.describeSessionUser(c.var.deps, found.actor) }, 200);
  })
  .openapi(postSignOut, async (c) => {
    const ended = await auth.signOut(c.var.deps, requestContext(c).actor);
    clearSessionCookie(c);
    const providerLogoutUrl = ended ? await oidcLogoutUrl(c.var.deps, ended, publicBaseUrl(c)) : null;
    return c.json({ csrfToken: issueCsrfCookie(c), user: null, providerLogoutUrl }, 200);
  })
  .openapi(patchMe, async (c) => {
    await auth.setOwnLocale(c.var.deps, requestContext(c).actor, c.req.valid('json').locale);
    return c.json({ ok: true as const }, 200);
  });
