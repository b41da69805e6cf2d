import { z } from '@hono/zod-openapi';

const value = z.union([z.number(), z.literal('protected')]).nullable();
const row = z.object({
  doneShifts: z.number().int(),
  fieldHours: z.number(),
  contacts: z.object({ girl: value, boy: value, other: value }),
  total: value,
  perHour: value.openapi({ description: 'Contacts per field hour; hidden when the contacts are' }),
  girlShare: value.openapi({
    description: 'Girls’ share of contacts, per cent; hidden when either figure is',
  }),
});

export const UnitComparisonSchema = z
  .object({
    scope: z.object({ kind: z.enum(['administration', 'municipality']), id: z.uuid(), name: z.string() }),
    from: z.string(),
    to: z.string(),
    threshold: z.number().int(),
    units: z.array(row.extend({ id: z.uuid(), name: z.string(), administrationName: z.string() })),
    totals: row,
  })
  .openapi('UnitComparison');

export type UnitComparison = z.infer<typeof UnitComparisonSchema>;
