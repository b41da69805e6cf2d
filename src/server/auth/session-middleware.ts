import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from '../http/app-env';
import { AppError } from '../http/errors';
import { resolveSession } from './auth.service';
import { newToken, tokensEqual } from './tokens';

export const SESSION_COOKIE = 'faltlogg_session';
export const CSRF_COOKIE = 'faltlogg_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Finds the signed-in user from the session cookie, then guards every state-changing request with
 * a CSRF token: the X-CSRF-Token header must equal the CSRF cookie (which another site can neither
 * read nor set), and once signed in, the token bound to the session.
 */
export function sessionMiddleware(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('actor', null);
    c.set('sessionEnded', false);
    const token = getCookie(c, SESSION_COOKIE);
    if (token) {
      const found = await resolveSession(c.var.deps, token);
      if (found && 'actor' in found) c.set('actor', found.actor);
      else {
        deleteCookie(c, SESSION_COOKIE, { path: '/' });
        c.set('sessionEnded', true);
      }
    }
    if (!SAFE_METHODS.has(c.req.method)) {
      const header = c.req.header(CSRF_HEADER) ?? '';
      const cookie = getCookie(c, CSRF_COOKIE) ?? '';
      const actor = c.var.actor;
      const valid =
        header.length > 0 && tokensEqual(header, cookie) && (!actor || tokensEqual(header, actor.csrfToken));
      if (!valid)
        throw new AppError(403, 'csrf_failed', 'Missing or wrong X-CSRF-Token header; reload the page');
    }
    await next();
  };
}

export function setSessionCookie(c: Context<AppEnv>, token: string): void {
  const { config } = c.var.deps;
  setCookie(c, SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'Lax',
    secure: config.secureCookies,
    maxAge: config.session.maxHours * 3600,
  });
}

export function clearSessionCookie(c: Context<AppEnv>): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
}

/** Sets the CSRF cookie to `token`, or to a fresh one; returns the value the client must echo. */
export function issueCsrfCookie(c: Context<AppEnv>, token: string = newToken()): string {
  setCookie(c, CSRF_COOKIE, token, {
    path: '/',
    httpOnly: false,
    sameSite: 'Strict',
    secure: c.var.deps.config.secureCookies,
  });
  return token;
}
