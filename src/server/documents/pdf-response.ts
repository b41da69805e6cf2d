import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv } from '../http/app-env';

/** A PDF download's OpenAPI response: `example` names the file as the route sends it. */
export function pdfFileResponse(description: string, example: string) {
  return {
    description,
    headers: z.object({
      'Content-Disposition': z.string().openapi({ example: `attachment; filename="${example}"` }),
    }),
    content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } },
  };
}

/** Sends a PDF as a download; it holds personal data, so no cache keeps it. */
export function pdfResponse(c: Context<AppEnv>, pdf: { file: Uint8Array; fileName: string }) {
  return c.body(pdf.file as Uint8Array<ArrayBuffer>, 200, {
    'Content-Type': 'application/pdf',
    'Content-Disposition': `attachment; filename="${pdf.fileName}"`,
    'Cache-Control': 'no-store',
  });
}
