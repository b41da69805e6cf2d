import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../http/app-env';
import { commonErrors, idParam, jsonBody, jsonContent } from '../http/openapi';
import { requestContext } from '../http/request-context';
import { acrossMunicipality, defineRoute, inMunicipality, inUnit } from '../http/route';
import { answerRiskNight, planRiskNightShift, unitRiskNights } from './risk-night-answers.service';
import {
  RiskNightAnswerInputSchema,
  RiskNightAnswerSchema,
  RiskNightCalendarSchema,
  RiskNightInputSchema,
  RiskNightSchema,
  SeedDefaultsSchema,
  SeededSchema,
  UnitRiskNightsSchema,
  YearQuerySchema,
} from './risk-nights.schema';
import {
  addRiskNight,
  editRiskNight,
  removeRiskNight,
  riskNightCalendar,
  seedDefaultRiskNights,
} from './risk-nights.service';

const tags = ['Risk nights'];
const nightParam = idParam('riskNightId');
const unitNightParams = idParam('unitId').merge(nightParam);

const calendar = defineRoute({
  method: 'get',
  path: '/api/risk-nights',
  tags,
  summary: 'The year’s risk nights with each night’s coverage: which units answered with how many staff',
  access: inMunicipality('riskNights.read'),
  request: { query: YearQuerySchema },
  responses: { 200: jsonContent(RiskNightCalendarSchema, 'The calendar'), ...commonErrors },
});

const add = defineRoute({
  method: 'post',
  path: '/api/risk-nights',
  tags,
  summary: 'Put out a risk night for the city or one administration',
  access: acrossMunicipality('riskNights.manage'),
  request: jsonBody(RiskNightInputSchema),
  responses: { 201: jsonContent(RiskNightSchema, 'Added'), ...commonErrors },
});

const seedDefaults = defineRoute({
  method: 'post',
  path: '/api/risk-nights/defaults',
  tags,
  summary: 'Add the default Swedish risk nights of a year (those already out are left alone)',
  access: acrossMunicipality('riskNights.manage'),
  request: jsonBody(SeedDefaultsSchema),
  responses: { 200: jsonContent(SeededSchema, 'The year’s nights'), ...commonErrors },
});

const edit = defineRoute({
  method: 'put',
  path: '/api/risk-nights/{riskNightId}',
  tags,
  summary: 'Move or rename a risk night',
  access: acrossMunicipality('riskNights.manage'),
  request: { params: nightParam, ...jsonBody(RiskNightInputSchema) },
  responses: { 200: jsonContent(RiskNightSchema, 'Saved'), ...commonErrors },
});

const remove = defineRoute({
  method: 'delete',
  path: '/api/risk-nights/{riskNightId}',
  tags,
  summary: 'Take a risk night off the calendar (answers and shifts made from it stay)',
  access: acrossMunicipality('riskNights.manage'),
  request: { params: nightParam },
  responses: { 200: jsonContent(RiskNightSchema, 'Removed; the night as it was'), ...commonErrors },
});

const unitNights = defineRoute({
  method: 'get',
  path: '/api/units/{unitId}/risk-nights',
  tags,
  summary: 'The risk nights the unit is asked about, with its own answers',
  access: inUnit('riskNights.read'),
  request: { params: idParam('unitId'), query: YearQuerySchema },
  responses: { 200: jsonContent(UnitRiskNightsSchema, 'The unit’s calendar'), ...commonErrors },
});

const answer = defineRoute({
  method: 'put',
  path: '/api/units/{unitId}/risk-nights/{riskNightId}/answer',
  tags,
  summary: 'Answer a risk night with the unit’s planned staffing (again: replaces the answer)',
  access: inUnit('riskNights.answer'),
  request: { params: unitNightParams, ...jsonBody(RiskNightAnswerInputSchema) },
  responses: { 200: jsonContent(RiskNightAnswerSchema, 'Saved'), ...commonErrors },
});

const planShift = defineRoute({
  method: 'post',
  path: '/api/units/{unitId}/risk-nights/{riskNightId}/shift',
  tags,
  summary: 'Turn the unit’s answer into a planned shift (once: a second call returns the same shift)',
  access: inUnit('riskNights.answer'),
  request: { params: unitNightParams },
  responses: {
    200: jsonContent(z.object({ created: z.boolean(), shiftId: z.uuid() }), 'The planned shift'),
    ...commonErrors,
  },
});

export const riskNightRoutes = new OpenAPIHono<AppEnv>()
  .openapi(calendar, async (c) =>
    c.json(await riskNightCalendar(c.var.deps.db, requestContext(c).actor, c.req.valid('query').year), 200),
  )
  .openapi(add, async (c) =>
    c.json(await addRiskNight(c.var.deps.db, requestContext(c), c.req.valid('json')), 201),
  )
  .openapi(seedDefaults, async (c) =>
    c.json(await seedDefaultRiskNights(c.var.deps.db, requestContext(c), c.req.valid('json').year), 200),
  )
  .openapi(edit, async (c) =>
    c.json(
      await editRiskNight(
        c.var.deps.db,
        requestContext(c),
        c.req.valid('param').riskNightId,
        c.req.valid('json'),
      ),
      200,
    ),
  )
  .openapi(remove, async (c) =>
    c.json(await removeRiskNight(c.var.deps.db, requestContext(c), c.req.valid('param').riskNightId), 200),
  )
  .openapi(unitNights, async (c) =>
    c.json(
      await unitRiskNights(
        c.var.deps.db,
        requestContext(c).actor,
        c.req.valid('param').unitId,
        c.req.valid('query').year,
      ),
      200,
    ),
  )
  .openapi(answer, async (c) => {
    const { unitId, riskNightId } = c.req.valid('param');
    return c.json(
      await answerRiskNight(c.var.deps.db, requestContext(c), unitId, riskNightId, c.req.valid('json')),
      200,
    );
  })
  .openapi(planShift, async (c) => {
    const { unitId, riskNightId } = c.req.valid('param');
    return c.json(await planRiskNightShift(c.var.deps.db, requestContext(c), unitId, riskNightId), 200);
  });
