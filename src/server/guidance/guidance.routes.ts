import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../http/app-env';
import { commonErrors, conflictError, idParam, jsonBody, jsonContent } from '../http/openapi';
import { requestContext } from '../http/request-context';
import { defineRoute, inUnit } from '../http/route';
import { FollowUpListSchema, FollowUpShiftSchema, SaveOutcomesSchema } from './guidance.schema';
import { listFollowUp, saveOutcomes } from './guidance.service';
import { FOLLOW_UP_AFTER_DAYS, FOLLOW_UP_WITHIN_DAYS } from './guidance-rules';

const tags = ['Guidance follow-up'];

const getFollowUp = defineRoute({
  method: 'get',
  path: '/api/units/{unitId}/guidance/follow-up',
  tags,
  summary: 'Guidance (lotsning) from the unit’s done shifts that awaits a follow-up of its outcome',
  description:
    `Guidance cells (service × gender × age band, counts only) of done shifts that ended ${FOLLOW_UP_AFTER_DAYS} ` +
    `to ${FOLLOW_UP_WITHIN_DAYS} days ago, ` +
    'for shifts where some cell lacks a full outcome (arrived, did not arrive, unknown).',
  access: inUnit('shifts.read'),
  request: { params: idParam('unitId') },
  responses: { 200: jsonContent(FollowUpListSchema, 'Shifts awaiting follow-up'), ...commonErrors },
});

const putOutcomes = defineRoute({
  method: 'put',
  path: '/api/units/{unitId}/shifts/{shiftId}/guidance-outcomes',
  tags,
  summary: 'Record the outcomes of a done shift’s guidance (the whole set; idempotent per mutationId)',
  description:
    'Replaces the shift’s outcome set. Each outcome names a guidance cell of the shift, at most once, and ' +
    'counts no more outcomes than young people were guided there (400 validation_failed, issue ' +
    'exceeds_guided). A retry with the same mutationId returns the current outcomes unapplied.',
  access: inUnit('shifts.write'),
  request: { params: idParam('unitId').merge(idParam('shiftId')), ...jsonBody(SaveOutcomesSchema) },
  responses: {
    200: jsonContent(FollowUpShiftSchema, 'The shift’s guidance with its outcomes'),
    ...commonErrors,
    ...conflictError,
  },
});

export const guidanceRoutes = new OpenAPIHono<AppEnv>()
  .openapi(getFollowUp, async (c) => {
    const ctx = requestContext(c);
    return c.json(await listFollowUp(c.var.deps.db, ctx.actor, c.req.valid('param').unitId, ctx.now), 200);
  })
  .openapi(putOutcomes, async (c) => {
    const { unitId, shiftId } = c.req.valid('param');
    return c.json(
      await saveOutcomes(c.var.deps.db, requestContext(c), unitId, shiftId, c.req.valid('json')),
      200,
    );
  });
