import { OpenAPIHono } from '@hono/zod-openapi';
import { pdfFileResponse, pdfResponse } from '../documents/pdf-response';
import type { AppEnv } from '../http/app-env';
import { commonErrors, conflictError, idParam, jsonBody, jsonContent } from '../http/openapi';
import { requestContext } from '../http/request-context';
import { defineRoute, inMunicipality, inUnit } from '../http/route';
import { FeedbackInputSchema, ReportListSchema, ReportSchema, SendReportSchema } from './concern.schema';
import * as concerns from './concern.service';

const tags = ['Reports of concern'];
const unitSide = inUnit('concern.report');
const receptionSide = inMunicipality('concern.receive');
const unitReportParams = idParam('unitId').merge(idParam('reportId'));
const reportParams = idParam('reportId');

const pdfFile = pdfFileResponse(
  'The report as a PDF, for printing and for the reception’s case system',
  'orosanmalan-2026-04-01-0a1b2c3d.pdf',
);

const postReport = defineRoute({
  method: 'post',
  path: '/api/units/{unitId}/reports-of-concern',
  tags,
  summary: 'Send a report of concern (orosanmälan) to the municipality’s reception',
  description:
    'Creates the report and delivers it at once. The client makes the id; sending the same id again ' +
    'answers 200 with the report already sent. Every send is recorded in the audit trail.',
  access: unitSide,
  request: { params: idParam('unitId'), ...jsonBody(SendReportSchema) },
  responses: {
    201: jsonContent(ReportSchema, 'Sent'),
    200: jsonContent(ReportSchema, 'Already sent (a resend of the same id)'),
    ...commonErrors,
    ...conflictError,
  },
});

const getUnitReports = defineRoute({
  method: 'get',
  path: '/api/units/{unitId}/reports-of-concern',
  tags,
  summary: 'The unit’s reports of concern: all for the unit manager, one’s own for a field worker',
  access: unitSide,
  secondFactor: true,
  request: { params: idParam('unitId') },
  responses: { 200: jsonContent(ReportListSchema, 'Newest first'), ...commonErrors },
});

const getUnitReport = defineRoute({
  method: 'get',
  path: '/api/units/{unitId}/reports-of-concern/{reportId}',
  tags,
  summary: 'One report of concern with the reception’s acknowledgement and feedback',
  access: unitSide,
  secondFactor: true,
  request: { params: unitReportParams },
  responses: { 200: jsonContent(ReportSchema, 'The report'), ...commonErrors },
});

const getUnitReportPdf = defineRoute({
  method: 'get',
  path: '/api/units/{unitId}/reports-of-concern/{reportId}/pdf',
  tags,
  summary: 'One report of concern as a PDF',
  access: unitSide,
  secondFactor: true,
  request: { params: unitReportParams },
  responses: { 200: pdfFile, ...commonErrors },
});

const getInbox = defineRoute({
  method: 'get',
  path: '/api/reception/reports-of-concern',
  tags,
  summary: 'The reception’s inbox: waiting reports first (most urgent first), then newest first',
  access: receptionSide,
  secondFactor: true,
  responses: { 200: jsonContent(ReportListSchema, 'Every report sent to the reception'), ...commonErrors },
});

const getInboxReport = defineRoute({
  method: 'get',
  path: '/api/reception/reports-of-concern/{reportId}',
  tags,
  summary: 'One report of concern sent to the reception',
  access: receptionSide,
  secondFactor: true,
  request: { params: reportParams },
  responses: { 200: jsonContent(ReportSchema, 'The report'), ...commonErrors },
});

const getInboxReportPdf = defineRoute({
  method: 'get',
  path: '/api/reception/reports-of-concern/{reportId}/pdf',
  tags,
  summary: 'One report of concern sent to the reception, as a PDF',
  access: receptionSide,
  secondFactor: true,
  request: { params: reportParams },
  responses: { 200: pdfFile, ...commonErrors },
});

const postAcknowledge = defineRoute({
  method: 'post',
  path: '/api/reception/reports-of-concern/{reportId}/acknowledge',
  tags,
  summary: 'Confirm that the reception has received the report (once)',
  access: receptionSide,
  secondFactor: true,
  request: { params: reportParams },
  responses: { 200: jsonContent(ReportSchema, 'Acknowledged'), ...commonErrors, ...conflictError },
});

const postFeedback = defineRoute({
  method: 'post',
  path: '/api/reception/reports-of-concern/{reportId}/feedback',
  tags,
  summary: 'Tell the reporter what happens with an acknowledged report',
  description:
    'received, investigation_opened or no_action, with an optional short message (no personnummer, ' +
    'phone number or e-mail address). Feedback may be given again; the latest stands.',
  access: receptionSide,
  secondFactor: true,
  request: { params: reportParams, ...jsonBody(FeedbackInputSchema) },
  responses: { 200: jsonContent(ReportSchema, 'Feedback recorded'), ...commonErrors, ...conflictError },
});

export const concernRoutes = new OpenAPIHono<AppEnv>()
  .openapi(postReport, async (c) => {
    const { unitId } = c.req.valid('param');
    const result = await concerns.sendReport(c.var.deps.db, requestContext(c), unitId, c.req.valid('json'));
    return result.created ? c.json(result.report, 201) : c.json(result.report, 200);
  })
  .openapi(getUnitReports, async (c) => {
    const { unitId } = c.req.valid('param');
    return c.json(await concerns.listUnitReports(c.var.deps.db, requestContext(c), unitId), 200);
  })
  .openapi(getUnitReport, async (c) => {
    const { unitId, reportId } = c.req.valid('param');
    return c.json(await concerns.getReport(c.var.deps.db, requestContext(c), unitId, reportId), 200);
  })
  .openapi(getUnitReportPdf, async (c) => {
    const { unitId, reportId } = c.req.valid('param');
    return pdfResponse(c, await concerns.reportPdf(c.var.deps.db, requestContext(c), unitId, reportId));
  })
  .openapi(getInbox, async (c) => {
    return c.json(await concerns.listInbox(c.var.deps.db, requestContext(c)), 200);
  })
  .openapi(getInboxReport, async (c) => {
    const { reportId } = c.req.valid('param');
    return c.json(await concerns.getReport(c.var.deps.db, requestContext(c), null, reportId), 200);
  })
  .openapi(getInboxReportPdf, async (c) => {
    const { reportId } = c.req.valid('param');
    return pdfResponse(c, await concerns.reportPdf(c.var.deps.db, requestContext(c), null, reportId));
  })
  .openapi(postAcknowledge, async (c) => {
    const { reportId } = c.req.valid('param');
    return c.json(await concerns.acknowledgeReport(c.var.deps.db, requestContext(c), reportId), 200);
  })
  .openapi(postFeedback, async (c) => {
    const { reportId } = c.req.valid('param');
    return c.json(
      await concerns.giveFeedback(c.var.deps.db, requestContext(c), reportId, c.req.valid('json')),
      200,
    );
  });
