import { createHash, timingSafeEqual } from 'node:crypto';
import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { MIGRATION_NAMES } from '../db/migrate';
import type { AppEnv } from '../http/app-env';
import { AppError } from '../http/errors';
import { ErrorSchema, jsonContent } from '../http/openapi';
import { defineRoute, publicAccess } from '../http/route';
import { type DatabaseHealth, readDatabaseHealth } from './health.repository';

const HealthSchema = z
  .object({
    status: z.enum(['ok', 'unavailable']).openapi({
      description: '`ok` only when the database answers and has every migration this version knows',
    }),
    database: z.object({
      status: z.enum(['up', 'down']),
      kind: z.enum(['pglite', 'postgres']),
      latencyMs: z.number().optional(),
    }),
    migrations: z
      .object({
        status: z.enum(['current', 'behind']),
        applied: z
          .number()
          .int()
          .openapi({ description: 'How many of the known migrations the database has' }),
        known: z.number().int().openapi({ description: 'How many migrations this version of the app knows' }),
      })
      .optional()
      .openapi({ description: 'Left out when the database does not answer' }),
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
    503: jsonContent(HealthSchema, 'The database does not answer in time, or lacks migrations'),
  },
});

const getMetrics = defineRoute({
  method: 'get',
  path: '/metrics',
  tags: ['Operations'],
  summary: 'Prometheus metrics',
  description:
    'With METRICS_TOKEN set, only for `Authorization: Bearer <METRICS_TOKEN>` (else 401 ' +
    'metrics_token_required); without it, open in development and test and absent (404) in production.',
  // The token is the access rule here: a scraper has no session.
  access: publicAccess,
  responses: {
    200: {
      description: 'Metrics in Prometheus text format',
      content: { 'text/plain': { schema: z.string() } },
    },
    401: jsonContent(ErrorSchema, 'No or the wrong bearer token'),
    404: { description: 'Production without METRICS_TOKEN: not served (as for any unknown path)' },
  },
});

/**
 * Whether the request may read the metrics. They are not personal data but tell an attacker a lot
 * (routes, error rates, memory, when sign-ins fail), so production never serves them openly.
 */
function metricsAllowed(c: Context<AppEnv>): boolean {
  const { token, openWithoutToken } = c.var.deps.config.metrics;
  if (token === null) return openWithoutToken;
  const sent = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '')?.[1]?.trim() ?? '';
  // Compared as digests, so the comparison takes the same time whatever the length sent.
  const digest = (text: string) => createHash('sha256').update(text).digest();
  if (!timingSafeEqual(digest(sent), digest(token))) {
    throw new AppError(401, 'metrics_token_required', 'Send the metrics token as a bearer token', undefined, {
      'WWW-Authenticate': 'Bearer realm="metrics"',
    });
  }
  return true;
}

/** The health check, or "down" once `ms` have passed: a hanging database must not hang the probe. */
async function healthWithin(read: Promise<DatabaseHealth>, ms: number): Promise<DatabaseHealth> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<DatabaseHealth>((resolve) => {
    timer = setTimeout(() => resolve({ up: false, error: `no answer within ${ms} ms` }), ms);
  });
  try {
    return await Promise.race([read, late]);
  } finally {
    clearTimeout(timer);
  }
}

export const healthRoutes = new OpenAPIHono<AppEnv>()
  .openapi(getHealth, async (c) => {
    const { db, dbKind: kind, config, logger } = c.var.deps;
    const health = await healthWithin(readDatabaseHealth(db, MIGRATION_NAMES), config.timeouts.healthMs);
    if (!health.up) {
      logger.error({ error: health.error }, 'database health check failed');
      return c.json({ status: 'unavailable' as const, database: { status: 'down' as const, kind } }, 503);
    }
    const known = MIGRATION_NAMES.length;
    const current = health.appliedMigrations === known;
    const body = {
      status: current ? ('ok' as const) : ('unavailable' as const),
      database: { status: 'up' as const, kind, latencyMs: health.latencyMs },
      migrations: {
        status: current ? ('current' as const) : ('behind' as const),
        applied: health.appliedMigrations,
        known,
      },
    };
    if (!current) {
      logger.error({ applied: health.appliedMigrations, known }, 'database lacks migrations');
      return c.json(body, 503);
    }
    return c.json(body, 200);
  })
  .openapi(getMetrics, async (c) => {
    // Not served at all: the same answer as any path the app does not have.
    if (!metricsAllowed(c)) return c.notFound();
    const { registry } = c.var.deps.metrics;
    return c.text(await registry.metrics(), 200, {
      'Content-Type': registry.contentType,
      'Cache-Control': 'no-store',
    });
  });
