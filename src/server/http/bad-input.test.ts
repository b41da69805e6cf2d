import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorCode, type TestApp, type TestClient } from '../../../test/support/test-app';
import { declaredRoutes } from './route';

let t: TestApp;
let admin: TestClient;
beforeAll(async () => {
  t = await createTestApp({ MAX_BODY_BYTES: '4096' });
  admin = await t.signedIn('admin@demo.faltlogg.se');
});
afterAll(() => t.close());

describe('bad input gets a 4xx with a stable code, never a 500', () => {
  it('malformed JSON', async () => {
    const response = await admin.request('POST', '/api/administrations', '{"name": "Ny', {
      'content-type': 'application/json',
    });
    expect(response.status).toBe(400);
    expect(await errorCode(response)).toBe('malformed_json');
  });

  it('unknown fields', async () => {
    const response = await admin.post('/api/administrations', { name: 'Ny', isAdmin: true });
    const body = await response.json();
    expect(response.status).toBe(400);
    expect(body.error.code).toBe('validation_failed');
    expect(JSON.stringify(body.error.issues)).toContain('isAdmin');
  });

  it('wrong types and missing fields, one issue per field', async () => {
    const response = await admin.post('/api/users', { email: 42, roles: 'all' });
    const body = await response.json();
    expect(response.status).toBe(400);
    const paths = body.error.issues.map((issue: { path: string }) => issue.path).sort();
    expect(paths).toEqual(['displayName', 'email', 'password', 'roles']);
  });

  it('a body that is not JSON at all', async () => {
    const response = await admin.request('POST', '/api/administrations', 'name=Ny', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(response.status).toBe(415);
    expect(await errorCode(response)).toBe('unsupported_media_type');
  });

  it('an oversize body', async () => {
    const response = await admin.post('/api/administrations', { name: 'x'.repeat(10_000) });
    expect(response.status).toBe(413);
    expect(await errorCode(response)).toBe('payload_too_large');
  });

  it('a bad query parameter', async () => {
    const response = await admin.get('/api/users?includeInactive=maybe');
    expect(response.status).toBe(400);
    expect(await errorCode(response)).toBe('validation_failed');
  });

  it('an unknown API route', async () => {
    const response = await admin.get('/api/nothing-here');
    expect(response.status).toBe(404);
    expect(await errorCode(response)).toBe('route_not_found');
  });

  it('leaks no stack trace or SQL in any error', async () => {
    const response = await admin.patch('/api/units/not-a-uuid', { name: 'x' });
    const text = await response.text();
    expect(response.status).toBe(400);
    expect(text).not.toMatch(/at .*\.ts:|select |insert |stack/i);
  });

  it('any JSON body to any write route: a 2xx or 4xx, never a 500', async () => {
    const writes = [...declaredRoutes.values()].filter(
      (r) => ['POST', 'PATCH', 'PUT'].includes(r.method) && !r.path.includes('sign-'),
    );
    const path = (p: string) =>
      p
        .replace(':unitId', t.ids.unit.south)
        .replace(':administrationId', t.ids.administration.south)
        .replace(':userId', t.ids.user('falt2@demo.faltlogg.se'));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...writes), fc.jsonValue({ maxDepth: 3 }), async (route, body) => {
        const response = await admin.request(route.method, path(route.path), JSON.stringify(body), {
          'content-type': 'application/json',
        });
        expect(response.status, `${route.method} ${route.path} ${JSON.stringify(body)}`).toBeLessThan(500);
        if (response.status >= 400) expect(await errorCode(response)).toMatch(/^[a-z_]+$/);
      }),
      { numRuns: 150 },
    );
  });
});
