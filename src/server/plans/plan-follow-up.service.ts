import type { Actor } from '../auth/actor';
import type { Db } from '../db/connect';
import { protectionFor } from '../disclosure/disclosure.service';
import { activityFactRows, shiftFactRows } from '../statistics/indicators.repository';
import { indicatorStatistics, toShiftFacts } from '../statistics/indicators.service';
import { stockholmDay } from '../statistics/rollup';
import { publishedContactTotals } from '../statistics/statistics.service';
import type { PlanFollowUp } from './plan.schema';
import { getPlan } from './plan.service';
import { type FollowUpFacts, targetStatus, targetValue } from './plan-follow-up';

const DAY_MS = 86_400_000;

/** The year so far: from 1 January to today, or the whole year once it is over. */
export function followUpRange(year: number, now: Date) {
  const today = stockholmDay(now.toISOString());
  const from = `${year}-01-01`;
  const end = `${year}-12-31`;
  return { from, to: today < end ? today : end, yearOver: today > end, started: today >= from };
}

/**
 * Each goal's targets with their values so far. The figures are the indicators as this reader may
 * see them, so the unit's own staff see them exactly and everyone above the unit through the
 * disclosure service: the same numbers *Statistik* and the period report show.
 */
export async function planFollowUp(
  db: Db,
  actor: Actor,
  unitId: string,
  year: number,
  now: Date,
): Promise<PlanFollowUp> {
  const plan = await getPlan(db, actor, unitId, year);
  const followed = plan.versions.find((v) => v.status === 'approved') ?? plan.versions[0];
  const range = followUpRange(year, now);
  const scope = { kind: 'unit' as const, id: unitId };
  const base = {
    unitId,
    year,
    version: followed?.version ?? null,
    approved: followed?.status === 'approved',
    ...range,
  };
  if (!followed || !range.started) {
    const nothingYet = (followed?.goals ?? []).map((goal) => ({
      ...goal,
      targets: goal.targets.map((t) => ({ ...t, actual: null, byGender: null, status: 'noData' as const })),
    }));
    return { ...base, protection: protectionFor(actor, scope).kind, goals: nothingYet };
  }
  const [indicators, contacts, shifts, activities] = await Promise.all([
    indicatorStatistics(db, actor, scope, range),
    publishedContactTotals(db, actor, scope, range),
    shiftFactRows(db, actor.municipalityId, scope, range),
    activityFactRows(db, actor.municipalityId, scope, range),
  ]);
  const facts: FollowUpFacts = {
    from: range.from,
    to: range.to,
    yearOver: range.yearOver,
    daysInYear: Math.round((Date.parse(`${year + 1}-01-01`) - Date.parse(range.from)) / DAY_MS),
    tables: indicators.tables,
    contacts,
    shifts: toShiftFacts(shifts),
    activities,
  };
  return {
    ...base,
    protection: indicators.protection,
    goals: followed.goals.map((goal) => ({
      ...goal,
      targets: goal.targets.map((target) => {
        const { value, byGender } = targetValue(target, facts);
        return { ...target, actual: value, byGender, status: targetStatus(target, value, facts) };
      }),
    })),
  };
}
