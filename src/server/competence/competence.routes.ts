import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../http/app-env';
import { commonErrors, idParam, jsonBody, jsonContent } from '../http/openapi';
import { requestContext } from '../http/request-context';
import { defineRoute, inMunicipality, inUnit } from '../http/route';
import { CompetenceInputSchema, CompetenceSchema, UnitCompetenceSchema } from './competence.schema';
import { ownCompetence, saveOwnCompetence, saveStaffCompetence, unitCompetence } from './competence.service';

const tags = ['Competence'];

const unitOverview = defineRoute({
  method: 'get',
  path: '/api/units/{unitId}/competence',
  tags,
  summary: 'The unit’s staff with their introduction, education and courses, and counts without names',
  access: inUnit('competence.manage'),
  request: { params: idParam('unitId') },
  responses: { 200: jsonContent(UnitCompetenceSchema, 'The unit’s competence'), ...commonErrors },
});

const saveStaff = defineRoute({
  method: 'put',
  path: '/api/units/{unitId}/competence/{userId}',
  tags,
  summary: 'Keep one staff member’s competence record (the unit’s manager or an administrator)',
  access: inUnit('competence.manage'),
  request: { params: idParam('unitId').merge(idParam('userId')), ...jsonBody(CompetenceInputSchema) },
  responses: { 200: jsonContent(CompetenceSchema, 'Saved'), ...commonErrors },
});

const own = defineRoute({
  method: 'get',
  path: '/api/me/competence',
  tags,
  summary: 'One’s own competence record',
  access: inMunicipality('shifts.write'),
  responses: { 200: jsonContent(CompetenceSchema, 'The record'), ...commonErrors },
});

const saveOwn = defineRoute({
  method: 'put',
  path: '/api/me/competence',
  tags,
  summary: 'Keep one’s own competence record',
  access: inMunicipality('shifts.write'),
  request: jsonBody(CompetenceInputSchema),
  responses: { 200: jsonContent(CompetenceSchema, 'Saved'), ...commonErrors },
});

export const competenceRoutes = new OpenAPIHono<AppEnv>()
  .openapi(unitOverview, async (c) => {
    const { actor, now } = requestContext(c);
    return c.json(await unitCompetence(c.var.deps.db, actor, c.req.valid('param').unitId, now), 200);
  })
  .openapi(saveStaff, async (c) => {
    const { unitId, userId } = c.req.valid('param');
    return c.json(
      await saveStaffCompetence(c.var.deps.db, requestContext(c), unitId, userId, c.req.valid('json')),
      200,
    );
  })
  .openapi(own, async (c) => c.json(await ownCompetence(c.var.deps.db, requestContext(c).actor), 200))
  .openapi(saveOwn, async (c) =>
    c.json(await saveOwnCompetence(c.var.deps.db, requestContext(c), c.req.valid('json')), 200),
  );
