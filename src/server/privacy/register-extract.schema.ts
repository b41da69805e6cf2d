import { z } from '@hono/zod-openapi';
import { CLOSE_REASONS, CONSENT_PARTIES, LOG_KINDS } from '../../shared/support-contacts';
import { GenderSchema } from '../shifts/shift.schema';

/** The format's name and version: a reader can tell what it holds before reading further. */
export const REGISTER_EXTRACT_FORMAT = 'faltlogg-registerutdrag';
export const REGISTER_EXTRACT_VERSION = 1;

const day = z.iso.date().openapi({ description: 'A calendar day, YYYY-MM-DD (Stockholm)' });
const instant = z.iso.datetime().openapi({ description: 'An instant, ISO 8601 in UTC' });

/**
 * The register extract (GDPR art. 15) of one support contact as data, version 1. Every key is
 * documented in docs/register-extract.md (a test holds the two together); strict objects, so a
 * key added here without a new version fails that test.
 */
export const RegisterExtractSchema = z
  .strictObject({
    format: z.literal(REGISTER_EXTRACT_FORMAT),
    version: z.literal(REGISTER_EXTRACT_VERSION),
    producedAt: instant,
    controller: z.strictObject({ municipality: z.string(), unit: z.string() }),
    supportContact: z.strictObject({
      id: z.uuid(),
      name: z.string(),
      birthYear: z.number().int(),
      gender: GenderSchema,
      area: z.string().nullable(),
      plan: z.string().nullable(),
      openedAt: instant,
      closedAt: instant.nullable(),
      closeReason: z.enum(CLOSE_REASONS).nullable(),
      lastContactOn: day,
    }),
    consent: z.strictObject({
      youngPerson: z.boolean(),
      guardian: z.boolean(),
      consentedOn: day,
      scope: z.string(),
      withdrawnAt: instant.nullable(),
      withdrawnBy: z.enum(CONSENT_PARTIES).nullable(),
    }),
    contactLog: z.array(
      z.strictObject({
        on: day,
        kind: z.enum(LOG_KINDS),
        note: z.string().nullable(),
        loggedBy: z.string(),
      }),
    ),
    history: z.array(
      z.strictObject({
        kind: z.enum(['opened', 'handed_over', 'closed']),
        at: instant,
        closeReason: z.enum(CLOSE_REASONS).nullable(),
      }),
    ),
    readBy: z.array(z.strictObject({ at: instant, action: z.string(), roles: z.string() })),
    retention: z.strictObject({ months: z.number().int(), plannedDeletionOn: day }),
  })
  .openapi('RegisterExtract');

export type RegisterExtract = z.infer<typeof RegisterExtractSchema>;
