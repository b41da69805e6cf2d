import type { Transaction } from 'kysely';
import type { AreaRow, Database } from '../db/database';
import { type PopulationRow, replaceYear } from '../population/population.repository';

/** Young people per single year of age in a demo area, by the kind of place it is. */
const COHORT_BY_KIND: Record<AreaRow['kind'], number> = {
  district: 70,
  school_area: 45,
  park: 20,
  shopping_centre: 15,
  square: 12,
  transport_hub: 10,
  other: 15,
};

/** Ages 0–24: what a youth-work denominator is cut from. */
const DEMO_AGES = 25;

/** A fixed number in [0, 1) for the given parts (FNV-1a), so every demo install has the same figures. */
function wobble(...parts: (string | number)[]): number {
  let hash = 2166136261;
  for (const ch of parts.join('|')) {
    hash ^= ch.charCodeAt(0);
    hash = Math.imul(hash, 16777619);
  }
  return (hash >>> 0) / 2 ** 32;
}

function demoRows(areas: Pick<AreaRow, 'id' | 'name' | 'kind'>[], year: number): PopulationRow[] {
  return areas.flatMap((area) =>
    Array.from({ length: DEMO_AGES }, (_, age) =>
      (['girl', 'boy'] as const).map((gender) => ({
        areaId: area.id,
        gender,
        age,
        population: Math.round(
          COHORT_BY_KIND[area.kind] * (0.8 + 0.4 * wobble(area.name, year, age, gender)),
        ),
      })),
    ).flat(),
  );
}

/**
 * The youth population of Demo stad's areas for the two years before `now` (as if imported from
 * SCB by the administrator), so statistics can show contacts per 1,000 young people at once.
 */
export async function seedDemoPopulation(trx: Transaction<Database>, municipalityId: string, now: Date) {
  const areas = await trx
    .selectFrom('areas')
    .select(['id', 'name', 'kind'])
    .where('municipality_id', '=', municipalityId)
    .execute();
  const admin = await trx
    .selectFrom('role_assignments')
    .select('user_id')
    .where('municipality_id', '=', municipalityId)
    .where('role', '=', 'administrator')
    .executeTakeFirstOrThrow();
  const lastYear = now.getUTCFullYear() - 1;
  for (const year of [lastYear - 1, lastYear]) {
    await replaceYear(trx, municipalityId, year, demoRows(areas, year), { at: now, by: admin.user_id });
  }
}
