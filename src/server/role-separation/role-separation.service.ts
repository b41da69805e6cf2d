import type { Transaction } from 'kysely';
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

/** The issue a shift save gets when it would tag field work as an authority task where that is not allowed. */
export function authorityIssues(timeUse: TimeUse, previous: TimeUse | null, allowed: boolean): ErrorIssue[] {
  if (timeUseAllowed(timeUse, previous, allowed)) return [];
  return [
    {
      path: 'shift.timeUse',
      code: AUTHORITY_NOT_ALLOWED,
      message: 'Field workers here do not carry out authority tasks (myndighetsutövning)',
    },
  ];
}

/**
 * Refuses a shift save that would newly tag field work as an authority task where the municipality
 * keeps the roles apart. Asks the database only when the shift is tagged so.
 */
export async function requireTimeUseAllowed(
  trx: Transaction<Database>,
  municipalityId: string,
  timeUse: TimeUse,
  previous: TimeUse | null,
): Promise<void> {
  if (timeUseAllowed(timeUse, previous, false)) return;
  const issues = authorityIssues(timeUse, previous, await authorityTasksAllowed(trx, municipalityId));
  if (issues.length > 0)
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
