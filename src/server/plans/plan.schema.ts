import { z } from '@hono/zod-openapi';
import { ACTIVITY_KINDS, ACTIVITY_PARTNERS, GENDERS, TIME_USES } from '../../shared/field-log';
import {
  MAX_GOAL_TARGETS,
  MAX_GOAL_TEXT,
  MAX_PLAN_GOALS,
  PLAN_COMPARISONS,
  PLAN_MEASURE_INFO,
  PLAN_MEASURES,
  type PlanParameter,
} from '../../shared/plan-targets';
import { ProtectionSchema } from '../statistics/statistics.schema';

export const PLAN_STATUSES = ['draft', 'submitted', 'approved', 'returned'] as const;

export const PlanTargetSchema = z
  .strictObject({
    measure: z.enum(PLAN_MEASURES).openapi({ description: 'What the target is measured by' }),
    comparison: z.enum(PLAN_COMPARISONS),
    value: z.number().min(0).max(1_000_000).openapi({ description: 'The target, in the measure’s unit' }),
    timeUse: z.enum(TIME_USES).optional(),
    areaId: z.uuid().optional(),
    activityKind: z.enum(ACTIVITY_KINDS).optional(),
    partner: z.enum(ACTIVITY_PARTNERS).optional(),
    weekdays: z
      .array(z.number().int().min(1).max(7))
      .min(1)
      .max(7)
      .optional()
      .openapi({ description: 'ISO weekdays, 1 = Monday … 7 = Sunday' }),
  })
  .superRefine((target, ctx) => {
    const info = PLAN_MEASURE_INFO[target.measure];
    const allowed = new Set<PlanParameter>([...info.required, ...info.optional]);
    for (const parameter of info.required)
      if (target[parameter] === undefined)
        ctx.addIssue({
          code: 'custom',
          path: [parameter],
          message: 'Required for this measure',
          params: { code: 'target_parameter_required' },
        });
    for (const parameter of ['timeUse', 'areaId', 'activityKind', 'partner', 'weekdays'] as const)
      if (target[parameter] !== undefined && !allowed.has(parameter))
        ctx.addIssue({
          code: 'custom',
          path: [parameter],
          message: 'Not used by this measure',
          params: { code: 'target_parameter_unused' },
        });
    if (info.unit === 'percent' && target.value > 100)
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: 'A share is at most 100',
        params: { code: 'share_over_100' },
      });
  })
  .openapi('PlanTarget');

export const PlanGoalSchema = z
  .strictObject({
    id: z.uuid().openapi({ description: 'Chosen by the client, kept across versions' }),
    text: z.string().trim().min(1).max(MAX_GOAL_TEXT),
    targets: z.array(PlanTargetSchema).min(1).max(MAX_GOAL_TARGETS),
  })
  .openapi('PlanGoal');

export const PlanDraftSchema = z
  .strictObject({ goals: z.array(PlanGoalSchema).max(MAX_PLAN_GOALS) })
  .openapi('PlanDraft');

export const PlanDecisionSchema = z
  .strictObject({ comment: z.string().trim().max(2000).optional() })
  .openapi('PlanDecision');

export const PlanVersionSchema = z
  .object({
    version: z.number().int(),
    status: z.enum(PLAN_STATUSES),
    goals: z.array(PlanGoalSchema),
    draftedBy: z.string().openapi({ description: 'Display name of who drafted it' }),
    updatedAt: z.iso.datetime(),
    submittedAt: z.iso.datetime().nullable(),
    decidedBy: z.string().nullable(),
    decidedAt: z.iso.datetime().nullable(),
    decisionComment: z.string().nullable(),
  })
  .openapi('PlanVersion');

export const PlanSchema = z
  .object({
    unitId: z.uuid(),
    unitName: z.string(),
    year: z.number().int(),
    exists: z.boolean().openapi({ description: 'False until the first draft is saved' }),
    closed: z.boolean().openapi({ description: 'The year is closed: nothing can change' }),
    inForce: z.number().int().nullable().openapi({ description: 'The latest approved version' }),
    versions: z.array(PlanVersionSchema).openapi({ description: 'Newest first' }),
  })
  .openapi('Plan');

export const PlanSummarySchema = z
  .object({
    unitId: z.uuid(),
    unitName: z.string(),
    administrationName: z.string(),
    status: z.enum(PLAN_STATUSES).nullable().openapi({ description: 'The latest version’s; null: none yet' }),
    version: z.number().int().nullable(),
    goals: z.number().int(),
    inForce: z.number().int().nullable(),
    closed: z.boolean(),
  })
  .openapi('PlanSummary');

const byGender = z.object(
  Object.fromEntries(GENDERS.map((g) => [g, z.number()])) as Record<(typeof GENDERS)[number], z.ZodNumber>,
);

export const PlanFollowUpSchema = z
  .object({
    unitId: z.uuid(),
    year: z.number().int(),
    version: z.number().int().nullable().openapi({ description: 'The version followed up; null: no plan' }),
    approved: z.boolean().openapi({ description: 'False when following up a version not yet approved' }),
    from: z.string(),
    to: z.string(),
    protection: ProtectionSchema,
    goals: z.array(
      z.object({
        id: z.uuid(),
        text: z.string(),
        targets: z.array(
          PlanTargetSchema.and(
            z.object({
              actual: z.number().nullable().openapi({ description: 'The value so far; null: nothing yet' }),
              byGender: byGender.nullable(),
              status: z.enum(['met', 'onTrack', 'behind', 'noData']),
            }),
          ),
        ),
      }),
    ),
  })
  .openapi('PlanFollowUp');

export const YearParams = z.object({
  unitId: z.uuid(),
  year: z.coerce
    .number()
    .int()
    .min(2000)
    .max(2100)
    .openapi({ param: { name: 'year', in: 'path' } }),
});

export type PlanDraft = z.infer<typeof PlanDraftSchema>;
export type PlanDto = z.infer<typeof PlanSchema>;
export type PlanSummary = z.infer<typeof PlanSummarySchema>;
export type PlanFollowUp = z.infer<typeof PlanFollowUpSchema>;
