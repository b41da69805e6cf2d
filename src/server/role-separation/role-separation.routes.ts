import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../http/app-env';
import { commonErrors, jsonBody, jsonContent } from '../http/openapi';
import { requestContext } from '../http/request-context';
import { defineRoute, inMunicipality } from '../http/route';
import { RoleSeparationSchema } from './role-separation.schema';
import { readRoleSeparation, updateRoleSeparation } from './role-separation.service';

const tags = ['Privacy'];

const getRoleSeparation = defineRoute({
  method: 'get',
  path: '/api/privacy/role-separation',
  tags,
  summary: 'Whether the municipality’s field workers may also carry out authority tasks',
  access: inMunicipality('org.read'),
  responses: { 200: jsonContent(RoleSeparationSchema, 'Role separation'), ...commonErrors },
});

const putRoleSeparation = defineRoute({
  method: 'put',
  path: '/api/privacy/role-separation',
  tags,
  summary: 'Set whether field workers may also carry out authority tasks (audited)',
  access: inMunicipality('privacy.manage'),
  request: jsonBody(RoleSeparationSchema),
  responses: { 200: jsonContent(RoleSeparationSchema, 'Role separation'), ...commonErrors },
});

export const roleSeparationRoutes = new OpenAPIHono<AppEnv>()
  .openapi(getRoleSeparation, async (c) =>
    c.json(await readRoleSeparation(c.var.deps.db, requestContext(c)), 200),
  )
  .openapi(putRoleSeparation, async (c) =>
    c.json(await updateRoleSeparation(c.var.deps.db, requestContext(c), c.req.valid('json')), 200),
  );
