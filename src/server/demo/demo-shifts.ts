import type { CategoryKind, Gender } from '../../shared/field-log';
import { uuidv7 } from '../../shared/uuidv7';
import type { Db } from '../db/connect';
import { inTransaction } from '../db/in-transaction';
import { recordKeySecret } from '../disclosure/secret.repository';
import { keyShift } from '../disclosure/shift-keys';
import type { ShiftInput } from '../shifts/shift.schema';
import { canonicalShift } from '../shifts/shift-diff';
import {
  insertRevisions,
  type RevisionWrite,
  type ShiftWrite,
  writeShifts,
} from '../shifts/shift-write.repository';
import { rebuildRollup } from '../statistics/rollup.repository';

/** A small deterministic random source, so every demo install tells the same story. */
export function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
function weighted<T>(random: Random, items: readonly [T, number][]): T {
  let r = random() * items.reduce((sum, [, w]) => sum + w, 0);
  for (const [item, weight] of items) {
    r -= weight;
    if (r <= 0) return item;
  }
  return (items.at(-1) as [T, number])[0];
}

/** Stockholm local time → instant; the demo assumes CET/CEST switch dates are close enough at whole hours. */
function stockholm(date: Date, hour: number): Date {
  const month = date.getUTCMonth();
  const summer = month > 2 && month < 10;
  return new Date(Date.UTC(date.getUTCFullYear(), month, date.getUTCDate(), hour - (summer ? 2 : 1)));
}

type Plan = {
  kind: ShiftInput['kind'];
  title: string | null;
  start: number;
  hours: number;
  timeUse: ShiftInput['timeUse'];
  people: number;
};

/** What a field unit typically does on a given day: evenings out, school days, risk nights, meetings. */
const noStaffTime = { staffMinutes: [], timeSplit: [] };

/**
 * How a logged shift's time really went: an evening out ends with half an hour of notes, a risk
 * night has its briefing with the police, and now and then one of the two leaves early.
 */
function demoStaffTime(
  random: Random,
  plan: Plan,
  staffIds: string[],
): Pick<ShiftInput, 'staffMinutes' | 'timeSplit'> {
  const timeSplit: ShiftInput['timeSplit'] = [];
  if (plan.timeUse === 'outreach' && plan.hours >= 4 && random() < 0.5)
    timeSplit.push({ timeUse: 'administration', minutes: 30 });
  if (plan.kind === 'risk_night') timeSplit.push({ timeUse: 'collaboration', minutes: 60 });
  const leaver = staffIds[1];
  const staffMinutes =
    leaver && plan.hours >= 5 && random() < 0.15 ? [{ userId: leaver, minutes: (plan.hours - 2) * 60 }] : [];
  return { staffMinutes, timeSplit };
}

function plansFor(day: Date, random: Random): Plan[] {
  const weekday = day.getUTCDay();
  const month = day.getUTCMonth() + 1;
  const date = day.getUTCDate();
  const summer = (month === 6 && date > 15) || month === 7 || (month === 8 && date < 15);
  if (month === 4 && date === 30)
    return [{ kind: 'risk_night', title: 'Valborg', start: 18, hours: 7, timeUse: 'outreach', people: 60 }];
  if (month === 6 && date === 12)
    return [
      { kind: 'risk_night', title: 'Skolavslutning', start: 17, hours: 8, timeUse: 'outreach', people: 70 },
    ];
  if (month === 10 && date === 31)
    return [{ kind: 'risk_night', title: 'Halloween', start: 18, hours: 5, timeUse: 'outreach', people: 35 }];
  const plans: Plan[] = [];
  if (weekday === 5 || weekday === 6)
    plans.push({ kind: 'outreach', title: null, start: 19, hours: 6, timeUse: 'outreach', people: 18 });
  if (weekday === 3 || (summer && weekday === 2))
    plans.push({ kind: 'outreach', title: null, start: 18, hours: 4, timeUse: 'outreach', people: 10 });
  if (!summer && weekday === 2)
    plans.push({ kind: 'school', title: null, start: 10, hours: 4, timeUse: 'outreach', people: 22 });
  if (!summer && weekday === 4 && random() < 0.5)
    plans.push({ kind: 'youth_centre', title: null, start: 17, hours: 4, timeUse: 'outreach', people: 14 });
  if (weekday === 1 && date <= 7)
    plans.push({
      kind: 'collaboration',
      title: 'Samverkansmöte',
      start: 13,
      hours: 2,
      timeUse: 'collaboration',
      people: 0,
    });
  if (weekday === 1)
    plans.push({
      kind: 'collaboration',
      title: 'Planering och dokumentation',
      start: 9,
      hours: 3,
      timeUse: 'administration',
      people: 0,
    });
  if (weekday === 0 && random() < 0.3)
    plans.push({ kind: 'digital', title: null, start: 19, hours: 2, timeUse: 'outreach', people: 6 });
  return plans;
}

