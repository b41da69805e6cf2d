import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../http/app-env';
import { jsonContent } from '../http/openapi';
import { defineRoute, publicAccess } from '../http/route';
import { DisclosureMethodSchema } from './disclosure.schema';
import { disclosureMethod } from './disclosure.service';

const getMethod = defineRoute({
  method: 'get',
  path: '/api/disclosure/method',
  tags: ['Statistics'],
  summary: 'How figures about young people are protected: the cell-key method’s parameters and ptable',
  description:
    'Public, so anyone can check what published figures can and cannot mean (docs/disclosure.md). ' +
    'The record keys and the secret they are made from never leave the server.',
  access: publicAccess,
  responses: { 200: jsonContent(DisclosureMethodSchema, 'The method') },
});

// The same for everyone and for ever (until a release changes the parameters): cache it.
export const disclosureRoutes = new OpenAPIHono<AppEnv>().openapi(getMethod, (c) => {
  c.header('Cache-Control', 'public, max-age=3600');
  return c.json(disclosureMethod(), 200);
});
