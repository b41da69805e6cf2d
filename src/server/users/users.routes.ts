import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../http/app-env';
import { commonErrors, conflictError, idParam, jsonBody, jsonContent } from '../http/openapi';
import { requestContext } from '../http/request-context';
import { defineRoute, inMunicipality, inUnit } from '../http/route';
import {
  CreateUserSchema,
  SetPasswordSchema,
  SetRolesSchema,
  UnitMembersSchema,
  UpdateUserSchema,
  UserListQuery,
  UserListSchema,
  UserSchema,
} from './users.schema';
import * as users from './users.service';

const tags = ['Users'];
const userId = idParam('userId');

const getUsers = defineRoute({
  method: 'get',
  path: '/api/users',
  tags,
  summary: 'User accounts of the municipality, with their roles',
  access: inMunicipality('users.read'),
  request: { query: UserListQuery },
  responses: { 200: jsonContent(UserListSchema, 'Users'), ...commonErrors },
});

const getUser = defineRoute({
  method: 'get',
  path: '/api/users/{userId}',
  tags,
  summary: 'One user account',
  access: inMunicipality('users.read'),
  request: { params: userId },
  responses: { 200: jsonContent(UserSchema, 'The user'), ...commonErrors },
});

const postUser = defineRoute({
  method: 'post',
  path: '/api/users',
  tags,
  summary: 'Create a user with an initial password and roles',
  access: inMunicipality('users.manage'),
  request: jsonBody(CreateUserSchema),
  responses: { 201: jsonContent(UserSchema, 'Created'), ...commonErrors, ...conflictError },
});

const patchUser = defineRoute({
  method: 'patch',
  path: '/api/users/{userId}',
  tags,
  summary: 'Change a user’s name, e-mail or language',
  access: inMunicipality('users.manage'),
  request: { params: userId, ...jsonBody(UpdateUserSchema) },
  responses: { 200: jsonContent(UserSchema, 'Updated'), ...commonErrors, ...conflictError },
});

const putRoles = defineRoute({
  method: 'put',
  path: '/api/users/{userId}/roles',
  tags,
  summary: 'Replace a user’s roles and where they apply',
  access: inMunicipality('users.manage'),
  request: { params: userId, ...jsonBody(SetRolesSchema) },
  responses: { 200: jsonContent(UserSchema, 'Updated'), ...commonErrors, ...conflictError },
});

const putPassword = defineRoute({
  method: 'put',
  path: '/api/users/{userId}/password',
  tags,
  summary: 'Set a new password; ends the user’s sessions and lifts a lockout',
  access: inMunicipality('users.manage'),
  request: { params: userId, ...jsonBody(SetPasswordSchema) },
  responses: { 200: jsonContent(UserSchema, 'Updated'), ...commonErrors },
});

const postDeactivate = defineRoute({
  method: 'post',
  path: '/api/users/{userId}/deactivate',
  tags,
  summary: 'Stop a user signing in; their history stays',
  access: inMunicipality('users.manage'),
  request: { params: userId },
  responses: { 200: jsonContent(UserSchema, 'Deactivated'), ...commonErrors, ...conflictError },
});

const postReactivate = defineRoute({
  method: 'post',
  path: '/api/users/{userId}/reactivate',
  tags,
  summary: 'Let a deactivated user sign in again',
  access: inMunicipality('users.manage'),
  request: { params: userId },
  responses: { 200: jsonContent(UserSchema, 'Reactivated'), ...commonErrors },
});

const getUnitMembers = defineRoute({
  method: 'get',
  path: '/api/units/{unitId}/members',
  tags,
  summary: 'Field workers and managers of one unit',
  access: inUnit('unit.members.read'),
  request: { params: idParam('unitId') },
  responses: { 200: jsonContent(UnitMembersSchema, 'Members'), ...commonErrors },
});

export const userRoutes = new OpenAPIHono<AppEnv>()
  .openapi(getUsers, async (c) => {
    const ctx = requestContext(c);
    return c.json(await users.listUsers(c.var.deps.db, ctx, c.req.valid('query')), 200);
  })
  .openapi(getUser, async (c) => {
    const ctx = requestContext(c);
    return c.json(await users.getUser(c.var.deps.db, ctx, c.req.valid('param').userId), 200);
  })
  .openapi(postUser, async (c) => {
    return c.json(await users.createUser(c.var.deps.db, requestContext(c), c.req.valid('json')), 201);
  })
  .openapi(patchUser, async (c) => {
    const id = c.req.valid('param').userId;
    return c.json(await users.updateUser(c.var.deps.db, requestContext(c), id, c.req.valid('json')), 200);
  })
  .openapi(putRoles, async (c) => {
    const id = c.req.valid('param').userId;
    return c.json(await users.setRoles(c.var.deps.db, requestContext(c), id, c.req.valid('json').roles), 200);
  })
  .openapi(putPassword, async (c) => {
    const id = c.req.valid('param').userId;
    return c.json(
      await users.setPassword(c.var.deps.db, requestContext(c), id, c.req.valid('json').password),
      200,
    );
  })
  .openapi(postDeactivate, async (c) => {
    return c.json(
      await users.setActive(c.var.deps.db, requestContext(c), c.req.valid('param').userId, false),
      200,
    );
  })
  .openapi(postReactivate, async (c) => {
    return c.json(
      await users.setActive(c.var.deps.db, requestContext(c), c.req.valid('param').userId, true),
      200,
    );
  })
  .openapi(getUnitMembers, async (c) => {
    const { unitId } = c.req.valid('param');
    return c.json(await users.listUnitMembers(c.var.deps.db, requestContext(c).actor, unitId), 200);
  });
