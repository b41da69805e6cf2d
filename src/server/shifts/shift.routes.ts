import { OpenAPIHono, z } from '@hono/zod-openapi';
import { etag } from 'hono/etag';
import type { AppEnv } from '../http/app-env';
import { commonErrors, conflictError, ErrorSchema, idParam, jsonBody, jsonContent } from '../http/openapi';
import { requestContext } from '../http/request-context';
import { defineRoute, inUnit } from '../http/route';
import {
  RevisionListSchema,
  SaveShiftSchema,
  ShiftConflictSchema,
  ShiftListQuery,
  ShiftListSchema,
  ShiftSchema,
} from './shift.schema';
import * as shifts from './shift.service';

const tags = ['Field log'];
const shiftParams = idParam('unitId').merge(idParam('shiftId'));

const getShifts = defineRoute({
  method: 'get',
  path: '/api/units/{unitId}/shifts',
  tags,
  summary: 'A unit’s shifts starting in a time window, for lists and calendars',
  access: inUnit('shifts.read'),
  request: { params: idParam('unitId'), query: ShiftListQuery },
  description:
    'Answers with an ETag; a phone that sends it back in If-None-Match gets 304 Not Modified while ' +
    'nothing in the window changed, and keeps its copy.',
  responses: {
    200: jsonContent(ShiftListSchema, 'Shift summaries in start order'),
    304: { description: 'Not modified since the ETag sent in If-None-Match' },
    ...commonErrors,
  },
});

const getShift = defineRoute({
  method: 'get',
  path: '/api/units/{unitId}/shifts/{shiftId}',
  tags,
  summary: 'One shift with everything logged on it',
  access: inUnit('shifts.read'),
  request: { params: shiftParams },
  responses: { 200: jsonContent(ShiftSchema, 'The shift'), ...commonErrors },
});

const putShift = defineRoute({
  method: 'put',
  path: '/api/units/{unitId}/shifts/{shiftId}',
  tags,
  summary: 'Create or update a shift (idempotent per mutationId; versioned)',
  description:
    'The client makes the shift id (UUIDv7) and a mutationId per save. Repeating a save with the same ' +
    'mutationId returns the current shift without applying it again. A baseVersion older than the ' +
    'current version gets 409 version_conflict with the current shift in `current`.',
  access: inUnit('shifts.write'),
  request: { params: shiftParams, ...jsonBody(SaveShiftSchema) },
  responses: {
    200: jsonContent(ShiftSchema, 'Updated (or already applied)'),
    201: jsonContent(ShiftSchema, 'Created'),
    ...commonErrors,
    409: jsonContent(
      z.union([ShiftConflictSchema, ErrorSchema]),
      'Based on an old version (the current one is included), or a mutationId used for another shift',
    ),
  },
});

const postReview = defineRoute({
  method: 'post',
  path: '/api/units/{unitId}/shifts/{shiftId}/review',
  tags,
  summary: 'Mark a done shift’s log as reviewed by the unit manager',
  access: inUnit('shifts.review'),
  request: { params: shiftParams },
  responses: { 200: jsonContent(ShiftSchema, 'Reviewed'), ...commonErrors, ...conflictError },
});

const getRevisions = defineRoute({
  method: 'get',
  path: '/api/units/{unitId}/shifts/{shiftId}/revisions',
  tags,
  summary: 'Who changed what in a shift, and when',
  access: inUnit('shifts.read'),
  request: { params: shiftParams },
  responses: { 200: jsonContent(RevisionListSchema, 'Newest first'), ...commonErrors },
});

const routes = new OpenAPIHono<AppEnv>();
// The phone re-reads its list often; an unchanged list costs it a 304, not the list again.
routes.use('/api/units/:unitId/shifts', etag());

export const shiftRoutes = routes
  .openapi(getShifts, async (c) => {
    const ctx = requestContext(c);
    const { unitId } = c.req.valid('param');
    return c.json(
      await shifts.listShifts(c.var.deps.db, ctx.actor, unitId, c.req.valid('query'), ctx.now),
      200,
    );
  })
  .openapi(getShift, async (c) => {
    const { unitId, shiftId } = c.req.valid('param');
    return c.json(await shifts.getShift(c.var.deps.db, requestContext(c).actor, unitId, shiftId), 200);
  })
  .openapi(putShift, async (c) => {
    const { unitId, shiftId } = c.req.valid('param');
    const result = await shifts.saveShift(
      c.var.deps.db,
      requestContext(c),
      unitId,
      shiftId,
      c.req.valid('json'),
    );
    return result.created ? c.json(result.shift, 201) : c.json(result.shift, 200);
  })
  .openapi(postReview, async (c) => {
    const { unitId, shiftId } = c.req.valid('param');
    return c.json(await shifts.reviewShift(c.var.deps.db, requestContext(c), unitId, shiftId), 200);
  })
  .openapi(getRevisions, async (c) => {
    const { unitId, shiftId } = c.req.valid('param');
    return c.json(
      await shifts.listShiftRevisions(c.var.deps.db, requestContext(c).actor, unitId, shiftId),
      200,
    );
  });
