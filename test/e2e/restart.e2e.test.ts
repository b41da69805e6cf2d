import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/server/demo/demo-organisation';
import { startServer } from './server-process';

let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'faltlogg-restart-'));
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

/** Runs the server on the shared data directory until `work` is done, then stops it. */
async function withServer<T>(work: (base: string) => Promise<T>): Promise<{ result: T; output: string }> {
  const server = await startServer(dataDir, { LOG_LEVEL: 'info' });
  try {
    return { result: await work(server.baseUrl), output: server.output() };
  } finally {
    await server.stop();
  }
}

async function signedInFetch(base: string) {
  const session = await fetch(`${base}/api/auth/session`);
  const csrf = ((await session.json()) as { csrfToken: string }).csrfToken;
  const signIn = await fetch(`${base}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrf, cookie: `faltlogg_csrf=${csrf}` },
    body: JSON.stringify({ email: 'admin@demo.faltlogg.se', password: DEMO_PASSWORD }),
  });
  expect(signIn.status).toBe(200);
  const token = ((await signIn.json()) as { csrfToken: string }).csrfToken;
  const cookie = signIn.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return (url: string, init: RequestInit = {}) =>
    fetch(`${base}${url}`, {
      ...init,
      headers: { ...init.headers, cookie, 'x-csrf-token': token, 'content-type': 'application/json' },
    });
}

describe('the embedded database across restarts', () => {
  it('seeds Demo stad once, prints the logins, and keeps every change after a restart', async () => {
    const first = await withServer(async (base) => {
      const api = await signedInFetch(base);
      const response = await api('/api/administrations', {
        method: 'POST',
        body: JSON.stringify({ name: 'Kvar efter omstart' }),
      });
      expect(response.status).toBe(201);
    });
    expect(first.output).toContain('admin@demo.faltlogg.se');
    expect(first.output).toContain(DEMO_PASSWORD);

    const second = await withServer(async (base) => {
      const api = await signedInFetch(base);
      const tree = (await (await api('/api/organisation')).json()) as { administrations: { name: string }[] };
      return tree.administrations.map((a) => a.name);
    });
    expect(second.result).toContain('Kvar efter omstart');
    expect(second.result).toHaveLength(4);
    expect(second.output).not.toContain('Demo data created');
  });
});
