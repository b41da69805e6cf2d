import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../http/app-env';
import { commonErrors, jsonBody, jsonContent } from '../http/openapi';
import { requestContext } from '../http/request-context';
import { defineRoute, inMunicipality } from '../http/route';
import { RetentionMonthsSchema, RetentionOverviewSchema, RetentionRunSchema } from './retention.schema';
import { retentionOverview, runRetentionNow, updateRetention } from './retention.service';

const tags = ['Privacy'];
const access = inMunicipality('privacy.manage');

const getRetention = defineRoute({
  method: 'get',
  path: '/api/privacy/retention',
  tags,
  summary: 'Retention periods and the latest scheduled deletions',
  access,
  responses: { 200: jsonContent(RetentionOverviewSchema, 'Retention overview'), ...commonErrors },
});

const putRetention = defineRoute({
  method: 'put',
  path: '/api/privacy/retention',
  tags,
  summary: 'Set how many months each kind of personal record is kept',
  access,
  request: jsonBody(RetentionMonthsSchema),
  responses: { 200: jsonContent(RetentionOverviewSchema, 'Retention overview'), ...commonErrors },
});

const runNow = defineRoute({
  method: 'post',
  path: '/api/privacy/retention/run',
  tags,
  summary: 'Delete what is due now, as the schedule would',
  access,
  responses: { 200: jsonContent(RetentionRunSchema, 'What the run deleted'), ...commonErrors },
});

export const retentionRoutes = new OpenAPIHono<AppEnv>()
  .openapi(getRetention, async (c) => c.json(await retentionOverview(c.var.deps.db, requestContext(c)), 200))
  .openapi(putRetention, async (c) =>
    c.json(await updateRetention(c.var.deps.db, requestContext(c), c.req.valid('json')), 200),
  )
  .openapi(runNow, async (c) => c.json(await runRetentionNow(c.var.deps.db, requestContext(c)), 200));
