import { uuidv7 } from '../../shared/uuidv7';
import { auditFrom, recordAudit } from '../audit/audit.repository';
import type { Actor } from '../auth/actor';
import type { Db } from '../db/connect';
import { NotFound, ValidationError } from '../http/errors';
import type { RequestContext } from '../http/request-context';
import { findAdministrationScope, listUnits } from '../organisation/organisation.repository';
import { defaultRiskNights } from './risk-night-dates';
import * as repo from './risk-nights.repository';
import type { RiskNightCalendar, RiskNightDto, RiskNightInput } from './risk-nights.schema';

/** Times are stored as HH:MM:SS; the API and the calendar speak HH:MM. */
const hhmm = (time: string) => time.slice(0, 5);

export function presentNight(row: repo.RiskNightRow): RiskNightDto {
  return {
    id: row.id,
    day: row.day,
    name: row.name,
    startsAt: hhmm(row.starts_at),
    endsAt: hhmm(row.ends_at),
    administrationId: row.administration_id,
    note: row.note,
  };
}

/** A night out for one administration only asks that administration's units. */
export const nightAsks = (night: repo.RiskNightRow, unit: { administration_id: string }) =>
  night.administration_id === null || night.administration_id === unit.administration_id;

/** The calendar with each night's coverage: who answered with how many staff, and who has not. */
export async function riskNightCalendar(db: Db, actor: Actor, year: number): Promise<RiskNightCalendar> {
  const [nights, units] = await Promise.all([
    repo.riskNightsOfYear(db, actor.municipalityId, year),
    listUnits(db, actor.municipalityId, false),
  ]);
  const answers = await repo.answersTo(
    db,
    actor.municipalityId,
    nights.map((night) => night.id),
  );
  return {
    year,
    nights: nights.map((night) => {
      const asked = units.filter((unit) => nightAsks(night, unit));
      const byUnit = new Map(answers.filter((a) => a.risk_night_id === night.id).map((a) => [a.unit_id, a]));
      const answered = asked.flatMap((unit) => {
        const answer = byUnit.get(unit.id);
        return answer
          ? [
              {
                unitId: unit.id,
                unitName: unit.name,
                plannedStaff: answer.planned_staff,
                planned: answer.shift_id !== null,
              },
            ]
          : [];
      });
      return {
        ...presentNight(night),
        coverage: {
          units: asked.length,
          answered: answered.length,
          plannedStaff: answered.reduce((sum, answer) => sum + answer.plannedStaff, 0),
          answers: answered,
          notAnswered: asked
            .filter((unit) => !byUnit.has(unit.id))
            .map((unit) => ({ unitId: unit.id, unitName: unit.name })),
        },
      };
    }),
  };
}

async function fieldsOf(db: Db, actor: Actor, input: RiskNightInput): Promise<repo.NightFields> {
  if (
    input.administrationId &&
    !(await findAdministrationScope(db, actor.municipalityId, input.administrationId))
  )
    throw new ValidationError('The risk night names an unknown administration', [
      { path: 'administrationId', code: 'unknown_administration', message: 'No such administration' },
    ]);
  if (input.startsAt === input.endsAt)
    throw new ValidationError('A risk night needs a span', [
      { path: 'endsAt', code: 'empty_span', message: 'The night must end at another time than it starts' },
    ]);
  return {
    administration_id: input.administrationId,
    day: input.day,
    name: input.name,
    starts_at: input.startsAt,
    ends_at: input.endsAt,
    note: input.note,
  };
}

async function loadNight(db: Db, municipalityId: string, id: string) {
  const night = await repo.findRiskNight(db, municipalityId, id);
  if (!night) throw new NotFound('Risk night');
  return night;
}

export async function addRiskNight(db: Db, ctx: RequestContext, input: RiskNightInput) {
  const fields = await fieldsOf(db, ctx.actor, input);
  const id = uuidv7(ctx.now.getTime());
  await db.transaction().execute(async (trx) => {
    await repo.insertRiskNights(trx, [
      {
        ...fields,
        id,
        municipality_id: ctx.actor.municipalityId,
        created_by: ctx.actor.userId,
        created_at: ctx.now,
      },
    ]);
    await recordAudit(trx, {
      ...auditFrom(ctx),
      action: 'risk_night.create',
      entityType: 'risk_night',
      entityId: id,
      details: { day: fields.day, name: fields.name },
    });
  });
  return presentNight(await loadNight(db, ctx.actor.municipalityId, id));
}

export async function editRiskNight(db: Db, ctx: RequestContext, id: string, input: RiskNightInput) {
  await loadNight(db, ctx.actor.municipalityId, id);
  const fields = await fieldsOf(db, ctx.actor, input);
  await db.transaction().execute(async (trx) => {
    await repo.updateRiskNight(trx, ctx.actor.municipalityId, id, fields, ctx.now);
    await recordAudit(trx, {
      ...auditFrom(ctx),
      action: 'risk_night.update',
      entityType: 'risk_night',
      entityId: id,
      details: { day: fields.day, name: fields.name },
    });
  });
  return presentNight(await loadNight(db, ctx.actor.municipalityId, id));
}

/** Takes a night off the calendar; its answers and any shifts made from them stay as they are. */
export async function removeRiskNight(db: Db, ctx: RequestContext, id: string) {
  const night = await loadNight(db, ctx.actor.municipalityId, id);
  await db.transaction().execute(async (trx) => {
    await repo.removeRiskNight(trx, ctx.actor.municipalityId, id, ctx.now);
    await recordAudit(trx, {
      ...auditFrom(ctx),
      action: 'risk_night.remove',
      entityType: 'risk_night',
      entityId: id,
      details: { day: night.day, name: night.name },
    });
  });
  return presentNight(night);
}

/**
 * Puts the default Swedish risk nights of a year on the city-wide calendar. Seeding twice adds
 * nothing the second time: a default already out (same name, same day) is left alone.
 */
export async function seedDefaultRiskNights(db: Db, ctx: RequestContext, year: number) {
  const existing = await repo.riskNightsOfYear(db, ctx.actor.municipalityId, year);
  const taken = new Set(existing.map((night) => `${night.day} ${night.name}`));
  const added = defaultRiskNights(year).filter((night) => !taken.has(`${night.day} ${night.name}`));
  await db.transaction().execute(async (trx) => {
    await repo.insertRiskNights(
      trx,
      added.map((night, i) => ({
        id: uuidv7(ctx.now.getTime() + i),
        municipality_id: ctx.actor.municipalityId,
        administration_id: null,
        day: night.day,
        name: night.name,
        starts_at: night.startsAt,
        ends_at: night.endsAt,
        note: null,
        created_by: ctx.actor.userId,
        created_at: ctx.now,
      })),
    );
    await recordAudit(trx, {
      ...auditFrom(ctx),
      action: 'risk_night.seed_defaults',
      entityType: 'risk_night',
      entityId: null,
      details: { year, added: added.length },
    });
  });
  const nights = await repo.riskNightsOfYear(db, ctx.actor.municipalityId, year);
  return { added: added.length, nights: nights.map(presentNight) };
}
