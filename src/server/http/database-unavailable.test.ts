import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app';
import {
  appOnPostgresAt,
  closedPort,
  type HangingServer,
  hangingServer,
} from '../../../test/support/unreachable-database';

type ErrorBody = { error: { code: string; message: string } };

/** Sends a request and times it. */
async function timed(
  app: { request: (path: string, init?: RequestInit) => Response | Promise<Response> },
  path: string,
  init?: RequestInit,
) {
  const started = performance.now();
  const response = await app.request(path, init);
  return { response, ms: performance.now() - started };
}

async function expectUnavailable(response: Response, code = 'database_unavailable') {
  const text = await response.text();
  expect(response.status, text).toBe(503);
  const body = JSON.parse(text) as ErrorBody;
  expect(body.error.code).toBe(code);
  expect(response.headers.get('Retry-After')).toMatch(/^\d+$/);
  // Nothing about the database leaks: no stack, no address, no password, no driver message.
  expect(text).not.toMatch(/ECONN|127\.0\.0\.1|secret-password|timeout expired|terminated|at .*\.ts/i);
}

const signIn = (csrf = 'x') => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', cookie: `faltlogg_csrf=${csrf}`, 'x-csrf-token': csrf },
  body: JSON.stringify({ email: 'admin@demo.faltlogg.se', password: 'demo-faltlogg' }),
});

describe('a database that refuses connections', () => {
  let broken: ReturnType<typeof appOnPostgresAt>;
  beforeAll(async () => {
    broken = appOnPostgresAt(await closedPort());
  });
  afterAll(() => broken.close());

  it('answers sign-in with 503 database_unavailable at once, not 500', async () => {
    const { response, ms } = await timed(broken.app, '/api/auth/sign-in', signIn());
    await expectUnavailable(response);
    expect(ms).toBeLessThan(2_000);
  });

  it('answers a signed-in request (the session lookup fails) the same way', async () => {
    const { response } = await timed(broken.app, '/api/organisation', {
      headers: { cookie: 'faltlogg_session=some-token' },
    });
    await expectUnavailable(response);
  });

  it('reports the database down in /api/health, without migrations it cannot know', async () => {
    const { response, ms } = await timed(broken.app, '/api/health');
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      status: 'unavailable',
      database: { status: 'down', kind: 'postgres' },
    });
    expect(ms).toBeLessThan(2_000);
  });
});

describe('a database that accepts connections and never answers', () => {
  let hanging: HangingServer;
  let app: ReturnType<typeof appOnPostgresAt>;
  beforeAll(async () => {
    hanging = await hangingServer();
    // Health gives up well before the pool's connect timeout: it has its own.
    app = appOnPostgresAt(hanging.port, { DATABASE_CONNECT_TIMEOUT_MS: '1500', HEALTH_TIMEOUT_MS: '300' });
  });
  afterAll(async () => {
    await app.close();
    await hanging.close();
  });

  it('answers /api/health 503 within its own timeout', async () => {
    const { response, ms } = await timed(app.app, '/api/health');
    expect(response.status).toBe(503);
    expect((await response.json()).database.status).toBe('down');
    expect(ms).toBeGreaterThanOrEqual(250);
    expect(ms).toBeLessThan(1_400);
    expect(hanging.connections()).toBeGreaterThan(0);
  });

  it('answers a request 503 database_unavailable once the connect timeout passes', async () => {
    const { response, ms } = await timed(app.app, '/api/auth/sign-in', signIn());
    await expectUnavailable(response);
    expect(ms).toBeGreaterThanOrEqual(1_400);
    expect(ms).toBeLessThan(4_000);
  });

  it('does not pile up: a full pool answers 503 too, each within the connect timeout', async () => {
    const started = performance.now();
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => app.app.request('/api/auth/sign-in', signIn())),
    );
    expect(answers.map((response) => response.status)).toEqual(Array(6).fill(503));
    // Two connections (the pool's size) wait 1.5 s; the four queued behind them wait as long.
    expect(performance.now() - started).toBeLessThan(4_500);
  });
});

describe('the database the app was given is gone (pool destroyed)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await t.close();
  });

  it('answers 503 database_unavailable, on PGlite and PostgreSQL alike', async () => {
    await expectUnavailable(await t.app.request('/api/auth/sign-in', signIn()));
    await expectUnavailable(
      await t.app.request('/api/organisation', { headers: { cookie: 'faltlogg_session=some-token' } }),
    );
  });
});
