import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../http/app-env';
import { commonErrors, conflictError, idParam, jsonBody, jsonContent } from '../http/openapi';
import { requestContext } from '../http/request-context';
import { defineRoute, inUnit } from '../http/route';
import {
  AddLogEntrySchema,
  CloseSupportContactSchema,
  ContinuityQuery,
  ContinuityReportSchema,
  CreateSupportContactSchema,
  HandOverSchema,
  SupportAuditTrailSchema,
  SupportContactListSchema,
  SupportContactSchema,
  SupportListQuery,
  UpdateSupportContactSchema,
  WithdrawConsentSchema,
} from './support.schema';
import * as support from './support.service';
import * as lifecycle from './support-lifecycle.service';

const tags = ['Support contacts'];
const base = '/api/units/{unitId}/support-contacts';
const unitParam = idParam('unitId');
const contactParams = unitParam.merge(idParam('contactId'));
const written = (description: string) => ({
  200: jsonContent(SupportContactSchema, description),
  ...commonErrors,
  ...conflictError,
});

const getContinuity = defineRoute({
  method: 'get',
  path: `${base}/continuity`,
  tags,
  summary: 'The unit’s continuity for a period: opened, handed over, closed by reason, lost (anonymous)',
  access: inUnit('support.manage'),
  request: { params: unitParam, query: ContinuityQuery },
  responses: { 200: jsonContent(ContinuityReportSchema, 'Counts only'), ...commonErrors },
});

const getContacts = defineRoute({
  method: 'get',
  path: base,
  tags,
  summary: 'The unit’s support contacts (each listed contact’s read is audit-logged)',
  access: inUnit('support.read'),
  secondFactor: true,
  request: { params: unitParam, query: SupportListQuery },
  responses: { 200: jsonContent(SupportContactListSchema, 'Open first, by name'), ...commonErrors },
});

const postContact = defineRoute({
  method: 'post',
  path: base,
  tags,
  summary: 'Open a support contact with the young person’s consent (and a guardian’s under 15)',
  access: inUnit('support.write'),
  request: { params: unitParam, ...jsonBody(CreateSupportContactSchema) },
  responses: { 201: jsonContent(SupportContactSchema, 'Opened'), ...commonErrors },
});

const getContact = defineRoute({
  method: 'get',
  path: `${base}/{contactId}`,
  tags,
  summary: 'One support contact with its consent, plan, log and history (the read is audit-logged)',
  access: inUnit('support.read'),
  secondFactor: true,
  request: { params: contactParams },
  responses: { 200: jsonContent(SupportContactSchema, 'The contact'), ...commonErrors },
});

const patchContact = defineRoute({
  method: 'patch',
  path: `${base}/{contactId}`,
  tags,
  summary: 'Change the details or plan of an open contact (409 version_conflict if stale)',
  access: inUnit('support.write'),
  secondFactor: true,
  request: { params: contactParams, ...jsonBody(UpdateSupportContactSchema) },
  responses: written('Updated'),
});

const postLogEntry = defineRoute({
  method: 'post',
  path: `${base}/{contactId}/log`,
  tags,
  summary: 'Log a contact (preventive work only; authority tasks are refused)',
  access: inUnit('support.write'),
  secondFactor: true,
  request: { params: contactParams, ...jsonBody(AddLogEntrySchema) },
  responses: written('Logged; the whole contact'),
});

const postWithdrawConsent = defineRoute({
  method: 'post',
  path: `${base}/{contactId}/withdraw-consent`,
  tags,
  summary: 'Record that consent was withdrawn; the contact closes',
  access: inUnit('support.write'),
  secondFactor: true,
  request: { params: contactParams, ...jsonBody(WithdrawConsentSchema) },
  responses: written('Closed'),
});

const postClose = defineRoute({
  method: 'post',
  path: `${base}/{contactId}/close`,
  tags,
  summary: 'Close a contact with a reason',
  access: inUnit('support.write'),
  secondFactor: true,
  request: { params: contactParams, ...jsonBody(CloseSupportContactSchema) },
  responses: written('Closed'),
});

