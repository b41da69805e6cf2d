import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { OpenAPIHono, z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { activityRoutes } from './activities/activity.routes';
import { auditRoutes } from './audit/audit.routes';
import { authRoutes } from './auth/auth.routes';
import { sessionMiddleware } from './auth/session-middleware';
import { categoryRoutes } from './categories/category.routes';
import { competenceRoutes } from './competence/competence.routes';
import { concernRoutes } from './concerns/concern.routes';
import { disclosureRoutes } from './disclosure/disclosure.routes';
import { guidanceRoutes } from './guidance/guidance.routes';
import { healthRoutes } from './health/health.routes';
import type { AppDeps, AppEnv } from './http/app-env';
import { noStoreForApi } from './http/cache-control';
import { handleError, validationHook } from './http/error-handler';
import { AppError, errorBody } from './http/errors';
import { jsonContent } from './http/openapi';
import { defineRoute, publicAccess } from './http/route';
import { textCheck } from './http/text-check';
import { oidcRoutes } from './oidc/oidc.routes';
import { organisationRoutes } from './organisation/organisation.routes';
import { planRoutes } from './plans/plan.routes';
import { populationRoutes } from './population/population.routes';
import { registerRequestRoutes } from './privacy/register-request.routes';
import { retentionRoutes } from './privacy/retention.routes';
import { researchExportRoutes } from './research-export/research-export.routes';
import { riskNightRoutes } from './risk-nights/risk-nights.routes';
import { roleSeparationRoutes } from './role-separation/role-separation.routes';
import { secondFactorRoutes } from './second-factor/second-factor.routes';
import { shiftRoutes } from './shifts/shift.routes';
import { statisticsRoutes } from './statistics/statistics.routes';
import { supportRoutes } from './support/support.routes';
import { userRoutes } from './users/users.routes';

/** All API routes. Its type is what the web app's typed client is built from. */
function mountApi(app: OpenAPIHono<AppEnv>) {
  return app
    .route('/', authRoutes)
    .route('/', secondFactorRoutes)
    .route('/', oidcRoutes)
    .route('/', organisationRoutes)
    .route('/', userRoutes)
    .route('/', categoryRoutes)
    .route('/', shiftRoutes)
    .route('/', activityRoutes)
    .route('/', competenceRoutes)
    .route('/', planRoutes)
    .route('/', riskNightRoutes)
    .route('/', supportRoutes)
    .route('/', guidanceRoutes)
    .route('/', roleSeparationRoutes)
    .route('/', retentionRoutes)
    .route('/', registerRequestRoutes)
    .route('/', statisticsRoutes)
    .route('/', disclosureRoutes)
    .route('/', researchExportRoutes)
    .route('/', populationRoutes)
    .route('/', auditRoutes)
    .route('/', concernRoutes)
    .route('/', healthRoutes);
}

export type AppType = ReturnType<typeof mountApi>;

const getOpenApi = defineRoute({
  method: 'get',
  path: '/api/openapi.json',
  tags: ['Operations'],
  summary: 'This document',
  access: publicAccess,
  responses: { 200: jsonContent(z.record(z.string(), z.unknown()), 'OpenAPI 3.1 document') },
});

export function createApp(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.use('*', requestId(), async (c, next) => {
    c.set('deps', deps);
    const started = performance.now();
    await next();
    deps.logger.debug(
      {
        requestId: c.var.requestId,
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round(performance.now() - started),
      },
      'request',
    );
  });
  app.use('*', deps.metrics.middleware);
  // Outside everything else, so that errors, 304s and refusals get it too.
  app.use('/api/*', noStoreForApi());
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        manifestSrc: ["'self'"],
        workerSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
      },
    }),
  );
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: deps.config.maxBodyBytes,
      onError: () => {
        throw new AppError(
          413,
          'payload_too_large',
          `The request body exceeds ${deps.config.maxBodyBytes} bytes`,
        );
      },
    }),
  );
  // Before any route reads input: NUL and lone surrogates are refused here, once, for all of them.
  app.use('*', textCheck());
  app.use('/api/*', sessionMiddleware());

  const api = mountApi(app);
  api.openapi(getOpenApi, (c) =>
    c.json(
      app.getOpenAPI31Document({
        openapi: '3.1.0',
        info: {
          title: 'Fältlogg API',
          version: '0.1.0',
          description:
            'Planning, logging and follow-up of social field work with young people. Sign in with a session ' +
            'cookie; send X-CSRF-Token (from GET /api/auth/session) with every change. Errors are ' +
            '{ error: { code, message, issues? } } with stable codes.',
        },
      }) as unknown as Record<string, unknown>,
      200,
    ),
  );

  app.notFound((c) => {
    if (c.req.path.startsWith('/api/')) {
      return c.json(errorBody(new AppError(404, 'route_not_found', 'No such API route')), 404);
    }
    return c.text('Not found', 404);
  });
  app.onError(handleError);
  serveWebApp(app, deps.config.webDir);
  return app;
}

/**
 * Serves the built web app, and its index.html for any other path so the client-side router can
 * take over. Hashed assets are cached for a year; index.html and the service worker never are.
 */
function serveWebApp(app: OpenAPIHono<AppEnv>, webDir: string) {
  const root = path.resolve(webDir);
  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.ok) c.header('Cache-Control', 'public, max-age=31536000, immutable');
  });
  if (existsSync(root)) {
    app.use(
      '*',
      serveStatic({
        root,
        onFound: (filePath, c) => {
          if (!filePath.includes(`${path.sep}assets${path.sep}`)) c.header('Cache-Control', 'no-cache');
        },
      }),
    );
  }
  app.get('*', async (c) => {
    if (c.req.path.startsWith('/api/') || c.req.path === '/metrics') return c.notFound();
    try {
      const html = await readFile(path.join(root, 'index.html'), 'utf8');
      c.header('Cache-Control', 'no-cache');
      return c.html(html);
    } catch {
      return c.text('The web app is not built yet: run `npm run build:web` (npm start does this).', 503);
    }
  });
}
