import { z } from '@hono/zod-openapi';

export const URGENCIES = ['immediate', 'urgent', 'normal'] as const;
export const GUARDIAN_INFORMED = ['yes', 'no', 'unknown'] as const;
export const CONCERN_STATUSES = ['sent', 'acknowledged'] as const;
export const FEEDBACK_KINDS = ['received', 'investigation_opened', 'no_action'] as const;

/** Longest free text of a report: a page or two, enough for what was seen and heard. */
export const MAX_CONCERN_TEXT = 4000;
/** The reception's message to the reporter stays short: secrecy limits what it may say. */
export const MAX_FEEDBACK_MESSAGE = 500;

const required = (max: number) => z.string().trim().min(1).max(max);
/** Optional text: null or blank means "not known". */
const optional = (max: number) => z.string().trim().max(max).nullable();
const instant = z.iso.datetime({ offset: true });

export const UrgencySchema = z.enum(URGENCIES).openapi('ConcernUrgency', {
  description:
    'immediate: the child is in acute danger (call 112 and the social emergency service first); ' +
    'urgent: needs attention within days; normal: the reception assesses in its usual order',
});
export const FeedbackKindSchema = z.enum(FEEDBACK_KINDS).openapi('ConcernFeedbackKind');

export const ReporterSchema = z
  .strictObject({
    name: required(120),
    role: required(120).openapi({ description: 'Title and workplace as the reporter gives them' }),
    phone: required(40),
  })
  .openapi('ConcernReporter');

export const ChildSchema = z
  .strictObject({
    name: optional(200),
    personalIdentityNumber: optional(13).openapi({ description: 'Personnummer, if known' }),
    birthDate: z.iso.date().nullable(),
    address: optional(300),
    school: optional(200),
    description: optional(1000).openapi({
      description: 'Age, looks, languages, friends: whatever helps find the child when the name is unknown',
    }),
  })
  .openapi('ConcernChild');

/** What a field worker fills in; sending it creates the report and delivers it to the reception. */
export const SendReportSchema = z
  .strictObject({
    sendId: z.uuid().openapi({
      description:
        'Made by the sending browser (UUIDv7), so a resend is recognised; the report’s own id is made by the server',
    }),
    shiftId: z.uuid().nullable().openapi({ description: 'A shift of the unit the concern arose on' }),
    reporter: ReporterSchema,
    child: ChildSchema,
    guardians: optional(1000),
    concern: required(MAX_CONCERN_TEXT),
    seenAndHeard: required(MAX_CONCERN_TEXT),
    place: optional(300),
    occurredAt: instant.nullable(),
    urgency: UrgencySchema,
    emergencyContacted: z.boolean().nullable().openapi({
      description: 'Whether 112 or the social emergency service was called; required if immediate',
    }),
    guardianInformed: z.enum(GUARDIAN_INFORMED),
    guardianNotInformedReason: optional(1000),
  })
  .openapi('SendReportOfConcern');

export const FeedbackInputSchema = z
  .strictObject({ feedback: FeedbackKindSchema, message: optional(MAX_FEEDBACK_MESSAGE) })
  .openapi('ConcernFeedbackInput');

const person = z.object({ id: z.uuid(), displayName: z.string() });

export const FeedbackSchema = z
  .object({ kind: FeedbackKindSchema, message: z.string().nullable(), at: z.string(), by: person })
  .openapi('ConcernFeedback');

export const ReportSchema = SendReportSchema.omit({ sendId: true })
  .extend({
    id: z.uuid(),
    unit: z.object({ id: z.uuid(), name: z.string() }),
    reporterUserId: z.uuid(),
    sentAt: z.string(),
    status: z.enum(CONCERN_STATUSES),
    acknowledgedAt: z.string().nullable(),
    acknowledgedBy: person.nullable(),
    feedback: FeedbackSchema.nullable(),
  })
  .openapi('ReportOfConcern');

export const ReportSummarySchema = z
  .object({
    id: z.uuid(),
    unit: z.object({ id: z.uuid(), name: z.string() }),
    reporterName: z.string(),
    childName: z.string().nullable(),
    urgency: UrgencySchema,
    sentAt: z.string(),
    status: z.enum(CONCERN_STATUSES),
    acknowledgedAt: z.string().nullable(),
    feedback: FeedbackKindSchema.nullable(),
    feedbackAt: z.string().nullable(),
  })
  .openapi('ReportOfConcernSummary');

export const ReportListSchema = z.object({ reports: z.array(ReportSummarySchema) });

export type SendReportInput = z.infer<typeof SendReportSchema>;
export type FeedbackInput = z.infer<typeof FeedbackInputSchema>;
export type ReportDto = z.infer<typeof ReportSchema>;
export type ReportSummaryDto = z.infer<typeof ReportSummarySchema>;