type Categories = Record<CategoryKind, string[]>;

function tallies(
  random: Random,
  plan: Plan,
  categories: Categories,
): Pick<ShiftInput, 'encounters' | 'topics' | 'actions'> {
  const ageBands = categories.age_band;
  const ageWeights = [0.1, 0.4, 0.33, 0.13, 0.04];
  const total = Math.max(0, Math.round(plan.people * (0.6 + random() * 0.8)));
  const encounters: ShiftInput['encounters'] = [];
  for (let i = 0; i < total; i++) {
    encounters.push({
      gender: weighted<Gender>(random, [
        ['girl', 45],
        ['boy', 50],
        ['other', 5],
      ]),
      ageBandId: weighted(
        random,
        ageBands.map((id, index): [string, number] => [id, ageWeights[index] ?? 0.05]),
      ),
      depth: weighted(random, [
        ['brief', 65],
        ['conversation', 30],
        ['support', 5],
      ] as const),
      count: 1,
    });
  }
  const topics =
    total === 0
      ? []
      : Array.from({ length: 1 + Math.floor(random() * 4) }, () => ({
          topicId: pick(random, categories.topic),
          count: 1 + Math.floor(random() * Math.max(1, total / 4)),
        }));
  const actions: ShiftInput['actions'] = [];
  if (total > 0 && random() < 0.25) {
    actions.push({
      kind: 'guidance',
      serviceId: pick(random, categories.service),
      gender: pick(random, ['girl', 'boy'] as const),
      ageBandId: pick(random, ageBands.slice(1, 4)),
      count: 1,
    });
  }
  if (total > 0 && random() < 0.05) {
    actions.push({
      kind: 'report_of_concern',
      serviceId: null,
      gender: pick(random, ['girl', 'boy'] as const),
      ageBandId: pick(random, ageBands.slice(0, 3)),
      count: 1,
    });
  }
  if (total > 0 && random() < 0.08) {
    actions.push({
      kind: 'safe_transport',
      serviceId: null,
      gender: pick(random, ['girl', 'boy'] as const),
      ageBandId: pick(random, ageBands.slice(1, 3)),
      count: 1,
    });
  }
  return { encounters, topics, actions };
}

/**
 * Writes a year of shifts up to `now` for every unit of the demo municipality, plus four planned
 * weeks ahead: the field log statistics and follow-up have something true-to-life to show.
 */
