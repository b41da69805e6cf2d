import { z } from '@hono/zod-openapi';
import { TIME_USES } from '../../shared/field-log';

const byTimeUse = z.object(
  Object.fromEntries(TIME_USES.map((use) => [use, z.number()])) as Record<
    (typeof TIME_USES)[number],
    z.ZodNumber
  >,
);

const StaffTimeMonthSchema = z.object({
  month: z.string().openapi({ example: '2026-06' }),
  staffHours: z.number().openapi({ description: 'All staff hours that month (one decimal)' }),
  percent: byTimeUse.openapi({ description: 'Each time use’s share of the month’s staff hours (%)' }),
  hours: byTimeUse.openapi({ description: 'Staff hours per time use (one decimal)' }),
});

export const StaffTimePlaceSchema = z
  .object({
    kind: z.enum(['unit', 'municipality']),
    id: z.string(),
    name: z.string(),
    months: z.array(StaffTimeMonthSchema),
    total: StaffTimeMonthSchema.omit({ month: true }),
  })
  .openapi('StaffTimePlace');

export const StaffTimeSchema = z
  .object({ from: z.string(), to: z.string(), places: z.array(StaffTimePlaceSchema) })
  .openapi('StaffTime');

export type StaffTime = z.infer<typeof StaffTimeSchema>;
export type StaffTimePlace = z.infer<typeof StaffTimePlaceSchema>;
