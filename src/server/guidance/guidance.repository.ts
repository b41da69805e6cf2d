import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/database';
import type { OutcomeCell } from './guidance-rules';

type Reader = Kysely<Database> | Transaction<Database>;
type Which = { unitId: string; endedAfter: Date; endedBefore: Date } | { shiftId: string };

/**
 * The guidance cells of done shifts (one unit's in a time window, or one shift's), with the
 * services' and age bands' names and any outcome recorded, newest shift first.
 */
export async function listGuidanceCells(db: Reader, municipalityId: string, which: Which) {
  let query = db
    .selectFrom('shifts as s')
    .innerJoin('action_tallies as a', (join) =>
      join.onRef('a.municipality_id', '=', 's.municipality_id').onRef('a.shift_id', '=', 's.id'),
    )
    .innerJoin('categories as svc', (join) =>
      join.onRef('svc.municipality_id', '=', 'a.municipality_id').onRef('svc.id', '=', 'a.service_id'),
    )
    .innerJoin('categories as band', (join) =>
      join.onRef('band.municipality_id', '=', 'a.municipality_id').onRef('band.id', '=', 'a.age_band_id'),
    )
    .leftJoin('guidance_outcomes as o', (join) =>
      join
        .onRef('o.municipality_id', '=', 'a.municipality_id')
        .onRef('o.shift_id', '=', 'a.shift_id')
        .onRef('o.service_id', '=', 'svc.id')
        .onRef('o.gender', '=', 'a.gender')
        .onRef('o.age_band_id', '=', 'a.age_band_id'),
    )
    .select([
      // The shift as its unit knows it (the API's id).
      's.public_id as shift_id',
      's.starts_at',
      's.ends_at',
      'svc.id as service_id',
      'svc.label_sv as service_sv',
      'svc.label_en as service_en',
      'a.gender',
      'a.age_band_id',
      'band.label_sv as age_band_sv',
      'band.label_en as age_band_en',
      'a.count as guided',
      'o.arrived',
      'o.not_arrived',
      'o.outcome_unknown',
    ])
    .where('s.municipality_id', '=', municipalityId)
    .where('s.status', '=', 'done')
    .where('a.kind', '=', 'guidance');
  if ('shiftId' in which) query = query.where('s.id', '=', which.shiftId);
  else
    query = query
      .where('s.unit_id', '=', which.unitId)
      .where('s.ends_at', '>', which.endedAfter)
      .where('s.ends_at', '<=', which.endedBefore);
  return query
    .orderBy('s.starts_at', 'desc')
    .orderBy('s.id')
    .orderBy('svc.sort_order')
    .orderBy('a.gender')
    .orderBy('band.sort_order')
    .execute();
}
export type GuidanceCellRow = Awaited<ReturnType<typeof listGuidanceCells>>[number];

/** Replaces a shift's whole outcome set; cells without any outcome are not stored. */
export async function replaceOutcomes(
  trx: Transaction<Database>,
  write: {
    municipalityId: string;
    shiftId: string;
    actorId: string;
    now: Date;
    outcomes: readonly (OutcomeCell & { arrivedKey: number; notArrivedKey: number; unknownKey: number })[];
  },
): Promise<void> {
  await trx
    .deleteFrom('guidance_outcomes')
    .where('municipality_id', '=', write.municipalityId)
    .where('shift_id', '=', write.shiftId)
    .execute();
  const rows = write.outcomes
    .filter((o) => o.arrived + o.notArrived + o.unknown > 0)
    .map((o) => ({
      municipality_id: write.municipalityId,
      shift_id: write.shiftId,
      service_id: o.serviceId,
      gender: o.gender,
      age_band_id: o.ageBandId,
      arrived: o.arrived,
      not_arrived: o.notArrived,
      outcome_unknown: o.unknown,
      arrived_key: o.arrivedKey,
      not_arrived_key: o.notArrivedKey,
      unknown_key: o.unknownKey,
      updated_by: write.actorId,
      updated_at: write.now,
    }));
  if (rows.length > 0) await trx.insertInto('guidance_outcomes').values(rows).execute();
}

/** The shift an outcome save was applied to, if it was (a retry after a lost response). */
export async function appliedTo(db: Reader, municipalityId: string, mutationId: string) {
  const row = await db
    .selectFrom('guidance_outcome_mutations')
    .select('shift_id')
    .where('municipality_id', '=', municipalityId)
    .where('mutation_id', '=', mutationId)
    .executeTakeFirst();
  return row?.shift_id;
}

export async function recordOutcomeMutation(
  trx: Transaction<Database>,
  mutation: { municipalityId: string; shiftId: string; mutationId: string; now: Date },
): Promise<void> {
  await trx
    .insertInto('guidance_outcome_mutations')
    .values({
      municipality_id: mutation.municipalityId,
      shift_id: mutation.shiftId,
      mutation_id: mutation.mutationId,
      applied_at: mutation.now,
    })
    .execute();
}
