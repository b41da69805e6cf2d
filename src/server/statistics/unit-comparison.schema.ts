import { z } from '@hono/zod-openapi';
import { ProtectionSchema } from './statistics.schema';

/** A count or rate of contacts, under the cell-key method. */
const value = z.number();
const row = z.object({
  doneShifts: z.number().int(),
  fieldHours: z.number(),
  contacts: z.object({ girl: value, boy: value, other: value }),
  total: value,
  perHour: value.openapi({ description: 'Contacts per field hour, from the published contacts' }),
  girlShare: value.openapi({ description: 'Girls’ share of the published contacts, per cent' }),
});

export const UnitComparisonSchema = z
  .object({
    scope: z.object({ kind: z.enum(['administration', 'municipality']), id: z.uuid(), name: z.string() }),
    from: z.string(),
    to: z.string(),
    protection: ProtectionSchema,
    units: z.array(row.extend({ id: z.uuid(), name: z.string(), administrationName: z.string() })),
    totals: row,
  })
  .openapi('UnitComparison');

export type UnitComparison = z.infer<typeof UnitComparisonSchema>;
