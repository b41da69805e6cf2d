import { z } from '@hono/zod-openapi';
import { MAX_TALLY_COUNT } from '../../shared/field-log';
import { GenderSchema } from '../shifts/shift.schema';

const outcomeCount = z.number().int().min(0).max(MAX_TALLY_COUNT);
const label = z.object({ sv: z.string(), en: z.string() });

const OutcomeCountsShape = {
  arrived: outcomeCount.openapi({ description: 'Arrived at the service' }),
  notArrived: outcomeCount.openapi({ description: 'Did not arrive' }),
  unknown: outcomeCount.openapi({ description: 'Followed up, but not known' }),
};

export const GuidanceCellSchema = z
  .object({
    serviceId: z.uuid(),
    service: label,
    gender: GenderSchema,
    ageBandId: z.uuid(),
    ageBand: label,
    guided: z.number().int().openapi({ description: 'Young people guided in this cell (no identities)' }),
    ...OutcomeCountsShape,
  })
  .openapi('GuidanceCell');

export const FollowUpShiftSchema = z
  .object({
    shiftId: z.uuid(),
    startsAt: z.iso.datetime(),
    endsAt: z.iso.datetime(),
    cells: z.array(GuidanceCellSchema),
  })
  .openapi('GuidanceFollowUpShift');

export const FollowUpListSchema = z
  .object({
    followUpAfterDays: z.number().int(),
    followUpWithinDays: z.number().int(),
    shifts: z
      .array(FollowUpShiftSchema)
      .openapi({ description: 'Done shifts with guidance still lacking an outcome, newest first' }),
  })
  .openapi('GuidanceFollowUpList');

export const SaveOutcomesSchema = z
  .strictObject({
    mutationId: z
      .uuid()
      .openapi({ description: 'Made by the client per save; a retry with the same id is applied once' }),
    outcomes: z
      .array(
        z.strictObject({
          serviceId: z.uuid(),
          gender: GenderSchema,
          ageBandId: z.uuid(),
          ...OutcomeCountsShape,
        }),
      )
      .max(200)
      .openapi({ description: 'The whole outcome set of the shift; cells left out have no outcome' }),
  })
  .openapi('SaveGuidanceOutcomes');

export type FollowUpShift = z.infer<typeof FollowUpShiftSchema>;
export type SaveOutcomes = z.infer<typeof SaveOutcomesSchema>;
