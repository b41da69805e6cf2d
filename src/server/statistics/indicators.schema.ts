import { z } from '@hono/zod-openapi';
import { MEASURES, VOCABULARIES } from './indicator-tables';
import { PublishedStatisticShape } from './statistics.schema';

/** A published value: a count, hours, share or rate; counts about young people under the cell-key method. */
const value = z.number().openapi('PublishedValue');
/** A cell's value; null where there is nothing to compute (an area without an imported population). */
const cellValue = value.nullable();

export const IndicatorTableSchema = z
  .object({
    id: z.string().openapi({ description: 'The indicator, as documented in docs/indicators.md' }),
    aboutYoungPeople: z.boolean().openapi({
      description: 'Whether its figures count young people (and so are perturbed outside the unit)',
    }),
    vocabulary: z
      .enum(VOCABULARIES)
      .nullable()
      .openapi({ description: 'The fixed vocabulary naming the row keys; null when rows carry labels' }),
    rows: z.array(
      z.object({ key: z.string(), label: z.object({ sv: z.string(), en: z.string() }).nullable() }),
    ),
    columns: z.array(z.object({ key: z.string(), measure: z.enum(MEASURES) })),
    cells: z.array(z.array(cellValue)),
    totals: z
      .array(value)
      .nullable()
      .openapi({ description: 'A totals row; null where rows overlap and do not add up' }),
  })
  .openapi('IndicatorTable');

export const IndicatorsSchema = z
  .object({
    ...PublishedStatisticShape,
    fieldHours: z.number().openapi({ description: 'Hours of done shifts whose time use is outreach' }),
    tables: z.array(IndicatorTableSchema),
    populationYear: z
      .number()
      .int()
      .nullable()
      .openapi({ description: 'The population year the rates per 1,000 use; null when none is imported' }),
  })
  .openapi('Indicators');

export type Indicators = z.infer<typeof IndicatorsSchema>;
