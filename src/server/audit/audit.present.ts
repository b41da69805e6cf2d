import type { AuditEventDto } from './audit.schema';
import type { AuditLogRow } from './audit-log.repository';

/** An audit row as the API shows it; the actor's name comes from the accounts table, not the row. */
export function presentAuditEvent(row: AuditLogRow): AuditEventDto {
  return {
    seq: row.seq,
    id: row.id,
    occurredAt: row.occurred_at.toISOString(),
    actor: { userId: row.actor_user_id, name: row.actor_name },
    roles: row.actor_roles.split(',').filter((role) => role.length > 0),
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    details: row.details,
    ip: row.ip,
  };
}
