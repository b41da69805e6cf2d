import { OpenAPIHono } from '@hono/zod-openapi';
import { XLSX_MIME } from '../../shared/xlsx';
import type { AppEnv } from '../http/app-env';
import { commonErrors } from '../http/openapi';
import { requestContext } from '../http/request-context';
import { acrossMunicipality, defineRoute } from '../http/route';
import { ResearchExportQuery, researchExportFile } from './research-export.schema';
import { researchExport } from './research-export.service';

const download = defineRoute({
  method: 'get',
  path: '/api/statistics/research-export',
  tags: ['Statistics'],
  summary: 'The anonymous research export of the whole municipality for a period',
  description:
    'Done shifts that started in the period, one row each under a per-export number, with contacts, ' +
    'topics, observations and actions per shift and a data dictionary. No free text, people or ids; ' +
    'counts about young people under disclosure control. Each download is recorded in the audit trail.',
  access: acrossMunicipality('statistics.export'),
  secondFactor: true,
  request: { query: ResearchExportQuery },
  responses: { 200: researchExportFile, ...commonErrors },
});

export const researchExportRoutes = new OpenAPIHono<AppEnv>().openapi(download, async (c) => {
  const { fileName, file } = await researchExport(c.var.deps.db, requestContext(c), c.req.valid('query'));
  return c.body(file, 200, {
    'Content-Type': XLSX_MIME,
    'Content-Disposition': `attachment; filename="${fileName}"`,
  });
});
