import { z } from '@hono/zod-openapi';

const wallClock = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
  .openapi({ description: 'Stockholm wall-clock time HH:MM', example: '18:00' });

export const YearQuerySchema = z.object({
  year: z.coerce
    .number()
    .int()
    .min(2000)
    .max(2100)
    .openapi({ param: { name: 'year', in: 'query' } }),
});

export const RiskNightInputSchema = z
  .strictObject({
    day: z.iso.date(),
    name: z.string().trim().min(1).max(120),
    startsAt: wallClock.default('18:00'),
    endsAt: wallClock.default('02:00').openapi({ description: 'At or before startsAt: the next morning' }),
    administrationId: z
      .uuid()
      .nullable()
      .default(null)
      .openapi({ description: 'Only this administration’s units are asked; null for the whole city' }),
    note: z.string().trim().max(500).nullable().default(null),
  })
  .openapi('RiskNightInput');

export const SeedDefaultsSchema = z.strictObject({ year: z.number().int().min(2000).max(2100) });

export const RiskNightAnswerInputSchema = z
  .strictObject({
    plannedStaff: z.number().int().min(0).max(100).openapi({ description: 'How many staff the unit plans' }),
    comment: z.string().trim().max(500).nullable().default(null),
  })
  .openapi('RiskNightAnswerInput');

const night = {
  id: z.uuid(),
  day: z.iso.date(),
  name: z.string(),
  startsAt: wallClock,
  endsAt: wallClock,
  administrationId: z.uuid().nullable(),
  note: z.string().nullable(),
};

export const RiskNightSchema = z.object(night).openapi('RiskNight');

const coverageUnit = z.object({ unitId: z.uuid(), unitName: z.string() });

export const CoverageSchema = z
  .object({
    units: z.number().int().openapi({ description: 'Units asked: the city’s, or the administration’s' }),
    answered: z.number().int(),
    plannedStaff: z.number().int(),
    answers: z.array(coverageUnit.extend({ plannedStaff: z.number().int(), planned: z.boolean() })),
    notAnswered: z.array(coverageUnit),
  })
  .openapi('RiskNightCoverage');

export const RiskNightCalendarSchema = z
  .object({
    year: z.number().int(),
    nights: z.array(RiskNightSchema.extend({ coverage: CoverageSchema })),
  })
  .openapi('RiskNightCalendar');

export const RiskNightAnswerSchema = z
  .object({
    plannedStaff: z.number().int(),
    comment: z.string().nullable(),
    answeredAt: z.iso.datetime(),
    shiftId: z.uuid().nullable().openapi({ description: 'The planned shift the answer became, if any' }),
  })
  .openapi('RiskNightAnswer');

export const UnitRiskNightsSchema = z
  .object({
    year: z.number().int(),
    nights: z.array(RiskNightSchema.extend({ answer: RiskNightAnswerSchema.nullable() })),
  })
  .openapi('UnitRiskNights');

export const SeededSchema = z.object({ added: z.number().int(), nights: z.array(RiskNightSchema) });

export type RiskNightInput = z.infer<typeof RiskNightInputSchema>;
export type RiskNightDto = z.infer<typeof RiskNightSchema>;
export type RiskNightAnswerInput = z.infer<typeof RiskNightAnswerInputSchema>;
export type RiskNightAnswerDto = z.infer<typeof RiskNightAnswerSchema>;
export type RiskNightCalendar = z.infer<typeof RiskNightCalendarSchema>;
export type UnitRiskNights = z.infer<typeof UnitRiskNightsSchema>;
