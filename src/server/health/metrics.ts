import type { MiddlewareHandler } from 'hono';
import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import type { AppEnv } from '../http/app-env';

export type Metrics = { registry: Registry; middleware: MiddlewareHandler<AppEnv> };

/** A registry of our own (not prom-client's global one), so tests can build many apps side by side. */
export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'faltlogg_' });
  const requests = new Counter({
    name: 'faltlogg_http_requests_total',
    help: 'HTTP requests by method, route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'faltlogg_http_request_duration_seconds',
    help: 'HTTP request duration by method and route pattern',
    labelNames: ['method', 'route'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const middleware: MiddlewareHandler<AppEnv> = async (c, next) => {
    const started = performance.now();
    await next();
    // The route pattern, not the URL: ids in paths would explode the label set.
    const route = c.req.path.startsWith('/api/') || c.req.path === '/metrics' ? c.req.routePath : 'static';
    const labels = { method: c.req.method, route };
    requests.inc({ ...labels, status: String(c.res.status) });
    duration.observe(labels, (performance.now() - started) / 1000);
  };
  return { registry, middleware };
}