export async function seedDemoShifts(
  db: Db,
  municipalityId: string,
  now: Date = new Date(),
): Promise<number> {
  const random = mulberry32(20240430);
  // Staff time draws from its own stream, so the tallies stay what they were before it existed.
  const staffTimeRandom = mulberry32(20261204);
  const categoryRows = await db
    .selectFrom('categories')
    .select(['id', 'kind'])
    .where('municipality_id', '=', municipalityId)
    .orderBy('sort_order')
    .execute();
  const categories = Object.fromEntries(
    (
      [
        'topic',
        'observation_type',
        'service',
        'arena',
        'age_band',
        'risk_factor',
        'protective_factor',
      ] as const
    ).map((kind) => [kind, categoryRows.filter((c) => c.kind === kind).map((c) => c.id)]),
  ) as Categories;
  const units = await db
    .selectFrom('units')
    .select('id')
    .where('municipality_id', '=', municipalityId)
    .orderBy('name')
    .execute();
  const areas = await db
    .selectFrom('areas')
    .select(['id', 'unit_id'])
    .where('municipality_id', '=', municipalityId)
    .execute();
  const staff = await db
    .selectFrom('role_assignments')
    .select(['user_id', 'unit_id', 'role'])
    .where('municipality_id', '=', municipalityId)
    .where('unit_id', 'is not', null)
    .execute();
  const secret = await recordKeySecret(db, municipalityId);
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  let written = 0;
  for (const unit of units) {
    const unitStaff = staff
      .filter((s) => s.unit_id === unit.id && s.role === 'field_worker')
      .map((s) => s.user_id);
    const manager = staff.find((s) => s.unit_id === unit.id && s.role === 'unit_manager')?.user_id ?? null;
    const unitAreas = areas.filter((a) => a.unit_id === unit.id).map((a) => a.id);
    if (unitStaff.length === 0 || unitAreas.length === 0) continue;
    const writes: ShiftWrite[] = [];
    const revisions: RevisionWrite[] = [];
    const reviewed: { id: string; at: Date }[] = [];
    await inTransaction(db, async (trx) => {
      for (let offset = -365; offset <= 28; offset++) {
        const day = new Date(today.getTime() + offset * 86_400_000);
        for (const plan of plansFor(day, random)) {
          const startsAt = stockholm(day, plan.start);
          const endsAt = new Date(startsAt.getTime() + plan.hours * 3_600_000);
          const past = endsAt < now;
          // A few recent shifts are still unlogged, as in any real unit.
          const unlogged = past && offset >= -7 && random() < 0.4;
          const status: ShiftInput['status'] =
            !past || unlogged ? 'planned' : random() < 0.04 ? 'cancelled' : 'done';
          const logged = status === 'done';
          const counted = logged
            ? tallies(random, plan, categories)
            : { encounters: [], topics: [], actions: [] };
          const visited =
            plan.people > 0
              ? [pick(random, unitAreas), ...(random() < 0.5 ? [pick(random, unitAreas)] : [])]
              : [];
          const shiftId = uuidv7(startsAt.getTime());
          const input = canonicalShift({
            status,
            kind: plan.kind,
            title: plan.title,
            startsAt: startsAt.toISOString(),
            endsAt: endsAt.toISOString(),
            timeUse: plan.timeUse,
            preventionLevel:
              logged && plan.people > 0
                ? weighted(random, [
                    ['universal', 70],
                    ['selective', 25],
                    ['indicated', 5],
                  ] as const)
                : null,
            staffIds: unitStaff.slice(0, 2),
            ...(logged ? demoStaffTime(staffTimeRandom, plan, unitStaff.slice(0, 2)) : noStaffTime),
            areaIds: visited,
            arenaIds:
              plan.kind === 'school'
                ? [categories.arena[1] as string]
                : plan.kind === 'digital'
                  ? [categories.arena[5] as string]
                  : plan.people > 0
                    ? [categories.arena[0] as string]
                    : [],
            partners:
              plan.kind === 'risk_night'
                ? ['police', 'night_walkers']
                : random() < 0.2
                  ? ['night_walkers']
                  : [],
            riskFactorIds: logged && random() < 0.3 ? [pick(random, categories.risk_factor)] : [],
            protectiveFactorIds: logged && random() < 0.2 ? [pick(random, categories.protective_factor)] : [],
            ...counted,
            observations:
              logged && plan.people > 0 && random() < (plan.kind === 'risk_night' ? 1 : 0.3)
                ? [
                    {
                      id: uuidv7(startsAt.getTime()),
                      typeId: weighted(
                        random,
                        categories.observation_type.map((id, i): [string, number] => [id, i < 2 ? 5 : 1]),
                      ),
                      areaId: visited[0] ?? null,
                      point: null,
                      observedAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
                      severity: weighted(random, [
                        ['low', 70],
                        ['medium', 25],
                        ['high', 5],
                      ] as const),
                      estimatedSize: 5 + Math.floor(random() * 40),
                      note: null,
                    },
                  ]
                : [],
            notes: null,
          });
          const author = unitStaff[0] as string;
          const writtenAt = endsAt < now ? endsAt : now;
          writes.push({
            id: shiftId,
            publicId: shiftId,
            municipalityId,
            unitId: unit.id,
            version: 1,
            mutationId: uuidv7(),
            actorId: author,
            now: writtenAt,
            created: true,
            input,
            keys: keyShift(secret, shiftId, input),
          });
          revisions.push({
            id: uuidv7(),
            municipalityId,
            shiftId,
            version: 1,
            changedBy: author,
            changedByRoles: 'field_worker',
            changedAt: writtenAt,
            changes: [{ field: 'created', before: null, after: status }],
          });
          if (logged && manager && offset < -14)
            reviewed.push({ id: shiftId, at: new Date(endsAt.getTime() + 3 * 86_400_000) });
          written++;
        }
      }
      await writeShifts(trx, writes);
      await insertRevisions(trx, revisions);
      // The manager reviewed everything older than two weeks, three days after each shift.
      for (const review of reviewed) {
        await trx
          .updateTable('shifts')
          .set({ reviewed_by: manager, reviewed_at: review.at })
          .where('municipality_id', '=', municipalityId)
          .where('id', '=', review.id)
          .execute();
      }
    });
  }
  await rebuildRollup(db, municipalityId);
  return written;
}
