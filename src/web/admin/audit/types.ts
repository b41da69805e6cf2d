import type { InferResponseType } from 'hono/client';
import type { api } from '../../api/client';

export type AuditEventPage = InferResponseType<typeof api.api.audit.events.$get, 200>;
export type AuditEvent = AuditEventPage['events'][number];
export type ChainStatus = InferResponseType<typeof api.api.audit.verify.$get, 200>;

/** The list's filter as the form holds it: empty strings for "any". */
export type AuditFilter = { action: string; entityType: string; actor: string; from: string; to: string };

export const NO_FILTER: AuditFilter = { action: '', entityType: '', actor: '', from: '', to: '' };
