import { z } from '@hono/zod-openapi';
import {
  ACTION_KINDS,
  DEPTHS,
  GENDERS,
  MAX_NOTE_LENGTH,
  MAX_TALLY_COUNT,
  PARTNERS_PRESENT,
  PREVENTION_LEVELS,
  SEVERITIES,
  SHIFT_KINDS,
  SHIFT_STATUSES,
  TIME_USES,
} from '../../shared/field-log';
import { MINUTES_PER_DAY } from '../../shared/staff-time';
import { queryFlag } from '../http/openapi';

const count = z.number().int().min(1).max(MAX_TALLY_COUNT);
const ids = z.array(z.uuid()).max(50);
/** An instant with its UTC offset, e.g. 2026-06-12T19:00:00+02:00 (the phone sends Stockholm time). */
const instant = z.iso.datetime({ offset: true });
const freeText = (max: number) => z.string().trim().max(max).nullable();

export const GenderSchema = z.enum(GENDERS).openapi('Gender');

export const EncounterTallySchema = z
  .strictObject({ gender: GenderSchema, ageBandId: z.uuid(), depth: z.enum(DEPTHS), count })
  .openapi('EncounterTally');

export const TopicTallySchema = z.strictObject({ topicId: z.uuid(), count }).openapi('TopicTally');

export const ActionTallySchema = z
  .strictObject({
    kind: z.enum(ACTION_KINDS),
    serviceId: z.uuid().nullable().openapi({ description: 'The service guided to; only for kind guidance' }),
    gender: GenderSchema,
    ageBandId: z.uuid(),
    count,
  })
  .openapi('ActionTally');

export const ObservationSchema = z
  .strictObject({
    id: z.uuid(),
    typeId: z.uuid(),
    areaId: z.uuid().nullable(),
    point: z
      .strictObject({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) })
      .nullable(),
    observedAt: instant,
    severity: z.enum(SEVERITIES),
    estimatedSize: z.number().int().min(1).max(100_000).nullable(),
    note: freeText(500),
  })
  .openapi('Observation');

/** Everything a field worker records about one shift; the phone sends it whole on every save. */
export const ShiftInputSchema = z
  .strictObject({
    status: z.enum(SHIFT_STATUSES),
    kind: z.enum(SHIFT_KINDS),
    title: freeText(120),
    startsAt: instant,
    endsAt: instant,
    timeUse: z.enum(TIME_USES),
    preventionLevel: z.enum(PREVENTION_LEVELS).nullable(),
    staffIds: ids,
    staffMinutes: z
      .array(z.strictObject({ userId: z.uuid(), minutes: z.number().int().min(0).max(MINUTES_PER_DAY) }))
      .max(50)
      .default([])
      .openapi({ description: 'A person’s own minutes on the shift where they differ from its span' }),
    timeSplit: z
      .array(
        z.strictObject({ timeUse: z.enum(TIME_USES), minutes: z.number().int().min(1).max(MINUTES_PER_DAY) }),
      )
      .max(TIME_USES.length)
      .default([])
      .openapi({
        description: 'Minutes of the span spent on other time uses than timeUse; the rest is timeUse',
      }),
    areaIds: ids,
    arenaIds: ids,
    partners: z.array(z.enum(PARTNERS_PRESENT)).max(PARTNERS_PRESENT.length),
    riskFactorIds: ids,
    protectiveFactorIds: ids,
    encounters: z.array(EncounterTallySchema).max(500),
    topics: z.array(TopicTallySchema).max(100),
    actions: z.array(ActionTallySchema).max(200),
    observations: z.array(ObservationSchema).max(50),
    notes: freeText(MAX_NOTE_LENGTH),
  })
  .openapi('ShiftInput');

const person = z.object({ id: z.uuid(), displayName: z.string() }).nullable();

export const ShiftSchema = ShiftInputSchema.extend({
  id: z.uuid(),
  unitId: z.uuid(),
  version: z.number().int().min(1),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  createdBy: person,
  updatedBy: person,
  reviewedAt: z.iso.datetime().nullable(),
  reviewedBy: person,
  staff: z
    .array(z.object({ id: z.uuid(), displayName: z.string() }))
    .openapi({ description: 'The staff ids with names, also for people who have since left the unit' }),
}).openapi('Shift');

export const SaveShiftSchema = z
  .strictObject({
    mutationId: z
      .uuid()
      .openapi({ description: 'Made by the client per save; a retry with the same id is applied once' }),
    baseVersion: z
      .number()
      .int()
      .min(1)
      .nullable()
      .openapi({ description: 'The version this edit started from; null to create. A stale one gets 409.' }),
    shift: ShiftInputSchema,
  })
  .openapi('SaveShift');

export const ShiftConflictSchema = z
  .object({
    error: z.object({ code: z.literal('version_conflict'), message: z.string() }),
    current: ShiftSchema,
  })
  .openapi('ShiftConflict');

export const ShiftSummarySchema = z
  .object({
    id: z.uuid(),
    unitId: z.uuid(),
    status: z.enum(SHIFT_STATUSES),
    kind: z.enum(SHIFT_KINDS),
    title: z.string().nullable(),
    startsAt: z.iso.datetime(),
    endsAt: z.iso.datetime(),
    timeUse: z.enum(TIME_USES),
    staff: z.array(z.object({ id: z.uuid(), displayName: z.string() })),
    contacts: z.number().int().openapi({ description: 'Encounters counted (contacts, not unique persons)' }),
    observations: z.number().int(),
    version: z.number().int(),
    reviewedAt: z.iso.datetime().nullable(),
    needsLog: z.boolean().openapi({ description: 'Planned, and its end has passed' }),
  })
  .openapi('ShiftSummary');

export const ShiftListSchema = z.object({ shifts: z.array(ShiftSummarySchema) }).openapi('ShiftList');

export const ShiftListQuery = z.object({
  from: instant.openapi({ description: 'Shifts starting at or after this instant' }),
  to: instant.openapi({ description: 'Shifts starting before this instant' }),
  needsLog: queryFlag(),
  needsReview: queryFlag(),
});

export const RevisionSchema = z
  .object({
    version: z.number().int(),
    changedAt: z.iso.datetime(),
    changedBy: person,
    changedByRoles: z.string(),
    changes: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
  })
  .openapi('ShiftRevision');

export const RevisionListSchema = z
  .object({ revisions: z.array(RevisionSchema) })
  .openapi('ShiftRevisionList');

export type ShiftInput = z.infer<typeof ShiftInputSchema>;
export type ShiftDto = z.infer<typeof ShiftSchema>;
export type ShiftSummaryDto = z.infer<typeof ShiftSummarySchema>;
