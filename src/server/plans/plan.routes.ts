import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../http/app-env';
import { commonErrors, jsonBody, jsonContent } from '../http/openapi';
import { requestContext } from '../http/request-context';
import { defineRoute, inMunicipality, inUnit } from '../http/route';
import {
  PlanDecisionSchema,
  PlanDraftSchema,
  PlanFollowUpSchema,
  PlanSchema,
  PlanSummarySchema,
  YearParams,
} from './plan.schema';
import { closePlanYear, decidePlan, getPlan, listPlans, saveDraft } from './plan.service';
import { planFollowUp } from './plan-follow-up.service';

const tags = ['Plans'];
const path = '/api/units/{unitId}/plans/{year}';
const planResponses = { 200: jsonContent(PlanSchema, 'The plan with every version'), ...commonErrors };

const list = defineRoute({
  method: 'get',
  path: '/api/plans',
  tags,
  summary: 'The units one reaches with their plan’s state for a year (the administration’s overview)',
  access: inMunicipality('plans.read'),
  request: { query: z.object({ year: z.coerce.number().int().min(2000).max(2100) }) },
  responses: { 200: jsonContent(z.array(PlanSummarySchema), 'One row per unit'), ...commonErrors },
});

const read = defineRoute({
  method: 'get',
  path,
  tags,
  summary: 'A unit’s plan for a year, every version newest first',
  access: inUnit('plans.read'),
  request: { params: YearParams },
  responses: planResponses,
});

const draft = defineRoute({
  method: 'put',
  path,
  tags,
  summary: 'Save the manager’s draft (after an approval, this starts the next version)',
  access: inUnit('plans.write'),
  request: { params: YearParams, ...jsonBody(PlanDraftSchema) },
  responses: planResponses,
});

const transition = (name: 'submit' | 'approve' | 'return' | 'close', summary: string, write: boolean) =>
  defineRoute({
    method: 'post',
    path: `${path}/${name}`,
    tags,
    summary,
    access: inUnit(write ? 'plans.write' : 'plans.approve'),
    request: { params: YearParams, ...jsonBody(PlanDecisionSchema) },
    responses: planResponses,
  });

const submit = transition('submit', 'Send the draft to the administration for approval', true);
const approve = transition('approve', 'Approve the submitted version (the administration)', false);
const giveBack = transition(
  'return',
  'Return the submitted version with a comment (the administration)',
  false,
);
const close = transition('close', 'Close a year that is over: its plan becomes read-only', false);

const followUp = defineRoute({
  method: 'get',
  path: `${path}/follow-up`,
  tags,
  summary: 'Each goal’s target and its value so far (exact for the unit’s staff, protected above it)',
  access: inUnit('statistics.read'),
  request: { params: YearParams },
  responses: { 200: jsonContent(PlanFollowUpSchema, 'The follow-up'), ...commonErrors },
});

export const planRoutes = new OpenAPIHono<AppEnv>()
  .openapi(list, async (c) =>
    c.json(await listPlans(c.var.deps.db, requestContext(c).actor, c.req.valid('query').year), 200),
  )
  .openapi(read, async (c) => {
    const { unitId, year } = c.req.valid('param');
    return c.json(await getPlan(c.var.deps.db, requestContext(c).actor, unitId, year), 200);
  })
  .openapi(draft, async (c) => {
    const { unitId, year } = c.req.valid('param');
    return c.json(await saveDraft(c.var.deps.db, requestContext(c), unitId, year, c.req.valid('json')), 200);
  })
  .openapi(submit, async (c) => {
    const { unitId, year } = c.req.valid('param');
    return c.json(await decidePlan(c.var.deps.db, requestContext(c), unitId, year, 'submit', null), 200);
  })
  .openapi(approve, async (c) => {
    const { unitId, year } = c.req.valid('param');
    const comment = c.req.valid('json').comment || null;
    return c.json(await decidePlan(c.var.deps.db, requestContext(c), unitId, year, 'approve', comment), 200);
  })
  .openapi(giveBack, async (c) => {
    const { unitId, year } = c.req.valid('param');
    const comment = c.req.valid('json').comment || null;
    return c.json(await decidePlan(c.var.deps.db, requestContext(c), unitId, year, 'return', comment), 200);
  })
  .openapi(close, async (c) => {
    const { unitId, year } = c.req.valid('param');
    return c.json(await closePlanYear(c.var.deps.db, requestContext(c), unitId, year), 200);
  })
  .openapi(followUp, async (c) => {
    const { unitId, year } = c.req.valid('param');
    const { actor, now } = requestContext(c);
    return c.json(await planFollowUp(c.var.deps.db, actor, unitId, year, now), 200);
  });
