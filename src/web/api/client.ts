import { type ClientResponse, hc } from 'hono/client';
import type { ResponseFormat } from 'hono/types';
import type { SuccessStatusCode } from 'hono/utils/http-status';
import type { AppType } from '../../server/app';
import { ApiError, errorFromResponse, NETWORK_ERROR } from './errors';

const CSRF_HEADER = 'X-CSRF-Token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

let csrfToken: string | null = null;
let pendingToken: Promise<string> | null = null;
let onSignedOut: ((code: string) => void) | null = null;

/** Keeps the token the server wants echoed on every change; sign-in and sign-out hand out new ones. */
export function setCsrfToken(token: string): void {
  csrfToken = token;
}

/** Called when the server says the session is gone (401 session_expired or unauthenticated). */
export function onSessionLost(handler: (code: string) => void): void {
  onSignedOut = handler;
}

async function fetchCsrfToken(): Promise<string> {
  pendingToken ??= (async () => {
    const response = await send('/api/auth/session', { method: 'GET' });
    if (!response.ok) throw await errorFromResponse(response);
    const body = (await response.json()) as { csrfToken: string };
    csrfToken = body.csrfToken;
    return body.csrfToken;
  })().finally(() => {
    pendingToken = null;
  });
  return pendingToken;
}

async function send(input: RequestInfo | URL, init: RequestInit): Promise<Response> {
  try {
    return await fetch(input, { ...init, credentials: 'same-origin' });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, NETWORK_ERROR, error instanceof Error ? error.message : 'Network error');
  }
}

async function isCsrfFailure(response: Response): Promise<boolean> {
  if (response.status !== 403) return false;
  try {
    const body = (await response.clone().json()) as { error?: { code?: unknown } };
    return body.error?.code === 'csrf_failed';
  } catch {
    return false;
  }
}

/**
 * The fetch the typed client uses: same-origin cookies, and the CSRF header on every change. When the
 * server rejects the token (another tab signed in or out), it fetches the current one and tries once
 * more; the server refuses before doing anything, so repeating is safe.
 */
const apiFetch: typeof fetch = async (input, init = {}) => {
  const method = (init.method ?? 'GET').toUpperCase();
  const headers = new Headers(init.headers);
  headers.set('Accept', 'application/json');
  if (SAFE_METHODS.has(method)) return send(input, { ...init, headers });

  headers.set(CSRF_HEADER, csrfToken ?? (await fetchCsrfToken()));
  const response = await send(input, { ...init, headers });
  if (!(await isCsrfFailure(response))) return response;
  headers.set(CSRF_HEADER, await fetchCsrfToken());
  return send(input, { ...init, headers });
};

/** The typed API client; its routes and shapes come from the server's `AppType`. */
export const api = hc<AppType>('/', { fetch: apiFetch });

type AnyClientResponse = ClientResponse<unknown, number, ResponseFormat>;

/** The JSON body of the successful (2xx) answers a typed client call can give. */
export type SuccessBody<R> =
  R extends ClientResponse<infer T, infer S, infer _F> ? (S extends SuccessStatusCode ? T : never) : never;

/**
 * Awaits a typed client call and returns its success body; any other answer becomes an `ApiError`.
 * A lost session (401) also tells the session store, which sends the user to the sign-in page.
 */
export async function call<R extends AnyClientResponse>(request: Promise<R>): Promise<SuccessBody<R>> {
  const response = await request;
  if (response.ok) return (await response.json()) as SuccessBody<R>;
  const error = await errorFromResponse(response as unknown as Response);
  if (error.status === 401 && (error.code === 'session_expired' || error.code === 'unauthenticated')) {
    onSignedOut?.(error.code);
  }
  throw error;
}
