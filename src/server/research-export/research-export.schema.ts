import { z } from '@hono/zod-openapi';
import { XLSX_MIME } from '../../shared/xlsx';
import { StatisticsQuery } from '../statistics/statistics.schema';

/** The same period as the statistics pages: Stockholm days, inclusive, at most three years. */
export const ResearchExportQuery = StatisticsQuery;

export const researchExportFile = {
  description:
    'An Excel workbook: sheets Pass, Kontakter, Samtalsämnen, Observationer, Åtgärder and the data dictionary Datadefinitioner',
  headers: z.object({
    'Content-Disposition': z
      .string()
      .openapi({ example: 'attachment; filename="faltlogg-forskningsexport-2026-01-01-2026-06-30.xlsx"' }),
  }),
  content: { [XLSX_MIME]: { schema: z.string().openapi({ format: 'binary' }) } },
};
