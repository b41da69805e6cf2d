import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../http/app-env';
import { commonErrors, conflictError, idParam, jsonBody, jsonContent } from '../http/openapi';
import { requestContext } from '../http/request-context';
import { defineRoute, inMunicipality } from '../http/route';
import {
  AdministrationSchema,
  AreaListSchema,
  CreateAdministrationSchema,
  CreateUnitSchema,
  IncludeInactiveQuery,
  OrganisationTreeSchema,
  UnitSchema,
  UpdateAdministrationSchema,
  UpdateUnitSchema,
} from './organisation.schema';
import * as organisation from './organisation.service';

const tags = ['Organisation'];
const AdministrationOnly = AdministrationSchema.omit({ units: true });

const getTree = defineRoute({
  method: 'get',
  path: '/api/organisation',
  tags,
  summary: 'The municipality’s administrations and field units',
  access: inMunicipality('org.read'),
  request: { query: IncludeInactiveQuery },
  responses: { 200: jsonContent(OrganisationTreeSchema, 'The organisation tree'), ...commonErrors },
});

const getAreas = defineRoute({
  method: 'get',
  path: '/api/areas',
  tags,
  summary: 'Geographic areas the units work in',
  access: inMunicipality('org.read'),
  request: { query: IncludeInactiveQuery },
  responses: { 200: jsonContent(AreaListSchema, 'Areas with GeoJSON geometry'), ...commonErrors },
});

const postAdministration = defineRoute({
  method: 'post',
  path: '/api/administrations',
  tags,
  summary: 'Create an administration',
  access: inMunicipality('org.manage'),
  request: jsonBody(CreateAdministrationSchema),
  responses: { 201: jsonContent(AdministrationOnly, 'Created'), ...commonErrors, ...conflictError },
});

const patchAdministration = defineRoute({
  method: 'patch',
  path: '/api/administrations/{administrationId}',
  tags,
  summary: 'Rename, deactivate or reactivate an administration',
  access: inMunicipality('org.manage'),
  request: { params: idParam('administrationId'), ...jsonBody(UpdateAdministrationSchema) },
  responses: { 200: jsonContent(AdministrationOnly, 'Updated'), ...commonErrors, ...conflictError },
});

const postUnit = defineRoute({
  method: 'post',
  path: '/api/units',
  tags,
  summary: 'Create a field unit',
  access: inMunicipality('org.manage'),
  request: jsonBody(CreateUnitSchema),
  responses: { 201: jsonContent(UnitSchema, 'Created'), ...commonErrors, ...conflictError },
});

const patchUnit = defineRoute({
  method: 'patch',
  path: '/api/units/{unitId}',
  tags,
  summary: 'Rename, move, deactivate or reactivate a field unit',
  access: inMunicipality('org.manage'),
  request: { params: idParam('unitId'), ...jsonBody(UpdateUnitSchema) },
  responses: { 200: jsonContent(UnitSchema, 'Updated'), ...commonErrors, ...conflictError },
});

export const organisationRoutes = new OpenAPIHono<AppEnv>()
  .openapi(getTree, async (c) => {
    const { includeInactive } = c.req.valid('query');
    return c.json(
      await organisation.getOrganisationTree(c.var.deps.db, requestContext(c).actor, includeInactive),
      200,
    );
  })
  .openapi(getAreas, async (c) => {
    const { includeInactive } = c.req.valid('query');
    return c.json(await organisation.listAreas(c.var.deps.db, requestContext(c).actor, includeInactive), 200);
  })
  .openapi(postAdministration, async (c) => {
    const created = await organisation.createAdministration(
      c.var.deps.db,
      requestContext(c),
      c.req.valid('json'),
    );
    return c.json(created, 201);
  })
  .openapi(patchAdministration, async (c) => {
    const { administrationId } = c.req.valid('param');
    const updated = await organisation.updateAdministration(
      c.var.deps.db,
      requestContext(c),
      administrationId,
      c.req.valid('json'),
    );
    return c.json(updated, 200);
  })
  .openapi(postUnit, async (c) => {
    return c.json(await organisation.createUnit(c.var.deps.db, requestContext(c), c.req.valid('json')), 201);
  })
  .openapi(patchUnit, async (c) => {
    const { unitId } = c.req.valid('param');
    return c.json(
      await organisation.updateUnit(c.var.deps.db, requestContext(c), unitId, c.req.valid('json')),
      200,
    );
  });
