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
  const { config, logger } = c.var.deps;
  const socket = socketAddress(c);
  const forwardedFor = c.req.header('x-forwarded-for');
  const client = resolveClientAddress(socket, forwardedFor, config.trustProxy);
  if (forwardedFor && socket && client === socket && !warnedUntrustedProxy.has(c.var.deps)) {
    // Most likely a proxy nobody listed: every user then shares its address, and one attacker's
    // failed sign-ins throttle them all (see auth/sign-in-throttle.ts).
    warnedUntrustedProxy.add(c.var.deps);
    logger.warn(
      { peer: socket },
      'X-Forwarded-For came from a peer that TRUST_PROXY does not name; if it is your proxy, set TRUST_PROXY',
    );
  }
  return client;
}

/** Apps (by their deps) that have logged the missing-TRUST_PROXY warning, so it is said once. */
const warnedUntrustedProxy = new WeakSet<object>();

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
