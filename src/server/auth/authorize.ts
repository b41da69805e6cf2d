import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../http/app-env';
import { Forbidden, NotFound, Unauthenticated } from '../http/errors';
import type { Access } from '../http/route';
import { findAdministrationScope, findUnitScope } from '../organisation/organisation.repository';
import { canAcrossMunicipality, canInAdministration, canInUnit, hasPermission } from './actor';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Enforces a route's declared access. A missing permission is 403; a unit or administration outside
 * the caller's reach is 404, exactly like one that does not exist, so ids cannot be probed.
 */
export function authorize(access: Access): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (access.kind === 'public') return next();
    const actor = c.var.actor;
    if (!actor) {
      if (c.var.sessionEnded)
        throw new Unauthenticated('session_expired', 'The session has ended; sign in again');
      throw new Unauthenticated();
    }
    if (access.kind === 'signedIn') return next();
    if (!hasPermission(actor, access.permission)) throw new Forbidden();
    switch (access.kind) {
      case 'municipality':
        return next();
      case 'wholeMunicipality':
        if (!canAcrossMunicipality(actor, access.permission)) throw new Forbidden();
        return next();
      case 'unit': {
        const id = c.req.param(access.param) ?? '';
        const unit = UUID.test(id) ? await findUnitScope(c.var.deps.db, actor.municipalityId, id) : null;
        if (!unit || !canInUnit(actor, access.permission, unit)) throw new NotFound('Unit');
        return next();
      }
      case 'administration': {
        const id = c.req.param(access.param) ?? '';
        const found =
          UUID.test(id) && (await findAdministrationScope(c.var.deps.db, actor.municipalityId, id));
        if (!found || !canInAdministration(actor, access.permission, id))
          throw new NotFound('Administration');
        return next();
      }
      default: {
        const unreachable: never = access;
        throw new Error(`Unknown access kind ${JSON.stringify(unreachable)}`);
      }
    }
  };
}
