import { OpenAPIHono } from '@hono/zod-openapi';
import { pdfFileResponse, pdfResponse } from '../documents/pdf-response';
import type { AppEnv } from '../http/app-env';
import { commonErrors, idParam, jsonBody, jsonContent } from '../http/openapi';
import { requestContext } from '../http/request-context';
import { defineRoute, inMunicipality } from '../http/route';
import { RegisterExtractSchema } from './register-extract.schema';
import { registerExtract, registerExtractPdf } from './register-extract.service';
import {
  ErasureSchema,
  eraseSupportContact,
  RegisterMatchesSchema,
  RegisterSearchQuery,
  searchSupportContacts,
} from './register-request';

const tags = ['Privacy'];
const access = inMunicipality('privacy.manage');
const description = 'Personal data: every call is written to the audit log.';

const search = defineRoute({
  method: 'get',
  path: '/api/privacy/support-contacts',
  tags,
  summary: 'Find a young person’s support contacts for a register request (exact name and birth year)',
  description,
  access,
  request: { query: RegisterSearchQuery },
  responses: { 200: jsonContent(RegisterMatchesSchema, 'Matching support contacts'), ...commonErrors },
});

const extract = defineRoute({
  method: 'get',
  path: '/api/privacy/support-contacts/{contactId}/extract',
  tags,
  summary: 'Register extract (GDPR art. 15) of one support contact, as versioned JSON',
  description: `${description} The keys are documented in docs/register-extract.md.`,
  access,
  request: { params: idParam('contactId') },
  responses: {
    200: jsonContent(RegisterExtractSchema, 'Everything stored about the contact'),
    ...commonErrors,
  },
});

const extractPdf = defineRoute({
  method: 'get',
  path: '/api/privacy/support-contacts/{contactId}/extract/pdf',
  tags,
  summary: 'Register extract (GDPR art. 15) of one support contact, as a Swedish PDF for the young person',
  description,
  access,
  request: { params: idParam('contactId') },
  responses: {
    200: pdfFileResponse('The extract as a document to hand over', 'registerutdrag-2026-12-04-0a1b2c3d.pdf'),
    ...commonErrors,
  },
});

const erase = defineRoute({
  method: 'delete',
  path: '/api/privacy/support-contacts/{contactId}',
  tags,
  summary: 'Erase one support contact on request, with its log and history',
  description,
  access,
  request: { params: idParam('contactId'), ...jsonBody(ErasureSchema) },
  responses: { 204: { description: 'Erased' }, ...commonErrors },
});

export const registerRequestRoutes = new OpenAPIHono<AppEnv>()
  .openapi(search, async (c) =>
    c.json(await searchSupportContacts(c.var.deps.db, requestContext(c), c.req.valid('query')), 200),
  )
  .openapi(extract, async (c) =>
    c.json(
      await registerExtract(c.var.deps.db, requestContext(c), c.req.valid('param').contactId, 'json'),
      200,
    ),
  )
  .openapi(extractPdf, async (c) =>
    pdfResponse(
      c,
      await registerExtractPdf(c.var.deps.db, requestContext(c), c.req.valid('param').contactId),
    ),
  )
  .openapi(erase, async (c) => {
    await eraseSupportContact(
      c.var.deps.db,
      requestContext(c),
      c.req.valid('param').contactId,
      c.req.valid('json'),
    );
    return c.body(null, 204);
  });
