import { Validator } from '@seriousme/openapi-schema-validator';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app';
import { loadConfig } from '../config';
import { MIGRATION_NAMES } from '../db/migrate';
import { declaredRoutes } from '../http/route';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('operations', () => {
  it('reports the database in /api/health', async () => {
    const response = await t.client().get('/api/health');
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ status: 'ok', database: { status: 'up', kind: t.deps.dbKind } });
    const known = MIGRATION_NAMES.length;
    expect(body.migrations).toEqual({ status: 'current', applied: known, known });
  });

  it('is not ok on a database that lacks the last migration, or every migration', async () => {
    const behind = await createTestApp();
    try {
      const known = MIGRATION_NAMES.length;
      await sql`delete from kysely_migration where name = ${MIGRATION_NAMES.at(-1)}`.execute(behind.db);
      const response = await behind.client().get('/api/health');
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({
        status: 'unavailable',
        database: { status: 'up' },
        migrations: { status: 'behind', applied: known - 1, known },
      });
      // An empty schema: not even the migration table.
      await sql`drop table kysely_migration`.execute(behind.db);
      const empty = await behind.client().get('/api/health');
      expect(empty.status).toBe(503);
      expect((await empty.json()).migrations).toEqual({ status: 'behind', applied: 0, known });
    } finally {
      await behind.close();
    }
  });

  it('reports 503 when the database is gone', async () => {
    const broken = await createTestApp();
    await broken.close();
    const response = await broken.client().get('/api/health');
    expect(response.status).toBe(503);
    expect((await response.json()).database.status).toBe('down');
  });

  it('serves Prometheus metrics with request counts by route pattern', async () => {
    const client = t.client();
    await client.get('/api/health');
    const text = await (await client.get('/metrics')).text();
    expect(text).toContain('faltlogg_http_requests_total{method="GET",route="/api/health",status="200"}');
    expect(text).toContain('faltlogg_process_cpu_user_seconds_total');
  });

  it('asks for the bearer token when METRICS_TOKEN is set, and compares it exactly', async () => {
    const token = 'a-metrics-token-of-some-length';
    const guarded = t.anotherInstance({ METRICS_TOKEN: token }).client();
    const withAuth = (value: string) =>
      guarded.request('GET', '/metrics', undefined, { authorization: value });
    const missing = await guarded.get('/metrics');
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect((await missing.json()).error.code).toBe('metrics_token_required');
    for (const wrong of [
      `Bearer ${token}x`,
      `Bearer ${token.slice(0, -1)}`,
      token,
      `Basic ${token}`,
      'Bearer ',
    ]) {
      expect((await withAuth(wrong)).status, wrong).toBe(401);
    }
    const right = await withAuth(`Bearer ${token}`);
    expect(right.status).toBe(200);
    expect(await right.text()).toContain('faltlogg_http_requests_total');
  });

  it('does not serve metrics in production without a token, as if the path did not exist', async () => {
    const production = t.anotherInstance({ NODE_ENV: 'production' }).client();
    const metrics = await production.get('/metrics');
    expect(metrics.status).toBe(404);
    // What the app's fallback answers /metrics when no route serves it (app.ts, serveWebApp).
    expect(await metrics.text()).toBe('Not found');
    const withToken = t.anotherInstance({
      NODE_ENV: 'production',
      METRICS_TOKEN: 'production-metrics-token',
    });
    const scraped = await withToken
      .client()
      .request('GET', '/metrics', undefined, { authorization: 'Bearer production-metrics-token' });
    expect(scraped.status).toBe(200);
  });

  it('refuses a METRICS_TOKEN too short to be a secret', () => {
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
  });

  it('publishes a valid OpenAPI 3.1 document of every route, with its access rule', async () => {
    const document = await (await t.client().get('/api/openapi.json')).json();
    expect(document.openapi).toBe('3.1.0');
    const result = await new Validator().validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    for (const route of declaredRoutes.values()) {
      const openApiPath = route.path.replaceAll(/:(\w+)/g, '{$1}');
      const operation = document.paths[openApiPath]?.[route.method.toLowerCase()];
      expect(operation, `${route.method} ${route.path}`).toBeDefined();
      expect(operation['x-faltlogg-access']).toEqual(route.access);
    }
  });
});
