import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../http/app-env';
import { commonErrors, idParam, jsonBody, jsonContent } from '../http/openapi';
import { requestContext } from '../http/request-context';
import { defineRoute, inUnit } from '../http/route';
import {
  ActivityInputSchema,
  ActivityListQuery,
  ActivityListSchema,
  ActivitySchema,
  AssignmentInputSchema,
  AssignmentListSchema,
  AssignmentSchema,
} from './activity.schema';
import {
  addAssignment,
  deleteActivity,
  listActivities,
  listAssignments,
  retireAssignment,
  saveActivity,
} from './activity.service';

const tags = ['Activities outside shifts'];
const activityParams = idParam('unitId').merge(idParam('activityId'));

const list = defineRoute({
  method: 'get',
  path: '/api/units/{unitId}/activities',
  tags,
  summary: 'Work outside shifts on the days asked (a manager sees the unit’s, a field worker their own)',
  access: inUnit('shifts.read'),
  request: { params: idParam('unitId'), query: ActivityListQuery },
  responses: { 200: jsonContent(ActivityListSchema, 'The activities, newest day first'), ...commonErrors },
});

const save = defineRoute({
  method: 'put',
  path: '/api/units/{unitId}/activities/{activityId}',
  tags,
  summary: 'Log or replace an activity under the id the phone made (a resend lands once)',
  description:
    'Kinds: collaboration meeting, administration, training, authority task (refused with ' +
    'authority_tasks_not_allowed where field workers do none), other municipal assignment (names ' +
    'one of the unit’s assignments). The day is a Stockholm day, not after today.',
  access: inUnit('shifts.write'),
  request: { params: activityParams, ...jsonBody(ActivityInputSchema) },
  responses: {
    200: jsonContent(ActivitySchema, 'Replaced'),
    201: jsonContent(ActivitySchema, 'Logged'),
    ...commonErrors,
  },
});

const remove = defineRoute({
  method: 'delete',
  path: '/api/units/{unitId}/activities/{activityId}',
  tags,
  summary: 'Remove an activity logged by mistake (one’s own; a manager any of the unit’s)',
  access: inUnit('shifts.write'),
  request: { params: activityParams },
  responses: { 204: { description: 'Removed' }, ...commonErrors },
});

const assignments = defineRoute({
  method: 'get',
  path: '/api/units/{unitId}/assignments',
  tags,
  summary: 'The unit’s assignments elsewhere in the municipality that an activity may name',
  access: inUnit('shifts.read'),
  request: { params: idParam('unitId') },
  responses: { 200: jsonContent(AssignmentListSchema, 'Active first, then retired'), ...commonErrors },
});

const addOne = defineRoute({
  method: 'post',
  path: '/api/units/{unitId}/assignments',
  tags,
  summary: 'Add an assignment to the unit’s list (e.g. summer investigations, first-line social services)',
  access: inUnit('shifts.review'),
  request: { params: idParam('unitId'), ...jsonBody(AssignmentInputSchema) },
  responses: { 201: jsonContent(AssignmentSchema, 'Added'), ...commonErrors },
});

const retire = defineRoute({
  method: 'post',
  path: '/api/units/{unitId}/assignments/{assignmentId}/retire',
  tags,
  summary: 'Stop offering an assignment; activities that named it keep it',
  access: inUnit('shifts.review'),
  request: { params: idParam('unitId').merge(idParam('assignmentId')) },
  responses: { 200: jsonContent(AssignmentSchema, 'Retired'), ...commonErrors },
});

export const activityRoutes = new OpenAPIHono<AppEnv>()
  .openapi(list, async (c) => {
    const { unitId } = c.req.valid('param');
    const activities = await listActivities(
      c.var.deps.db,
      requestContext(c).actor,
      unitId,
      c.req.valid('query'),
    );
    return c.json({ activities }, 200);
  })
  .openapi(save, async (c) => {
    const { unitId, activityId } = c.req.valid('param');
    const result = await saveActivity(
      c.var.deps.db,
      requestContext(c),
      unitId,
      activityId,
      c.req.valid('json'),
    );
    return result.created ? c.json(result.activity, 201) : c.json(result.activity, 200);
  })
  .openapi(remove, async (c) => {
    const { unitId, activityId } = c.req.valid('param');
    await deleteActivity(c.var.deps.db, requestContext(c), unitId, activityId);
    return c.body(null, 204);
  })
  .openapi(assignments, async (c) => {
    const { unitId } = c.req.valid('param');
    return c.json(
      { assignments: await listAssignments(c.var.deps.db, requestContext(c).actor, unitId) },
      200,
    );
  })
  .openapi(addOne, async (c) => {
    const { unitId } = c.req.valid('param');
    const ctx = requestContext(c);
    return c.json(await addAssignment(c.var.deps.db, ctx, unitId, c.req.valid('json').name), 201);
  })
  .openapi(retire, async (c) => {
    const { unitId, assignmentId } = c.req.valid('param');
    return c.json(await retireAssignment(c.var.deps.db, requestContext(c), unitId, assignmentId), 200);
  });
