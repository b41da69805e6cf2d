import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../http/app-env';
import { commonErrors, conflictError, idParam, jsonBody, jsonContent } from '../http/openapi';
import { requestContext } from '../http/request-context';
import { defineRoute, inMunicipality } from '../http/route';
import {
  CategoryListQuery,
  CategoryListSchema,
  CategorySchema,
  CreateCategorySchema,
  UpdateCategorySchema,
} from './category.schema';
import * as categories from './category.service';

const tags = ['Categories'];

const getCategories = defineRoute({
  method: 'get',
  path: '/api/categories',
  tags,
  summary: 'Topics, observation types, services, arenas, age bands and risk/protective factors',
  access: inMunicipality('categories.read'),
  request: { query: CategoryListQuery },
  responses: { 200: jsonContent(CategoryListSchema, 'Categories in display order'), ...commonErrors },
});

const postCategory = defineRoute({
  method: 'post',
  path: '/api/categories',
  tags,
  summary: 'Add a category',
  access: inMunicipality('categories.manage'),
  request: jsonBody(CreateCategorySchema),
  responses: { 201: jsonContent(CategorySchema, 'Created'), ...commonErrors, ...conflictError },
});

const patchCategory = defineRoute({
  method: 'patch',
  path: '/api/categories/{categoryId}',
  tags,
  summary: 'Rename, reorder, retire or reinstate a category',
  access: inMunicipality('categories.manage'),
  request: { params: idParam('categoryId'), ...jsonBody(UpdateCategorySchema) },
  responses: { 200: jsonContent(CategorySchema, 'Updated'), ...commonErrors },
});

export const categoryRoutes = new OpenAPIHono<AppEnv>()
  .openapi(getCategories, async (c) => {
    return c.json(
      await categories.listCategories(c.var.deps.db, requestContext(c).actor, c.req.valid('query')),
      200,
    );
  })
  .openapi(postCategory, async (c) => {
    return c.json(
      await categories.createCategory(c.var.deps.db, requestContext(c), c.req.valid('json')),
      201,
    );
  })
  .openapi(patchCategory, async (c) => {
    const { categoryId } = c.req.valid('param');
    return c.json(
      await categories.updateCategory(c.var.deps.db, requestContext(c), categoryId, c.req.valid('json')),
      200,
    );
  });
