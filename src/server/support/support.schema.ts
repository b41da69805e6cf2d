import { z } from '@hono/zod-openapi';
import {
  CHOOSABLE_CLOSE_REASONS,
  CLOSE_REASONS,
  CONSENT_PARTIES,
  LOG_KINDS,
  MAX_CONSENT_SCOPE_LENGTH,
  MAX_LOG_NOTE_LENGTH,
  MAX_NAME_LENGTH,
  MAX_PLAN_LENGTH,
  REFUSED_LOG_KINDS,
} from '../../shared/support-contacts';
import { GenderSchema } from '../shifts/shift.schema';

const day = z.iso.date().openapi({ description: 'A calendar day, YYYY-MM-DD (Stockholm)' });
const name = z
  .string()
  .trim()
  .min(1)
  .max(MAX_NAME_LENGTH)
  .openapi({ description: 'A pseudonym or first name; never a surname or personal identity number' });
const birthYear = z.number().int().min(1900).max(2200);
const plan = z.string().trim().max(MAX_PLAN_LENGTH).nullable();
const person = z.object({ id: z.uuid(), displayName: z.string() });

export const ConsentInputSchema = z
  .strictObject({
    youngPerson: z.boolean().openapi({ description: 'The young person consented (always required)' }),
    guardian: z.boolean().openapi({ description: 'A guardian consented (required under 15)' }),
    consentedOn: day,
    scope: z.string().trim().min(1).max(MAX_CONSENT_SCOPE_LENGTH).openapi({
      description: 'What the consent covers, in a few words; checked for personal data',
    }),
  })
  .openapi('SupportConsentInput');

export const CreateSupportContactSchema = z
  .strictObject({
    name,
    birthYear,
    gender: GenderSchema,
    areaId: z.uuid().nullable(),
    plan,
    consent: ConsentInputSchema,
  })
  .openapi('CreateSupportContact');

export const UpdateSupportContactSchema = z
  .strictObject({
    version: z.number().int().min(1).openapi({ description: 'The version edited; a stale one gets 409' }),
    name: name.optional(),
    birthYear: birthYear.optional(),
    gender: GenderSchema.optional(),
    areaId: z.uuid().nullable().optional(),
    plan: plan.optional(),
  })
  .openapi('UpdateSupportContact');

export const AddLogEntrySchema = z
  .strictObject({
    contactOn: day,
    note: z.string().trim().max(MAX_LOG_NOTE_LENGTH).nullable(),
    kind: z.enum([...LOG_KINDS, ...REFUSED_LOG_KINDS]).openapi({
      description: 'Always preventive: authority tasks are refused (authority_task_refused)',
    }),
    shiftId: z.uuid().nullable().openapi({ description: 'A shift of the same unit the contact happened on' }),
  })
  .openapi('AddSupportLogEntry');

export const WithdrawConsentSchema = z
  .strictObject({ withdrawnBy: z.enum(CONSENT_PARTIES) })
  .openapi('WithdrawSupportConsent');

export const CloseSupportContactSchema = z
  .strictObject({ reason: z.enum(CHOOSABLE_CLOSE_REASONS) })
  .openapi('CloseSupportContact');

export const HandOverSchema = z
  .strictObject({ toUserId: z.uuid().openapi({ description: 'A colleague in the same unit' }) })
  .openapi('HandOverSupportContact');

export const SupportListQuery = z.object({
  status: z.enum(['open', 'closed', 'all']).default('open'),
});

export const ContinuityQuery = z.object({ from: day, to: day });

export const SupportContactSummarySchema = z
  .object({
    id: z.uuid(),
    unitId: z.uuid(),
    name: z.string(),
    birthYear: z.number().int(),
    gender: GenderSchema,
    status: z.enum(['open', 'closed']),
    responsible: person,
    responsibleInUnit: z.boolean().openapi({
      description: 'False when the responsible person no longer works in the unit: hand the contact over',
    }),
    openedAt: z.iso.datetime(),
    lastContactOn: day,
    closedAt: z.iso.datetime().nullable(),
    closeReason: z.enum(CLOSE_REASONS).nullable(),
  })
  .openapi('SupportContactSummary');

export const SupportContactListSchema = z
  .object({ contacts: z.array(SupportContactSummarySchema) })
  .openapi('SupportContactList');

export const SupportLogEntrySchema = z
  .object({
    id: z.uuid(),
    contactOn: day,
    kind: z.enum(LOG_KINDS),
    note: z.string().nullable(),
    shift: z.object({ id: z.uuid(), startsAt: z.iso.datetime(), title: z.string().nullable() }).nullable(),
    createdBy: person,
    createdAt: z.iso.datetime(),
  })
  .openapi('SupportLogEntry');

export const SupportEventSchema = z
  .object({
    kind: z.enum(['opened', 'handed_over', 'closed']),
    at: z.iso.datetime(),
    actor: person,
    from: person.nullable(),
    to: person.nullable(),
    closeReason: z.enum(CLOSE_REASONS).nullable(),
  })
  .openapi('SupportContactEvent');

export const SupportContactSchema = SupportContactSummarySchema.extend({
  area: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  plan: z.string().nullable(),
  consent: z.object({
    youngPerson: z.boolean(),
    guardian: z.boolean(),
    guardianRequired: z.boolean().openapi({ description: 'Whether the age rule asked for a guardian too' }),
    consentedOn: day,
    scope: z.string(),
    withdrawnAt: z.iso.datetime().nullable(),
    withdrawnBy: z.enum(CONSENT_PARTIES).nullable(),
  }),
  version: z.number().int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  log: z.array(SupportLogEntrySchema).openapi({ description: 'Newest first' }),
  events: z.array(SupportEventSchema).openapi({ description: 'Opened, handed over, closed; oldest first' }),
}).openapi('SupportContact');

export const SupportAuditTrailSchema = z
  .object({
    events: z.array(
      z.object({
        at: z.iso.datetime(),
        action: z.string().openapi({ example: 'support_contact.read' }),
        actor: person.nullable(),
        actorRoles: z.string(),
      }),
    ),
  })
  .openapi('SupportContactAuditTrail');

const counts = z.number().int().min(0);

export const ContinuityReportSchema = z
  .object({
    period: z.object({ from: day, to: day }),
    lostAfterDays: z
      .number()
      .int()
      .openapi({ description: 'Open without a logged contact this long = lost' }),
    openAtStart: counts,
    opened: counts,
    openAtEnd: counts,
    handedOver: counts.openapi({
      description: 'Handovers in the period (a contact can be handed over twice)',
    }),
    closed: z.object({
      total: counts,
      byReason: z.record(z.enum(CLOSE_REASONS), counts),
    }),
    lost: z.object({
      workerLeft: counts.openapi({
        description: 'Closed because the responsible person left, not handed over',
      }),
      noContact: counts.openapi({ description: 'Open at the end, no contact logged for lostAfterDays' }),
      total: counts,
    }),
  })
  .openapi('SupportContinuityReport');

export type CreateSupportContactInput = z.infer<typeof CreateSupportContactSchema>;
export type UpdateSupportContactInput = z.infer<typeof UpdateSupportContactSchema>;
export type AddLogEntryInput = z.infer<typeof AddLogEntrySchema>;
export type SupportContactDto = z.infer<typeof SupportContactSchema>;
export type SupportContactSummaryDto = z.infer<typeof SupportContactSummarySchema>;
export type ContinuityReportDto = z.infer<typeof ContinuityReportSchema>;
