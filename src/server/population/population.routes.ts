import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../http/app-env';
import { commonErrors, ErrorSchema, jsonBody, jsonContent } from '../http/openapi';
import { requestContext } from '../http/request-context';
import { defineRoute, inMunicipality } from '../http/route';
import { ImportPopulationSchema, PopulationImportSchema, PopulationListSchema } from './population.schema';
import * as population from './population.service';

const tags = ['Population'];

const getPopulation = defineRoute({
  method: 'get',
  path: '/api/population',
  tags,
  summary: 'The youth population imported, per year, area and gender',
  access: inMunicipality('population.manage'),
  responses: { 200: jsonContent(PopulationListSchema, 'Imported years, newest first'), ...commonErrors },
});

const postPopulationImport = defineRoute({
  method: 'post',
  path: '/api/population/import',
  tags,
  summary: 'Check a population CSV and, unless a dry run, replace that year’s figures with it',
  access: inMunicipality('population.manage'),
  request: jsonBody(ImportPopulationSchema),
  responses: {
    200: jsonContent(PopulationImportSchema, 'What was (or would be) imported'),
    ...commonErrors,
    422: jsonContent(
      ErrorSchema,
      'The file has errors (code population_file_invalid); each issue’s path is line.<n>.<field>',
    ),
  },
});

export const populationRoutes = new OpenAPIHono<AppEnv>()
  .openapi(getPopulation, async (c) => {
    return c.json(await population.listPopulation(c.var.deps.db, requestContext(c).actor), 200);
  })
  .openapi(postPopulationImport, async (c) => {
    return c.json(
      await population.importPopulation(c.var.deps.db, requestContext(c), c.req.valid('json')),
      200,
    );
  });
