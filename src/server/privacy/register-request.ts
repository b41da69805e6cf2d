import { z } from '@hono/zod-openapi';
import { sql } from 'kysely';
import { auditFrom, recordAccess, recordAudit } from '../audit/audit.repository';
import { requirePermission } from '../auth/actor';
import type { Db } from '../db/connect';
import { NotFound } from '../http/errors';
import type { RequestContext } from '../http/request-context';

export const RegisterSearchQuery = z.object({
  name: z.string().trim().min(1).max(60).openapi({ description: 'First name or pseudonym, as given' }),
  birthYear: z.coerce.number().int().min(1900).max(2200),
});

export const RegisterMatchesSchema = z
  .object({
    matches: z.array(
      z.object({
        id: z.uuid(),
        unitName: z.string(),
        name: z.string(),
        birthYear: z.number().int(),
        open: z.boolean(),
        openedAt: z.string(),
      }),
    ),
  })
  .openapi('RegisterMatches');

export const ErasureSchema = z
  .object({
    reason: z.enum(['data_subject_request', 'incorrect', 'other']).openapi({
      description: 'Why: the person asked, the record was wrong, or other (no free text: it would be kept)',
    }),
  })
  .openapi('Erasure');

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

/**
 * Finds a young person's support contacts across the municipality for a register request, by the
 * exact name (case aside) and birth year they give: no browsing, and every search is logged.
 */
export async function searchSupportContacts(
  db: Db,
  ctx: RequestContext,
  query: z.infer<typeof RegisterSearchQuery>,
) {
  requirePermission(ctx.actor, 'privacy.manage');
  const rows = await db
    .selectFrom('support_contacts as c')
    .innerJoin('units as u', (join) =>
      join.onRef('u.municipality_id', '=', 'c.municipality_id').onRef('u.id', '=', 'c.unit_id'),
    )
    .select(['c.id', 'u.name as unit_name', 'c.name', 'c.birth_year', 'c.closed_at', 'c.opened_at'])
    .where('c.municipality_id', '=', ctx.actor.municipalityId)
    .where(sql<boolean>`lower(c.name) = lower(${query.name})`)
    .where('c.birth_year', '=', query.birthYear)
    .orderBy('c.opened_at')
    .execute();
  await recordAccess(db, {
    ...auditFrom(ctx),
    action: 'privacy.support_contact.search',
    entityType: 'municipality',
    entityId: ctx.actor.municipalityId,
    details: { matches: rows.map((row) => row.id) },
  });
  return {
    matches: rows.map((row) => ({
      id: row.id,
      unitName: row.unit_name,
      name: row.name,
      birthYear: row.birth_year,
      open: row.closed_at === null,
      openedAt: iso(row.opened_at) as string,
    })),
  };
}

/** Erases one support contact on request, with its log and history; the audit row keeps only the id. */
export async function eraseSupportContact(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof ErasureSchema>,
) {
  requirePermission(ctx.actor, 'privacy.manage');
  await db.transaction().execute(async (trx) => {
    const result = await trx
      .deleteFrom('support_contacts')
      .where('municipality_id', '=', ctx.actor.municipalityId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (Number(result.numDeletedRows) !== 1) throw new NotFound('The support contact');
    await recordAudit(trx, {
      ...auditFrom(ctx),
      action: 'privacy.support_contact.erase',
      entityType: 'support_contact',
      entityId: id,
      details: { reason: input.reason },
    });
  });
}
