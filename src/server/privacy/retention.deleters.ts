import type { Transaction } from 'kysely';
import type { Database } from '../db/database';
import { deleteSupportContactsDue } from '../support/support.repository';
import type { RecordKind } from './retention-policy';

/**
 * For each kind of personal record: which rows are due at a cutoff, and how to delete them. A
 * record's rows elsewhere (a support contact's log and history) go with it by `on delete cascade`;
 * audit rows stay, and hold ids only.
 */
export const DUE_RECORDS: Record<
  RecordKind,
  { delete: (trx: Transaction<Database>, municipalityId: string, cutoff: Date) => Promise<number> }
> = {
  support_contact: { delete: deleteSupportContactsDue },
  // Fältlogg's copy goes some time after the reception acknowledged it; the authority's case system
  // keeps the official one. An unacknowledged report is never deleted: it has not been received.
  report_of_concern: {
    delete: async (trx, municipalityId, cutoff) => {
      const result = await trx
        .deleteFrom('reports_of_concern')
        .where('municipality_id', '=', municipalityId)
        .where('acknowledged_at', 'is not', null)
        .where('acknowledged_at', '<=', cutoff)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  },
};
