import { uuidv7 } from '../../shared/uuidv7';
import { hashPassword } from '../auth/password';
import { ensureDefaultCategories } from '../categories/category.service';
import type { Db } from '../db/connect';
import { inTransaction } from '../db/in-transaction';
import { insertUser, replaceGrants } from '../users/users.repository';
import { seedDemoActivities } from './demo-activities';
import { seedDemoCompetence } from './demo-competence';
import {
  AREA_SIZE_DEGREES,
  DEMO_ADMINISTRATIONS,
  DEMO_AREAS,
  DEMO_MUNICIPALITY,
  DEMO_PASSWORD,
  DEMO_UNITS,
  DEMO_USERS,
} from './demo-organisation';
import { seedDemoPlans } from './demo-plans';
import { seedDemoPopulation } from './demo-population';
import { seedDemoRiskNights } from './demo-risk-nights';
import { seedDemoShifts } from './demo-shifts';

export async function hasAnyMunicipality(db: Db): Promise<boolean> {
  return (await db.selectFrom('municipalities').select('id').limit(1).executeTakeFirst()) !== undefined;
}

function squarePolygon([west, south]: [number, number]) {
  const east = west + AREA_SIZE_DEGREES.lon;
  const north = south + AREA_SIZE_DEGREES.lat;
  return {
    type: 'Polygon',
    coordinates: [
      [
        [west, south],
        [east, south],
        [east, north],
        [west, north],
        [west, south],
      ],
    ],
  };
}

/**
 * Creates Demo stad with its administrations, units, areas and one user per role, in one
 * transaction: a half-seeded database never happens. Returns the logins to print.
 */
export async function seedDemoData(db: Db, now: Date = new Date()) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const municipalityId = uuidv7();
  await inTransaction(db, async (trx) => {
    await trx
      .insertInto('municipalities')
      .values({ id: municipalityId, ...DEMO_MUNICIPALITY })
      .execute();
    const administrationIds = new Map(DEMO_ADMINISTRATIONS.map((a) => [a.key, uuidv7()]));
    await trx
      .insertInto('administrations')
      .values(
        DEMO_ADMINISTRATIONS.map((a) => ({
          id: administrationIds.get(a.key) as string,
          municipality_id: municipalityId,
          name: a.name,
          updated_at: now,
        })),
      )
      .execute();
    const unitIds = new Map(DEMO_UNITS.map((u) => [u.key, uuidv7()]));
    await trx
      .insertInto('units')
      .values(
        DEMO_UNITS.map((u) => ({
          id: unitIds.get(u.key) as string,
          municipality_id: municipalityId,
          administration_id: administrationIds.get(u.administration) as string,
          name: u.name,
          updated_at: now,
        })),
      )
      .execute();
    await trx
      .insertInto('areas')
      .values(
        DEMO_AREAS.map((area) => ({
          id: uuidv7(),
          municipality_id: municipalityId,
          unit_id: unitIds.get(area.unit) ?? null,
          name: area.name,
          kind: area.kind,
          geometry: JSON.stringify(squarePolygon(area.corner)),
          updated_at: now,
        })),
      )
      .execute();
    for (const user of DEMO_USERS) {
      const userId = uuidv7();
      await insertUser(trx, {
        id: userId,
        municipality_id: municipalityId,
        email: user.email,
        display_name: user.displayName,
        password_hash: passwordHash,
        updated_at: now,
      });
      await replaceGrants(
        trx,
        municipalityId,
        userId,
        user.roles.map((grant) => ({
          id: uuidv7(),
          role: grant.role,
          unit_id: grant.unit ? (unitIds.get(grant.unit) ?? null) : null,
          administration_id: grant.administration
            ? (administrationIds.get(grant.administration) ?? null)
            : null,
          partner_kind: grant.partnerKind ?? null,
        })),
      );
    }
    await seedDemoPopulation(trx, municipalityId, now);
  });
  await ensureDefaultCategories(db, now);
  return {
    municipalityId,
    logins: DEMO_USERS.map((user) => ({ email: user.email, roles: user.roles.map((r) => r.role) })),
  };
}

/**
 * The whole first-start demo — Demo stad, its categories, its year of shifts and their rollups —
 * as ONE transaction: a start killed at any moment leaves either all of it or nothing, and the next
 * start (finding no municipality) simply seeds it again.
 */
export async function seedDemo(db: Db, now: Date = new Date()) {
  return db.transaction().execute(async (trx) => {
    const seeded = await seedDemoData(trx, now);
    // Before the shifts, so their rollups stay the last thing written.
    const activities = await seedDemoActivities(trx, seeded.municipalityId, now);
    await seedDemoCompetence(trx, seeded.municipalityId, now);
    await seedDemoPlans(trx, seeded.municipalityId, now);
    await seedDemoRiskNights(trx, seeded.municipalityId, now);
    const shifts = await seedDemoShifts(trx, seeded.municipalityId, now);
    return { ...seeded, shifts, activities };
  });
}
