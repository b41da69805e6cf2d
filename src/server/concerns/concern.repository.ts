import { type Insertable, type Kysely, sql, type Transaction } from 'kysely';
import type { ConcernFeedback, Database, ReportsOfConcernTable } from '../db/database';

type Reader = Kysely<Database> | Transaction<Database>;

/** A report row with its unit's name and the names of the reception staff who handled it. */
export type ReportRecord = NonNullable<Awaited<ReturnType<typeof findReport>>>;

const REPORT_COLUMNS = [
  'r.id',
  'r.unit_id',
  'r.reporter_user_id',
  'r.reporter_name',
  'r.reporter_role',
  'r.reporter_phone',
  'r.child_name',
  'r.child_personal_number',
  'r.child_address',
  'r.child_school',
  'r.child_description',
  'r.guardians',
  'r.concern',
  'r.seen_and_heard',
  'r.place',
  'r.occurred_at',
  'r.urgency',
  'r.emergency_contacted',
  'r.guardian_informed',
  'r.guardian_not_informed_reason',
  'r.status',
  'r.sent_at',
  'r.acknowledged_at',
  'r.acknowledged_by',
  'r.feedback',
  'r.feedback_message',
  'r.feedback_at',
  'r.feedback_by',
] as const;

/** The columns of a report, with the birth date as 'YYYY-MM-DD' text on either database. */
function reportColumns(db: Reader) {
  return (
    db
      .selectFrom('reports_of_concern as r')
      .innerJoin('units as u', (join) =>
        join.onRef('u.municipality_id', '=', 'r.municipality_id').onRef('u.id', '=', 'r.unit_id'),
      )
      // The shift as its unit knows it (the API's id), not the row's own id.
      .leftJoin('shifts as s', (join) =>
        join.onRef('s.municipality_id', '=', 'r.municipality_id').onRef('s.id', '=', 'r.shift_id'),
      )
      .select(REPORT_COLUMNS)
      .select([
        's.public_id as shift_id',
        'u.name as unit_name',
        sql<string | null>`to_char(r.child_birth_date, 'YYYY-MM-DD')`.as('child_birth_date'),
      ])
  );
}

/** One report of the municipality, or undefined. */
export async function findReport(db: Reader, municipalityId: string, id: string) {
  return reportWithHandlers(db, municipalityId).where('r.id', '=', id).executeTakeFirst();
}

/** The report a reporter already sent from this unit under this send id (the browser's retry), or undefined. */
export async function findSentReport(
  db: Reader,
  municipalityId: string,
  unitId: string,
  reporterId: string,
  sendId: string,
) {
  return reportWithHandlers(db, municipalityId)
    .where('r.unit_id', '=', unitId)
    .where('r.reporter_user_id', '=', reporterId)
    .where('r.send_id', '=', sendId)
    .executeTakeFirst();
}

function reportWithHandlers(db: Reader, municipalityId: string) {
  return reportColumns(db)
    .leftJoin('users as ack', (join) =>
      join.onRef('ack.municipality_id', '=', 'r.municipality_id').onRef('ack.id', '=', 'r.acknowledged_by'),
    )
    .leftJoin('users as fb', (join) =>
      join.onRef('fb.municipality_id', '=', 'r.municipality_id').onRef('fb.id', '=', 'r.feedback_by'),
    )
    .select(['ack.display_name as acknowledged_by_name', 'fb.display_name as feedback_by_name'])
    .where('r.municipality_id', '=', municipalityId);
}

function summaries(db: Reader, municipalityId: string) {
  return db
    .selectFrom('reports_of_concern as r')
    .innerJoin('units as u', (join) =>
      join.onRef('u.municipality_id', '=', 'r.municipality_id').onRef('u.id', '=', 'r.unit_id'),
    )
    .select([
      'r.id',
      'r.unit_id',
      'u.name as unit_name',
      'r.reporter_name',
      'r.child_name',
      'r.urgency',
      'r.sent_at',
      'r.status',
      'r.acknowledged_at',
      'r.feedback',
      'r.feedback_at',
    ])
    .where('r.municipality_id', '=', municipalityId);
}

export type ReportSummaryRow = Awaited<ReturnType<typeof listInbox>>[number];

/** A unit's reports, newest first; only one reporter's when `reporterId` is given. */
export async function listUnitReports(
  db: Reader,
  municipalityId: string,
  unitId: string,
  reporterId: string | null,
) {
  let query = summaries(db, municipalityId).where('r.unit_id', '=', unitId);
  if (reporterId !== null) query = query.where('r.reporter_user_id', '=', reporterId);
  return query.orderBy('r.sent_at', 'desc').orderBy('r.id', 'desc').execute();
}

/** Every report sent to the municipality's reception (the caller orders them). */
export async function listInbox(db: Reader, municipalityId: string) {
  return summaries(db, municipalityId).execute();
}

export async function insertReport(trx: Transaction<Database>, row: Insertable<ReportsOfConcernTable>) {
  await trx.insertInto('reports_of_concern').values(row).execute();
}

/** Marks a sent report acknowledged; false if it was not waiting (already acknowledged, or absent). */
export async function markAcknowledged(
  trx: Transaction<Database>,
  municipalityId: string,
  id: string,
  by: string,
  at: Date,
): Promise<boolean> {
  const result = await trx
    .updateTable('reports_of_concern')
    .set({ status: 'acknowledged', acknowledged_at: at, acknowledged_by: by })
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .where('status', '=', 'sent')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Records the reception's feedback on an acknowledged report; false if it is not acknowledged. */
export async function setFeedback(
  trx: Transaction<Database>,
  municipalityId: string,
  id: string,
  feedback: { kind: ConcernFeedback; message: string | null; by: string; at: Date },
): Promise<boolean> {
  const result = await trx
    .updateTable('reports_of_concern')
    .set({
      feedback: feedback.kind,
      feedback_message: feedback.message,
      feedback_by: feedback.by,
      feedback_at: feedback.at,
    })
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .where('status', '=', 'acknowledged')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
