import { z } from '@hono/zod-openapi';

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;
const year = z.number().int().min(MIN_YEAR).max(MAX_YEAR);
const count = z.number().int().min(0);

export const ImportPopulationSchema = z
  .strictObject({
    year,
    csv: z
      .string()
      .min(1)
      .openapi({
        description:
          'The file’s text: columns area (område), gender (kön), age (ålder) and count (antal), optionally ' +
          'year (år); separated by ; , or tab. See docs/population.md.',
      }),
    dryRun: z
      .boolean()
      .optional()
      .openapi({ description: 'Check the file and answer the preview, saving nothing' }),
  })
  .openapi('ImportPopulation');

/** Young people by gender, and the ages the figures cover. */
const PopulationCountsShape = {
  girl: count,
  boy: count,
  other: count,
  total: count,
  minAge: z.number().int(),
  maxAge: z.number().int(),
};

export const PopulationCountsSchema = z.object(PopulationCountsShape).openapi('PopulationCounts');

export const AreaPopulationSchema = z
  .object({ areaId: z.uuid(), areaName: z.string(), ...PopulationCountsShape })
  .openapi('AreaPopulation');

export const PopulationImportSchema = z
  .object({
    year,
    saved: z.boolean().openapi({ description: 'False for a dry run' }),
    rows: count,
    skippedOtherYears: count.openapi({ description: 'Rows of other years in the file, left out' }),
    replacedRows: count.openapi({ description: 'Rows of this year that the import replaces (or replaced)' }),
    totals: PopulationCountsSchema,
    areas: z.array(AreaPopulationSchema),
    missingAreas: z
      .array(z.object({ id: z.uuid(), name: z.string() }))
      .openapi({ description: 'Active areas the file has no rows for' }),
  })
  .openapi('PopulationImport');

export const PopulationYearSchema = z
  .object({
    year,
    importedAt: z.iso.datetime(),
    importedBy: z.string().nullable(),
    totals: PopulationCountsSchema,
    areas: z.array(AreaPopulationSchema),
  })
  .openapi('PopulationYear');

export const PopulationListSchema = z
  .object({ years: z.array(PopulationYearSchema) })
  .openapi('PopulationList');

export type PopulationCountsDto = z.infer<typeof PopulationCountsSchema>;
export type AreaPopulationDto = z.infer<typeof AreaPopulationSchema>;
export type PopulationImportDto = z.infer<typeof PopulationImportSchema>;
export type PopulationYearDto = z.infer<typeof PopulationYearSchema>;
