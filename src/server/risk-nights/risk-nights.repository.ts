import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../db/database';

type Reader = Kysely<Database> | Transaction<Database>;

const NIGHT_COLUMNS = [
  'n.id',
  'n.administration_id',
  'n.day',
  'n.name',
  'n.starts_at',
  'n.ends_at',
  'n.note',
  'n.version',
] as const;

/** The year's risk nights still out, in date order. */
export async function riskNightsOfYear(db: Reader, municipalityId: string, year: number) {
  return db
    .selectFrom('risk_nights as n')
    .select(NIGHT_COLUMNS)
    .where('n.municipality_id', '=', municipalityId)
    .where('n.removed_at', 'is', null)
    .where('n.day', '>=', `${year}-01-01`)
    .where('n.day', '<=', `${year}-12-31`)
    .orderBy('n.day')
    .orderBy('n.name')
    .execute();
}

export type RiskNightRow = Awaited<ReturnType<typeof riskNightsOfYear>>[number];

export async function findRiskNight(db: Reader, municipalityId: string, id: string) {
  return db
    .selectFrom('risk_nights as n')
    .select(NIGHT_COLUMNS)
    .where('n.municipality_id', '=', municipalityId)
    .where('n.id', '=', id)
    .where('n.removed_at', 'is', null)
    .executeTakeFirst();
}

export type NightFields = {
  administration_id: string | null;
  day: string;
  name: string;
  starts_at: string;
  ends_at: string;
  note: string | null;
};

export async function insertRiskNights(
  trx: Transaction<Database>,
  rows: (NightFields & { id: string; municipality_id: string; created_by: string; created_at: Date })[],
) {
  if (rows.length === 0) return;
  await trx
    .insertInto('risk_nights')
    .values(rows.map((row) => ({ ...row, updated_at: row.created_at, version: 1 })))
    .execute();
}

export async function updateRiskNight(
  trx: Transaction<Database>,
  municipalityId: string,
  id: string,
  fields: NightFields,
  now: Date,
) {
  await trx
    .updateTable('risk_nights')
    .set((eb) => ({ ...fields, updated_at: now, version: eb('version', '+', 1) }))
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .execute();
}

export async function removeRiskNight(
  trx: Transaction<Database>,
  municipalityId: string,
  id: string,
  now: Date,
) {
  await trx
    .updateTable('risk_nights')
    .set({ removed_at: now, updated_at: now })
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .execute();
}

const ANSWER_COLUMNS = [
  'a.risk_night_id',
  'a.unit_id',
  'a.planned_staff',
  'a.comment',
  'a.answered_at',
  'a.shift_id',
  'a.shift_mutation_id',
] as const;

/** Every unit's answers to these nights. */
export async function answersTo(db: Reader, municipalityId: string, nightIds: readonly string[]) {
  if (nightIds.length === 0) return [];
  return db
    .selectFrom('risk_night_answers as a')
    .select(ANSWER_COLUMNS)
    .where('a.municipality_id', '=', municipalityId)
    .where('a.risk_night_id', 'in', nightIds)
    .execute();
}

export type AnswerRow = Awaited<ReturnType<typeof answersTo>>[number];

export async function findAnswer(db: Reader, municipalityId: string, nightId: string, unitId: string) {
  return db
    .selectFrom('risk_night_answers as a')
    .select(ANSWER_COLUMNS)
    .where('a.municipality_id', '=', municipalityId)
    .where('a.risk_night_id', '=', nightId)
    .where('a.unit_id', '=', unitId)
    .executeTakeFirst();
}

export async function saveAnswer(
  trx: Transaction<Database>,
  row: {
    municipality_id: string;
    risk_night_id: string;
    unit_id: string;
    planned_staff: number;
    comment: string | null;
    answered_by: string;
    answered_at: Date;
  },
) {
  await trx
    .insertInto('risk_night_answers')
    .values({ ...row, version: 1 })
    .onConflict((oc) =>
      oc.columns(['municipality_id', 'risk_night_id', 'unit_id']).doUpdateSet((eb) => ({
        planned_staff: eb.ref('excluded.planned_staff'),
        comment: eb.ref('excluded.comment'),
        answered_by: eb.ref('excluded.answered_by'),
        answered_at: eb.ref('excluded.answered_at'),
        version: eb('risk_night_answers.version', '+', 1),
      })),
    )
    .execute();
}

/**
 * Gives the answer its planned shift's ids unless it already has them, and returns the ids it
 * holds afterwards: the first caller's, so two calls at once agree on one shift.
 */
export async function claimShiftIds(
  db: Reader,
  key: { municipalityId: string; nightId: string; unitId: string },
  ids: { shiftId: string; mutationId: string },
) {
  await db
    .updateTable('risk_night_answers')
    .set({ shift_id: ids.shiftId, shift_mutation_id: ids.mutationId })
    .where('municipality_id', '=', key.municipalityId)
    .where('risk_night_id', '=', key.nightId)
    .where('unit_id', '=', key.unitId)
    .where('shift_id', 'is', null)
    .execute();
  return findAnswer(db, key.municipalityId, key.nightId, key.unitId);
}

/** The night's span as instants: its day's wall-clock times in Stockholm, ending next morning if need be. */
export async function nightSpan(db: Reader, municipalityId: string, nightId: string) {
  const { rows } = await sql<{ starts_at: Date; ends_at: Date }>`
    select (day + starts_at) at time zone 'Europe/Stockholm' as starts_at,
      (day + ends_at + case when ends_at <= starts_at then interval '1 day' else interval '0 days' end)
        at time zone 'Europe/Stockholm' as ends_at
    from risk_nights where municipality_id = ${municipalityId} and id = ${nightId}`.execute(db);
  const [span] = rows;
  if (!span) throw new Error(`Risk night ${nightId} has no span`);
  return { startsAt: new Date(span.starts_at).toISOString(), endsAt: new Date(span.ends_at).toISOString() };
}