const postHandOver = defineRoute({
  method: 'post',
  path: `${base}/{contactId}/handover`,
  tags,
  summary: 'Hand a contact to a colleague in the unit (one’s own; the unit manager anyone’s)',
  access: inUnit('support.write'),
  secondFactor: true,
  request: { params: contactParams, ...jsonBody(HandOverSchema) },
  responses: written('Handed over'),
});

const getAuditTrail = defineRoute({
  method: 'get',
  path: `${base}/{contactId}/audit`,
  tags,
  summary: 'Who has read or changed the contact, and when (newest first)',
  access: inUnit('support.read'),
  secondFactor: true,
  request: { params: contactParams },
  responses: { 200: jsonContent(SupportAuditTrailSchema, 'The trail'), ...commonErrors },
});

// Personal data: no cache keeps it (http/cache-control.ts, for every /api/ route).
export const supportRoutes = new OpenAPIHono<AppEnv>()
  // Before /{contactId}, so "continuity" is never taken for a contact id.
  .openapi(getContinuity, async (c) => {
    const { unitId } = c.req.valid('param');
    const report = await lifecycle.continuityReport(
      c.var.deps.db,
      requestContext(c),
      unitId,
      c.req.valid('query'),
    );
    return c.json(report, 200);
  })
  .openapi(getContacts, async (c) => {
    const { unitId } = c.req.valid('param');
    const { status } = c.req.valid('query');
    return c.json(await support.listSupportContacts(c.var.deps.db, requestContext(c), unitId, status), 200);
  })
  .openapi(postContact, async (c) => {
    const { unitId } = c.req.valid('param');
    const body = c.req.valid('json');
    return c.json(await support.createSupportContact(c.var.deps.db, requestContext(c), unitId, body), 201);
  })
  .openapi(getContact, async (c) => {
    const { unitId, contactId } = c.req.valid('param');
    return c.json(await support.getSupportContact(c.var.deps.db, requestContext(c), unitId, contactId), 200);
  })
  .openapi(patchContact, async (c) => {
    const { unitId, contactId } = c.req.valid('param');
    const body = c.req.valid('json');
    const contact = await support.updateSupportContact(
      c.var.deps.db,
      requestContext(c),
      unitId,
      contactId,
      body,
    );
    return c.json(contact, 200);
  })
  .openapi(postLogEntry, async (c) => {
    const { unitId, contactId } = c.req.valid('param');
    const body = c.req.valid('json');
    return c.json(await support.addLogEntry(c.var.deps.db, requestContext(c), unitId, contactId, body), 200);
  })
  .openapi(postWithdrawConsent, async (c) => {
    const { unitId, contactId } = c.req.valid('param');
    const { withdrawnBy } = c.req.valid('json');
    const ctx = requestContext(c);
    return c.json(await lifecycle.withdrawConsent(c.var.deps.db, ctx, unitId, contactId, withdrawnBy), 200);
  })
  .openapi(postClose, async (c) => {
    const { unitId, contactId } = c.req.valid('param');
    const { reason } = c.req.valid('json');
    const ctx = requestContext(c);
    return c.json(await lifecycle.closeSupportContact(c.var.deps.db, ctx, unitId, contactId, reason), 200);
  })
  .openapi(postHandOver, async (c) => {
    const { unitId, contactId } = c.req.valid('param');
    const { toUserId } = c.req.valid('json');
    const ctx = requestContext(c);
    return c.json(
      await lifecycle.handOverSupportContact(c.var.deps.db, ctx, unitId, contactId, toUserId),
      200,
    );
  })
  .openapi(getAuditTrail, async (c) => {
    const { unitId, contactId } = c.req.valid('param');
    return c.json(await support.supportAuditTrail(c.var.deps.db, requestContext(c), unitId, contactId), 200);
  });
