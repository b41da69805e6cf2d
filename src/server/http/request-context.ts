import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import type { Actor } from '../auth/actor';
import { resolveClientAddress } from '../network/client-address';
import type { AppEnv } from './app-env';

/** What a service needs to know about the request: who acts, from where, and when. */
export type RequestContext = { actor: Actor; ip: string | null; now: Date };

/**
 * The one source of the client's address (throttle, sessions, audit rows): the socket peer, or
 * what trusted proxies (TRUST_PROXY) say in X-Forwarded-For. See network/client-address.ts.
 */
export function clientAddress(c: Context<AppEnv>): string | null {
  return resolveClientAddress(
    socketAddress(c),
    c.req.header('x-forwarded-for'),
    c.var.deps.config.trustProxy,
  );
}

function socketAddress(c: Context<AppEnv>): string | null {
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    // app.request() in tests has no socket.
    return null;
  }
}

/** The context of a request whose route declared a permission, so an actor is certain. */
export function requestContext(c: Context<AppEnv>): RequestContext {
  const actor = c.var.actor;
  if (!actor) throw new Error('requestContext() used on a route without a signed-in actor');
  return { actor, ip: clientAddress(c), now: c.var.deps.now() };
}
