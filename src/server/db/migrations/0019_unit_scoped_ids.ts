import type { Kysely } from 'kysely';
import { runStatements } from '../sql-script';

/**
 * Ids chosen by a client are scoped to where the client may write (issue 12), so that probing with
 * another unit's id answers exactly as a random id does:
 * - A report of concern gets its id from the server; the browser's id becomes `send_id`, the key that
 *   recognises a resend, unique per unit × reporter. Another unit's or another reporter's id is then
 *   simply unused here.
 * - A shift keeps the id the phone made (it saves offline, and edits it by that id before it ever
 *   reaches the server) as `public_id`, unique per unit; the API addresses shifts by it. The row's
 *   `id`, which the child tables reference, equals it unless another unit of the municipality already
 *   holds that id, in which case the server makes a fresh one.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    alter table reports_of_concern add column send_id uuid;
    update reports_of_concern set send_id = id;
    alter table reports_of_concern alter column send_id set not null;
    create unique index reports_of_concern_send on reports_of_concern
      (municipality_id, unit_id, reporter_user_id, send_id);

    alter table shifts add column public_id uuid;
    update shifts set public_id = id;
    alter table shifts alter column public_id set not null;
    create unique index shifts_public_id on shifts (municipality_id, unit_id, public_id);
  `,
  );
}
