import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/support/test-app';
import { CACHEABLE_API_PATHS } from './cache-control';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Operation = { method: string; path: string; url: string };

/** Every operation in the app's own OpenAPI document, path parameters filled in. */
async function everyOperation(client: TestClient): Promise<Operation[]> {
  const document = (await (await client.get('/api/openapi.json')).json()) as {
    paths: Record<string, Record<string, unknown>>;
  };
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const method of Object.keys(methods)) {
      // Real ids where the caller's own places are named, so many calls get past access checks and
      // answer with data; any other id is a random one (a 404 must not be cached either).
      const url = path.replaceAll(/{(\w+)}/g, (_, name: string) => {
        if (name === 'unitId') return t.ids.unit.centre;
        if (name === 'administrationId') return t.ids.administration.north;
        if (name === 'userId') return t.ids.user('falt@demo.faltlogg.se');
        return crypto.randomUUID();
      });
      operations.push({ method: method.toUpperCase(), path, url });
    }
  }
  // Signing out last, so every other call is made signed in.
  return operations.sort(
    (a, b) => Number(a.path.endsWith('/sign-out')) - Number(b.path.endsWith('/sign-out')),
  );
}

describe('Cache-Control on the API', () => {
  it('is no-store on every route of the OpenAPI document but the public, cacheable ones', async () => {
    const signedIn = [
      await t.signedIn('admin@demo.faltlogg.se'),
      await t.signedIn('falt@demo.faltlogg.se'),
      await t.signedIn('chef@demo.faltlogg.se'),
    ];
    const operations = await everyOperation(signedIn[0] as TestClient);
    expect(operations.length).toBeGreaterThan(50);
    const wrong: string[] = [];
    const statuses = new Set<number>();
    for (const client of signedIn) {
      for (const { method, path, url } of operations) {
        if (path === '/metrics') continue; // not an /api/ route: see health.test.ts
        const response = await client.request(method, url, method === 'GET' ? undefined : {});
        statuses.add(response.status);
        const header = response.headers.get('cache-control');
        if (CACHEABLE_API_PATHS.has(path)) continue;
        if (header !== 'no-store') wrong.push(`${method} ${path} → ${response.status}: ${header}`);
      }
    }
    expect(wrong).toEqual([]);
    // The walk reached answers with data, refusals and validation errors alike.
    for (const status of [200, 400, 404]) expect(statuses).toContain(status);
  });

  it('lets only documents that are the same for everyone be cached', async () => {
    const client = t.client();
    expect((await client.get('/api/disclosure/method')).headers.get('cache-control')).toBe(
      'public, max-age=3600',
    );
    expect((await client.get('/api/auth/session')).headers.get('cache-control')).toBe('no-store');
    expect((await client.get('/api/health')).headers.get('cache-control')).toBe('no-store');
    expect((await client.get('/api/no-such-route')).headers.get('cache-control')).toBe('no-store');
  });

  it('keeps the shift list’s ETag: a client sending it back gets 304, also no-store', async () => {
    const client = await t.signedIn('falt@demo.faltlogg.se');
    const url = `/api/units/${t.ids.unit.centre}/shifts?from=2026-01-01T00:00:00Z&to=2026-04-01T00:00:00Z`;
    const first = await client.get(url);
    expect(first.status).toBe(200);
    const tag = first.headers.get('etag');
    expect(tag).toBeTruthy();
    const again = await client.request('GET', url, undefined, { 'if-none-match': tag ?? '' });
    expect(again.status).toBe(304);
    expect(again.headers.get('cache-control')).toBe('no-store');
  });
});
