import { z } from '@hono/zod-openapi';
import { GENDERS } from '../../shared/field-log';

const day = z.iso.date().openapi({ description: 'A Stockholm calendar day, YYYY-MM-DD' });
/** A published count: exact for a unit's own staff, otherwise perturbed by the cell-key method. */
const figure = z.number().int().min(0).openapi('PublishedFigure');

export const StatisticsQuery = z
  .object({
    from: day.openapi({ description: 'First day, inclusive' }),
    to: day.openapi({ description: 'Last day, inclusive' }),
  })
  .refine((q) => q.from <= q.to, { message: 'from must not be after to', path: ['to'] })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= 3 * 366 * 86_400_000, {
    message: 'At most three years at a time',
    path: ['to'],
  });

export const ProtectionSchema = z.enum(['exact', 'cellKey']).openapi('Protection', {
  description:
    'How figures about young people are published: "exact" only to a unit’s own staff; otherwise "cellKey": ' +
    'perturbed by the cell-key method (GET /api/disclosure/method), so small figures are approximate and ' +
    'parts need not add up to their totals, but the same figure is the same on every page and in every file.',
});

const byGender = z.object(
  Object.fromEntries(GENDERS.map((g) => [g, figure])) as Record<(typeof GENDERS)[number], typeof figure>,
);

/** Which place and period a statistic is for, and how its figures about young people are published. */
export const PublishedStatisticShape = {
  scope: z.object({
    kind: z.enum(['unit', 'administration', 'municipality']),
    id: z.uuid(),
    name: z.string(),
  }),
  from: z.string(),
  to: z.string(),
  protection: ProtectionSchema,
};

export const ContactStatisticsSchema = z
  .object({
    ...PublishedStatisticShape,
    ageBands: z.array(z.object({ id: z.uuid(), labelSv: z.string(), labelEn: z.string() })),
    byGenderAndAge: z
      .array(z.object({ gender: z.enum(GENDERS), cells: z.array(figure), total: figure }))
      .openapi({ description: 'Rows per gender, cells in ageBands order, with row totals' }),
    ageTotals: z.array(figure),
    byGenderAndDepth: z
      .array(z.object({ gender: z.enum(GENDERS), cells: z.array(figure), total: figure }))
      .openapi({
        description: 'Rows per gender, cells by depth (brief, conversation, support), with row totals',
      }),
    depthTotals: z.array(figure),
    total: figure,
    byMonth: z
      .array(z.object({ month: z.string(), byGender, total: figure }))
      .openapi({ description: 'Contacts per month (YYYY-MM) and gender' }),
    comparisons: z
      .object({
        previousPeriod: z.object({ from: z.string(), to: z.string(), byGender, total: figure }),
        sameTimeLastYear: z.object({ from: z.string(), to: z.string(), byGender, total: figure }),
      })
      .openapi({
        description: 'The same figures for the period just before, and for the same dates a year earlier',
      }),
    note: z.string(),
  })
  .openapi('ContactStatistics');

export type ContactStatistics = z.infer<typeof ContactStatisticsSchema>;
