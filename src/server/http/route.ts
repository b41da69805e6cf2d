import { createRoute, type RouteConfig } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { authorize } from '../auth/authorize';
import type { Permission } from '../auth/permissions';
import { requireSecondFactor } from '../auth/second-factor';
import type { AppEnv } from './app-env';

/**
 * Who may call a route. `public` and `signedIn` need no permission; the others name the permission
 * and the scope the route acts on: the caller's whole municipality, or one unit or administration
 * named by a path parameter (which the caller's grants must reach).
 */
export type Access =
  | { kind: 'public' }
  | { kind: 'signedIn' }
  | { kind: 'municipality'; permission: Permission }
  /** The route reveals something about the whole municipality: the grant itself must be municipality-wide. */
  | { kind: 'wholeMunicipality'; permission: Permission }
  | { kind: 'unit'; permission: Permission; param: string }
  | { kind: 'administration'; permission: Permission; param: string };

export const publicAccess: Access = { kind: 'public' };
export const signedIn: Access = { kind: 'signedIn' };
export const inMunicipality = (permission: Permission): Access => ({ kind: 'municipality', permission });
export const acrossMunicipality = (permission: Permission): Access => ({
  kind: 'wholeMunicipality',
  permission,
});
export const inUnit = (permission: Permission, param = 'unitId'): Access => ({
  kind: 'unit',
  permission,
  param,
});
export const inAdministration = (permission: Permission, param = 'administrationId'): Access => ({
  kind: 'administration',
  permission,
  param,
});

export type DeclaredRoute = { method: string; path: string; access: Access; secondFactor: boolean };

/** Every route declared with `defineRoute`, keyed "METHOD /hono/:path". Tests check the app has no others. */
export const declaredRoutes = new Map<string, DeclaredRoute>();

export function routeKey(method: string, honoPath: string): string {
  return `${method.toUpperCase()} ${honoPath}`;
}

/**
 * Declares a route: its OpenAPI description, request and response schemas, and who may call it.
 * The access check runs before the request is parsed, so a caller without access learns nothing
 * from validation messages.
 */
export function defineRoute<const R extends Omit<RouteConfig, 'middleware'>>(
  config: R & {
    access: Access;
    /**
     * The route shows personal data (support contacts, reports of concern, the audit log, the
     * research export): where the municipality requires it, the session needs a second factor.
     */
    secondFactor?: true;
  },
): R & { middleware: MiddlewareHandler<AppEnv> } {
  const { access, secondFactor, ...route } = config;
  const honoPath = route.path.replaceAll(/\/{(.+?)}/g, '/:$1');
  declaredRoutes.set(routeKey(route.method, honoPath), {
    method: route.method.toUpperCase(),
    path: honoPath,
    access,
    secondFactor: secondFactor === true,
  });
  const withBodyRequired = requireBody(route as unknown as R);
  return createRoute({
    ...withBodyRequired,
    middleware: secondFactor ? guardStepUp(authorize(access)) : authorize(access),
    'x-faltlogg-access': access,
    ...(secondFactor ? { 'x-faltlogg-second-factor': true } : {}),
  } as R & { middleware: MiddlewareHandler<AppEnv> });
}

/** Access first, then the second factor: a caller without access learns nothing about the rule. */
function guardStepUp(access: MiddlewareHandler<AppEnv>): MiddlewareHandler<AppEnv> {
  const stepUp = requireSecondFactor();
  return (c, next) => access(c, () => stepUp(c, next).then(() => undefined));
}

/**
 * Without `required: true`, the OpenAPI validator skips a body whose content type is not JSON,
 * letting an unvalidated request through. Every body we declare is required.
 */
function requireBody<R extends Omit<RouteConfig, 'middleware'>>(route: R): R {
  const body = route.request?.body;
  if (!body) return route;
  return { ...route, request: { ...route.request, body: { ...body, required: true } } };
}

/** Paths the web app's static files and SPA fallback answer; they serve no data. */
const STATIC_PATHS = new Set(['*', '/*', '/assets/*']);

/**
 * Routes registered on the app without `defineRoute` (and so without an access rule).
 * Middleware (method ALL) and static file serving are not routes in this sense.
 */
export function undeclaredRoutes(app: { routes: { method: string; path: string }[] }): string[] {
  const keys = app.routes
    .filter((route) => route.method !== 'ALL' && !STATIC_PATHS.has(route.path))
    .map((route) => routeKey(route.method, route.path));
  return [...new Set(keys)].filter((key) => !declaredRoutes.has(key));
}
