import { z } from '@hono/zod-openapi';
import { ACTIVITY_KINDS, ACTIVITY_PARTNERS } from '../../shared/field-log';
import { MINUTES_PER_DAY } from '../../shared/staff-time';

/** A Stockholm calendar day, e.g. 2026-06-12. */
const day = z.iso.date();

export const ActivityInputSchema = z
  .strictObject({
    kind: z.enum(ACTIVITY_KINDS),
    day,
    minutes: z.number().int().min(1).max(MINUTES_PER_DAY),
    assignmentId: z.uuid().nullable().openapi({
      description: 'The municipal assignment worked on; required for other_municipal, else null',
    }),
    partners: z.array(z.enum(ACTIVITY_PARTNERS)).max(ACTIVITY_PARTNERS.length),
    userId: z
      .uuid()
      .optional()
      .openapi({ description: 'Whose time it was; the caller’s own unless a manager logs for a colleague' }),
  })
  .openapi('ActivityInput');

export const ActivitySchema = z
  .object({
    id: z.uuid(),
    unitId: z.uuid(),
    userId: z.uuid(),
    displayName: z.string(),
    kind: z.enum(ACTIVITY_KINDS),
    day,
    minutes: z.number().int(),
    assignmentId: z.uuid().nullable(),
    assignmentName: z.string().nullable(),
    partners: z.array(z.enum(ACTIVITY_PARTNERS)),
    version: z.number().int(),
    updatedAt: z.iso.datetime(),
  })
  .openapi('Activity');

export const ActivityListSchema = z.object({ activities: z.array(ActivitySchema) }).openapi('ActivityList');

export const ActivityListQuery = z.object({
  from: day.openapi({ description: 'Activities on or after this day' }),
  to: day.openapi({ description: 'Activities before this day' }),
});

export const AssignmentSchema = z
  .object({ id: z.uuid(), name: z.string(), retired: z.boolean() })
  .openapi('MunicipalAssignment');

export const AssignmentListSchema = z
  .object({ assignments: z.array(AssignmentSchema) })
  .openapi('MunicipalAssignmentList');

export const AssignmentInputSchema = z
  .strictObject({ name: z.string().trim().min(1).max(80) })
  .openapi('MunicipalAssignmentInput');

export type ActivityInput = z.infer<typeof ActivityInputSchema>;
export type ActivityDto = z.infer<typeof ActivitySchema>;
export type AssignmentDto = z.infer<typeof AssignmentSchema>;
