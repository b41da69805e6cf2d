import { OpenAPIHono, z } from '@hono/zod-openapi';
import { pingDatabase } from '../db/connect';
import type { AppEnv } from '../http/app-env';
import { jsonContent } from '../http/openapi';
import { defineRoute, publicAccess } from '../http/route';

const HealthSchema = z
  .object({
    status: z.enum(['ok', 'unavailable']),
    database: z.object({
      status: z.enum(['up', 'down']),
      kind: z.enum(['pglite', 'postgres']),
      latencyMs: z.number().optional(),
    }),
  })
  .openapi('Health');

const getHealth = defineRoute({
  method: 'get',
  path: '/api/health',
  tags: ['Operations'],
  summary: 'Whether the service and its database answer',
  access: publicAccess,
  responses: {
    200: jsonContent(HealthSchema, 'Healthy'),
    503: jsonContent(HealthSchema, 'The database does not answer'),
  },
});

const getMetrics = defineRoute({
  method: 'get',
  path: '/metrics',
  tags: ['Operations'],
  summary: 'Prometheus metrics',
  access: publicAccess,
  responses: {
    200: {
      description: 'Metrics in Prometheus text format',
      content: { 'text/plain': { schema: z.string() } },
    },
  },
});

export const healthRoutes = new OpenAPIHono<AppEnv>()
  .openapi(getHealth, async (c) => {
    const kind = c.var.deps.dbKind;
    const ping = await pingDatabase(c.var.deps.db);
    if (!ping.up) {
      c.var.deps.logger.error({ error: ping.error }, 'database health check failed');
      return c.json({ status: 'unavailable' as const, database: { status: 'down' as const, kind } }, 503);
    }
    return c.json(
      { status: 'ok' as const, database: { status: 'up' as const, kind, latencyMs: ping.latencyMs } },
      200,
    );
  })
  .openapi(getMetrics, async (c) => {
    const { registry } = c.var.deps.metrics;
    return c.text(await registry.metrics(), 200, { 'Content-Type': registry.contentType });
  });
