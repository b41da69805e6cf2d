import { sql } from 'kysely';
import { hashPassword } from '../../src/server/auth/password';
import type { Db } from '../../src/server/db/connect';
import { DEMO_PASSWORD } from '../../src/server/demo/demo-organisation';
import { seedDemoData } from '../../src/server/demo/demo-seed';
import { seedDemoShifts } from '../../src/server/demo/demo-shifts';
import { uuidv7 } from '../../src/shared/uuidv7';

export type Worker = { email: string; unitId: string; areaIds: string[] };
export type References = { ageBands: string[]; topics: string[]; services: string[]; arenas: string[] };

/**
 * Demo stad with its year of shifts, plus `units` more field units of `perUnit` field workers each
 * (password as the demo's), one area each: the field workers of a large municipality.
 */
export async function seedLoadData(db: Db, units: number, perUnit: number) {
  const { municipalityId } = await seedDemoData(db);
  await seedDemoShifts(db, municipalityId);
  const administrations = await db
    .selectFrom('administrations')
    .select('id')
    .where('municipality_id', '=', municipalityId)
    .execute();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const now = new Date();
  const workers: Worker[] = [];
  await db.transaction().execute(async (trx) => {
    for (let u = 0; u < units; u++) {
      const unitId = uuidv7();
      const areaId = uuidv7();
      await trx
        .insertInto('units')
        .values({
          id: unitId,
          municipality_id: municipalityId,
          administration_id: administrations[u % administrations.length]?.id as string,
          name: `Lastgruppen ${u + 1}`,
          updated_at: now,
        })
        .execute();
      await trx
        .insertInto('areas')
        .values({
          id: areaId,
          municipality_id: municipalityId,
          unit_id: unitId,
          name: `Lastområde ${u + 1}`,
          kind: 'district',
          geometry: null,
          updated_at: now,
        })
        .execute();
      for (let w = 0; w < perUnit; w++) {
        const userId = uuidv7();
        const email = `last${u + 1}.${w + 1}@bench.faltlogg.se`;
        await trx
          .insertInto('users')
          .values({
            id: userId,
            municipality_id: municipalityId,
            email,
            display_name: `Last ${u + 1}.${w + 1}`,
            password_hash: passwordHash,
            updated_at: now,
          })
          .execute();
        await trx
          .insertInto('role_assignments')
          .values({
            id: uuidv7(),
            municipality_id: municipalityId,
            user_id: userId,
            role: 'field_worker',
            unit_id: unitId,
            administration_id: null,
            partner_kind: null,
          })
          .execute();
        workers.push({ email, unitId, areaIds: [areaId] });
      }
    }
  });
  const categories = await sql<{ id: string; kind: string }>`
    select id, kind from categories where municipality_id = ${municipalityId} and retired_at is null
    order by sort_order`.execute(db);
  const of = (kind: string) => categories.rows.filter((c) => c.kind === kind).map((c) => c.id);
  const references: References = {
    ageBands: of('age_band'),
    topics: of('topic'),
    services: of('service'),
    arenas: of('arena'),
  };
  return { municipalityId, workers, references };
}
