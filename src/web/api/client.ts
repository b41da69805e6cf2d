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

/** Asks the user for a second factor; resolves true once this session has one, false if they gave up. */
export type StepUpHandler = (request: { enrolmentRequired: boolean }) => Promise<boolean>;
let stepUpHandler: StepUpHandler | null = null;
let pendingStepUp: Promise<boolean> | null = null;

/** Keeps the token the server wants echoed on every change; sign-in and sign-out hand out new ones. */
export function setCsrfToken(token: string): void {
  csrfToken = token;
}

/** Called when the server says the session is gone (401 session_expired or unauthenticated). */
export function onSessionLost(handler: (code: string) => void): void {
  onSignedOut = handler;
}

/** Registers the step-up dialog, which every `second_factor_required` answer opens. */
export function onSecondFactorRequired(handler: StepUpHandler | null): void {
  stepUpHandler = handler;
}

/**
 * Asks for a step-up once, however many requests were refused together (a page that loads a list
 * and a detail at once opens one dialog).
 */
export function requestStepUp(enrolmentRequired: boolean): Promise<boolean> {
  if (!stepUpHandler) return Promise.resolve(false);
  pendingStepUp ??= stepUpHandler({ enrolmentRequired }).finally(() => {
    pendingStepUp = null;
  });
  return pendingStepUp;
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

async function forbiddenError(response: Response): Promise<{ code?: unknown; enrolmentRequired?: unknown }> {
  if (response.status !== 403) return {};
  try {
    const body = (await response.clone().json()) as {
      error?: { code?: unknown; enrolmentRequired?: unknown };
    };
    return body.error ?? {};
  } catch {
    return {};
  }
}

async function isCsrfFailure(response: Response): Promise<boolean> {
  return (await forbiddenError(response)).code === 'csrf_failed';
}

/**
 * When the server wants a second factor for this, asks the user for one (the step-up dialog) and
 * sends the same request again, so whatever they were doing carries on. The guard refuses before
 * the route does anything, so repeating a change is safe.
 */
async function withStepUp(response: Response, again: () => Promise<Response>): Promise<Response> {
  const error = await forbiddenError(response);
  if (error.code !== 'second_factor_required') return response;
  return (await requestStepUp(error.enrolmentRequired === true)) ? again() : response;
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
  if (SAFE_METHODS.has(method)) {
    const read = () => send(input, { ...init, headers });
    return withStepUp(await read(), read);
  }

  const change = async () => {
    headers.set(CSRF_HEADER, csrfToken ?? (await fetchCsrfToken()));
    const response = await send(input, { ...init, headers });
    if (!(await isCsrfFailure(response))) return response;
    headers.set(CSRF_HEADER, await fetchCsrfToken());
    return send(input, { ...init, headers });
  };
  return withStepUp(await change(), change);
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
