import { z } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import { auditFrom, recordAudit } from '../audit/audit.repository';
import { requirePermission } from '../auth/actor';
import type { Db } from '../db/connect';
import type { Database } from '../db/database';
import type { RequestContext } from '../http/request-context';

export const DisclosureSettingsSchema = z
  .object({
    threshold: z
      .number()
      .int()
      .min(3)
      .max(20)
      .openapi({ description: 'Published figures about young people below this are hidden (default 5)' }),
  })
  .openapi('DisclosureSettings');
export type DisclosureSettings = z.infer<typeof DisclosureSettingsSchema>;

/** The municipality's threshold for small figures; every statistic reads it per request. */
export async function disclosureThreshold(db: Kysely<Database>, municipalityId: string): Promise<number> {
  const row = await db
    .selectFrom('municipalities')
    .select('disclosure_threshold')
    .where('id', '=', municipalityId)
    .executeTakeFirstOrThrow();
  return row.disclosure_threshold;
}

export async function readDisclosureSettings(db: Db, ctx: RequestContext): Promise<DisclosureSettings> {
  return { threshold: await disclosureThreshold(db, ctx.actor.municipalityId) };
}

/** Administrators set it; the change and its audit row land together. */
export async function updateDisclosureSettings(
  db: Db,
  ctx: RequestContext,
  input: DisclosureSettings,
): Promise<DisclosureSettings> {
  requirePermission(ctx.actor, 'org.manage');
  return db.transaction().execute(async (trx) => {
    const before = await disclosureThreshold(trx, ctx.actor.municipalityId);
    await trx
      .updateTable('municipalities')
      .set({ disclosure_threshold: input.threshold })
      .where('id', '=', ctx.actor.municipalityId)
      .execute();
    await recordAudit(trx, {
      ...auditFrom(ctx),
      action: 'statistics.threshold.update',
      entityType: 'municipality',
      entityId: ctx.actor.municipalityId,
      details: { before, after: input.threshold },
    });
    return { threshold: input.threshold };
  });
}
