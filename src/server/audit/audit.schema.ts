import { z } from '@hono/zod-openapi';

/** Codes only (letters, digits, _ and .), so a filter, which is itself audited, cannot carry a name. */
const code = z
  .string()
  .max(100)
  .regex(/^[a-z][a-z0-9_.]*$/);
const day = z.iso.date().openapi({ description: 'A Stockholm calendar day, YYYY-MM-DD' });
const positiveInteger = z
  .string()
  .regex(/^[1-9][0-9]{0,15}$/)
  .transform(Number);

export const AUDIT_PAGE_SIZE = 50;

export const AuditEventQuery = z
  .object({
    action: code.optional().openapi({ description: 'Action code prefix, e.g. `user.` or `auth.sign_in`' }),
    entityType: code.optional().openapi({ description: 'Entity type, e.g. `user`' }),
    actor: z.uuid().optional().openapi({ description: 'The acting user’s id' }),
    from: day.optional().openapi({ description: 'First day, inclusive' }),
    to: day.optional().openapi({ description: 'Last day, inclusive' }),
    before: positiveInteger
      .optional()
      .openapi({ description: 'Only events numbered below this: `nextBefore` of the previous page' }),
    limit: positiveInteger
      .pipe(z.number().max(200))
      .optional()
      .openapi({ description: `Events per page, at most 200 (default ${AUDIT_PAGE_SIZE})` }),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'from must not be after to', path: ['to'] });

export const AuditEventSchema = z
  .object({
    seq: z.number().int().openapi({ description: 'The event’s number in the municipality’s chain' }),
    id: z.uuid(),
    occurredAt: z.iso.datetime(),
    actor: z.object({
      userId: z.uuid().nullable(),
      name: z.string().nullable().openapi({ description: 'The account’s current name, if it still exists' }),
    }),
    roles: z
      .array(z.string())
      .openapi({ description: 'Roles the actor held, or ["anonymous"] before sign-in' }),
    action: z.string(),
    entityType: z.string(),
    entityId: z.uuid().nullable(),
    details: z.record(z.string(), z.unknown()),
    ip: z.string().nullable(),
  })
  .openapi('AuditEvent');

export const AuditEventPageSchema = z
  .object({
    events: z.array(AuditEventSchema),
    nextBefore: z.number().int().nullable().openapi({ description: 'Pass as `before` for older events' }),
  })
  .openapi('AuditEventPage');

export const ChainBreakSchema = z
  .object({
    seq: z.number().int(),
    kind: z.enum(['edited', 'missing', 'inserted', 'reordered']).openapi({
      description:
        'edited: the event differs from what was hashed; missing: the event is gone; inserted: an event ' +
        'was added outside the app; reordered: events are out of their order',
    }),
  })
  .openapi('ChainBreak');

export const ChainStatusSchema = z
  .object({
    ok: z.boolean(),
    checked: z.number().int().openapi({ description: 'Events verified before the first break (all, if ok)' }),
    headSeq: z.number().int().openapi({ description: 'The newest event’s number when verification began' }),
    break: ChainBreakSchema.nullable(),
    verifiedAt: z.iso.datetime(),
  })
  .openapi('ChainStatus');

export type AuditEventQueryInput = z.infer<typeof AuditEventQuery>;
export type AuditEventDto = z.infer<typeof AuditEventSchema>;
export type AuditEventPageDto = z.infer<typeof AuditEventPageSchema>;
export type ChainStatusDto = z.infer<typeof ChainStatusSchema>;
