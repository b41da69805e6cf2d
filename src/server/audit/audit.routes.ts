import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../http/app-env';
import { commonErrors, jsonContent } from '../http/openapi';
import { requestContext } from '../http/request-context';
import { defineRoute, inMunicipality } from '../http/route';
import { AuditEventPageSchema, AuditEventQuery, ChainStatusSchema } from './audit.schema';
import * as audit from './audit.service';

const tags = ['Audit log'];

const getChainStatus = defineRoute({
  method: 'get',
  path: '/api/audit/verify',
  tags,
  summary: 'Verify the municipality’s audit hash chain from its first event to its newest',
  access: inMunicipality('audit.read'),
  secondFactor: true,
  responses: { 200: jsonContent(ChainStatusSchema, 'Unbroken, or where it first breaks'), ...commonErrors },
});

const getAuditEvents = defineRoute({
  method: 'get',
  path: '/api/audit/events',
  tags,
  summary: 'Audit events, newest first, filtered; each page read is itself recorded (audit.read)',
  access: inMunicipality('audit.read'),
  secondFactor: true,
  request: { query: AuditEventQuery },
  responses: { 200: jsonContent(AuditEventPageSchema, 'One page of events'), ...commonErrors },
});

export const auditRoutes = new OpenAPIHono<AppEnv>()
  .openapi(getChainStatus, async (c) => {
    return c.json(await audit.chainStatus(c.var.deps.db, requestContext(c)), 200);
  })
  .openapi(getAuditEvents, async (c) => {
    return c.json(await audit.listAuditLog(c.var.deps.db, requestContext(c), c.req.valid('query')), 200);
  });
