import type { Kysely } from 'kysely';
import { timeUseAllowed } from '../../shared/activity-tag';
import type { TimeUse } from '../../shared/field-log';
import { auditFrom, recordAudit } from '../audit/audit.repository';
import { requirePermission } from '../auth/actor';
import type { Db } from '../db/connect';
import type { Database } from '../db/database';
import { type ErrorIssue, ValidationError } from '../http/errors';
import type { RequestContext } from '../http/request-context';
import { authorityTasksAllowed, setAuthorityTasksAllowed } from './role-separation.repository';
import type { RoleSeparation } from './role-separation.schema';

export const AUTHORITY_NOT_ALLOWED = 'authority_tasks_not_allowed';

/** A time use a save asks for, where in the request it sits, and what that place held before. */
export type TimeUseWanted = { path: string; timeUse: TimeUse; previous: TimeUse | null };

/**
 * Refuses a save (a shift, its time split, an activity) that would newly tag work as an authority
 * task where the municipality keeps the roles apart. Asks the database only when something is
 * tagged so; what was already saved stays savable.
 */
export async function requireTimeUsesAllowed(
  trx: Kysely<Database>,
  municipalityId: string,
  wanted: readonly TimeUseWanted[],
): Promise<void> {
  const tagged = wanted.filter((w) => !timeUseAllowed(w.timeUse, w.previous, false));
  if (tagged.length === 0 || (await authorityTasksAllowed(trx, municipalityId))) return;
  const issues: ErrorIssue[] = tagged.map((w) => ({
    path: w.path,
    code: AUTHORITY_NOT_ALLOWED,
    message: 'Field workers here do not carry out authority tasks (myndighetsutövning)',
  }));
  throw new ValidationError(
    'Field workers here do not carry out authority tasks',
    issues,
    AUTHORITY_NOT_ALLOWED,
  );
}

export async function readRoleSeparation(db: Db, ctx: RequestContext): Promise<RoleSeparation> {
  requirePermission(ctx.actor, 'org.read');
  return { fieldWorkersDoAuthorityTasks: await authorityTasksAllowed(db, ctx.actor.municipalityId) };
}

/** Administrators set it; the change and its audit row land together. */
export async function updateRoleSeparation(
  db: Db,
  ctx: RequestContext,
  input: RoleSeparation,
): Promise<RoleSeparation> {
  requirePermission(ctx.actor, 'privacy.manage');
  const municipalityId = ctx.actor.municipalityId;
  return db.transaction().execute(async (trx) => {
    const before = await authorityTasksAllowed(trx, municipalityId);
    if (before !== input.fieldWorkersDoAuthorityTasks) {
      await setAuthorityTasksAllowed(trx, municipalityId, input.fieldWorkersDoAuthorityTasks);
      await recordAudit(trx, {
        ...auditFrom(ctx),
        action: 'privacy.role_separation.update',
        entityType: 'municipality',
        entityId: municipalityId,
        details: { before, after: input.fieldWorkersDoAuthorityTasks },
      });
    }
    return { fieldWorkersDoAuthorityTasks: input.fieldWorkersDoAuthorityTasks };
  });
}
