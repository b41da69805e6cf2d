import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../db/database';
import type { DailyDelta } from './rollup';

/**
 * Applies a save's delta to the daily rollup in the save's own transaction, so the rollup is never
 * out of step with the tallies. Increments upsert; decrements update (PostgreSQL checks the proposed
 * row of an upsert against `contacts >= 0` before resolving the conflict); emptied cells are removed.
 */
export async function applyRollupDelta(
  trx: Transaction<Database>,
  municipalityId: string,
  deltas: readonly DailyDelta[],
): Promise<void> {
  for (const delta of deltas) {
    if (delta.contacts > 0) {
      await sql`
        insert into encounter_daily (municipality_id, unit_id, day, gender, age_band_id, depth, contacts)
        values (${municipalityId}, ${delta.unitId}, ${delta.day}, ${delta.gender}, ${delta.ageBandId}, ${delta.depth}, ${delta.contacts})
        on conflict (municipality_id, unit_id, day, gender, age_band_id, depth)
        do update set contacts = encounter_daily.contacts + excluded.contacts
      `.execute(trx);
      continue;
    }
    const result = await trx
      .updateTable('encounter_daily')
      .set((eb) => ({ contacts: eb('contacts', '+', delta.contacts) }))
      .where('municipality_id', '=', municipalityId)
      .where('unit_id', '=', delta.unitId)
      .where('day', '=', delta.day)
      .where('gender', '=', delta.gender)
      .where('age_band_id', '=', delta.ageBandId)
      .where('depth', '=', delta.depth)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) {
      throw new Error(`Rollup out of step: no cell to subtract ${-delta.contacts} from (${delta.day})`);
    }
  }
  if (deltas.some((delta) => delta.contacts < 0)) {
    await trx
      .deleteFrom('encounter_daily')
      .where('municipality_id', '=', municipalityId)
      .where('contacts', '=', 0)
      .execute();
  }
}

/**
 * Recomputes one municipality's rollup from its tallies in one statement: for bulk loads (the demo
 * year) where one delta per save would be thousands of round trips.
 */
export async function rebuildRollup(db: Kysely<Database>, municipalityId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('encounter_daily').where('municipality_id', '=', municipalityId).execute();
    await sql`
      insert into encounter_daily (municipality_id, unit_id, day, gender, age_band_id, depth, contacts)
      select s.municipality_id, s.unit_id, (s.starts_at at time zone 'Europe/Stockholm')::date,
             e.gender, e.age_band_id, e.depth, sum(e.count)::int
      from shifts s
      join encounter_tallies e on e.municipality_id = s.municipality_id and e.shift_id = s.id
      where s.status = 'done' and s.municipality_id = ${municipalityId}
      group by 1, 2, 3, 4, 5, 6
    `.execute(trx);
  });
}
