import { z } from '@hono/zod-openapi';

const day = z.iso.date();

export const CourseSchema = z.strictObject({
  name: z.string().trim().min(1).max(120),
  completedOn: day,
  hours: z.number().min(0).max(2000).nullable(),
});

export const CompetenceInputSchema = z
  .strictObject({
    introductionDoneOn: day
      .nullable()
      .openapi({ description: 'When the introduction training was completed' }),
    introductionName: z
      .string()
      .trim()
      .min(1)
      .max(120)
      .nullable()
      .openapi({ description: 'Which introduction, e.g. the city’s three-day introduction' }),
    socialWorkEducation: z.boolean().openapi({ description: 'Socionom or equivalent education' }),
    courses: z.array(CourseSchema).max(100),
  })
  .openapi('CompetenceInput');

export const CompetenceSchema = CompetenceInputSchema.extend({
  userId: z.uuid(),
  displayName: z.string(),
  recorded: z.boolean().openapi({ description: 'Whether anything has been recorded yet' }),
  updatedAt: z.iso.datetime().nullable(),
}).openapi('Competence');

export const UnitCompetenceSchema = z
  .object({
    staff: z.array(CompetenceSchema),
    summary: z.object({
      staff: z.number().int(),
      withoutIntroduction: z.number().int(),
      withSocialWorkEducation: z.number().int(),
      coursesThisYear: z.number().int(),
    }),
  })
  .openapi('UnitCompetence');

export type CompetenceInput = z.infer<typeof CompetenceInputSchema>;
export type CompetenceDto = z.infer<typeof CompetenceSchema>;
export type UnitCompetence = z.infer<typeof UnitCompetenceSchema>;
