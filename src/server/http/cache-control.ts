import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env';

/**
 * The API routes whose answer is the same for everyone and holds no personal data, so a cache may
 * keep it as the route itself says: this OpenAPI document and the published disclosure method.
 * /api/health is public too but must never be answered from a cache, so it is not listed.
 */
export const CACHEABLE_API_PATHS: ReadonlySet<string> = new Set([
  '/api/openapi.json',
  '/api/disclosure/method',
]);

/**
 * `Cache-Control: no-store` on every other /api/ answer, errors and 304s included: almost all of
 * them carry personal data or depend on who asks (even /api/auth/session), and a shared computer's
 * browser cache or a proxy must keep no copy. One rule for all, so a new route cannot forget it;
 * it overrides whatever a route set. ETags still work for a client that keeps its own copy and
 * sends If-None-Match (the shift list does).
 */
export function noStoreForApi(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    if (CACHEABLE_API_PATHS.has(c.req.path)) return;
    c.header('Cache-Control', 'no-store');
  };
}
