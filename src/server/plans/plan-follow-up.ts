import { GENDERS, type Gender } from '../../shared/field-log';
import { PLAN_MEASURE_INFO, type PlanTarget } from '../../shared/plan-targets';
import {
  fieldHours,
  type IndicatorTable,
  isFieldShift,
  round,
  type ShiftFact,
} from '../statistics/indicator-tables';
import { stockholmDay } from '../statistics/rollup';
import { hoursByTimeOfDay } from '../statistics/shift-hours';
import type { ActivityFact } from '../statistics/staff-time-tables';

/** What a plan's follow-up reads: the period's published figures and the facts they were made from. */
export type FollowUpFacts = {
  from: string;
  /** The last day counted: today, or the year's end once it is over. */
  to: string;
  /** The days from the first to the last of the year, for pro-rating totals. */
  daysInYear: number;
  yearOver: boolean;
  /** The indicator tables as published to the reader (exact in the unit, cell-key above it). */
  tables: readonly IndicatorTable[];
  contacts: { byGender: readonly number[]; total: number };
  shifts: readonly ShiftFact[];
  activities: readonly (ActivityFact & { partners?: readonly string[] })[];
};

export type TargetStatus = 'met' | 'onTrack' | 'behind' | 'noData';
export type TargetValue = { value: number | null; byGender: Record<Gender, number> | null };

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS) + 1;
const genderRecord = (values: readonly number[]) =>
  Object.fromEntries(GENDERS.map((g, i) => [g, values[i] ?? 0])) as Record<Gender, number>;

function cell(tables: readonly IndicatorTable[], tableId: string, rowKey: string, columnKey: string) {
  const table = tables.find((t) => t.id === tableId);
  const row = table?.rows.findIndex((r) => r.key === rowKey) ?? -1;
  const column = table?.columns.findIndex((c) => c.key === columnKey) ?? -1;
  if (!table || row < 0 || column < 0) return null;
  return table.cells[row]?.[column] ?? null;
}

/** The ISO weekday (1 = Monday) of a calendar day. */
const isoWeekday = (day: string) => ((new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;

function* days(from: string, to: string) {
  for (let at = Date.parse(`${from}T12:00:00Z`); at <= Date.parse(`${to}T12:00:00Z`); at += DAY_MS)
    yield new Date(at).toISOString().slice(0, 10);
}

/**
 * Evening presence: of the chosen weekdays so far, the share (%) on which a done field shift that
 * started that Stockholm day worked some evening hours (18–24), in the area if one is named.
 */
export function eveningPresence(
  shifts: readonly ShiftFact[],
  range: { from: string; to: string },
  weekdays: readonly number[],
  areaId?: string,
): number | null {
  const wanted = [...days(range.from, range.to)].filter((day) => weekdays.includes(isoWeekday(day)));
  if (wanted.length === 0) return null;
  const covered = new Set(
    shifts
      .filter((s) => isFieldShift(s) && (!areaId || s.areaIds.includes(areaId)))
      .filter((s) => hoursByTimeOfDay(s.startsAt, s.endsAt).evening > 0)
      .map((s) => stockholmDay(s.startsAt.toISOString())),
  );
  return round((100 * wanted.filter((day) => covered.has(day)).length) / wanted.length, 1);
}

/** A target's value so far, by gender where the measure counts young people. */
export function targetValue(target: PlanTarget, facts: FollowUpFacts): TargetValue {
  const elapsed = daysBetween(facts.from, facts.to);
  if (elapsed <= 0) return { value: null, byGender: null };
  switch (target.measure) {
    case 'contacts':
      return { value: facts.contacts.total, byGender: genderRecord(facts.contacts.byGender) };
    case 'girlsShareOfContacts': {
      const girls = facts.contacts.byGender[GENDERS.indexOf('girl')] ?? 0;
      return {
        value: facts.contacts.total === 0 ? null : round((100 * girls) / facts.contacts.total, 1),
        byGender: genderRecord(facts.contacts.byGender),
      };
    }
    case 'guidance':
      return {
        value: cell(facts.tables, 'actions', 'guidance', 'total'),
        byGender: genderRecord(GENDERS.map((g) => cell(facts.tables, 'actions', 'guidance', g) ?? 0)),
      };
    case 'staffTimeShare': {
      const hours = facts.tables.find((t) => t.id === 'timeUse')?.totals?.[0] ?? 0;
      const share = cell(facts.tables, 'timeUse', target.timeUse ?? '', 'percent');
      return { value: hours === 0 ? null : share, byGender: null };
    }
    case 'fieldHours':
      return { value: round(fieldHours(facts.shifts), 1), byGender: null };
    case 'fieldHoursInArea':
      return {
        value: cell(facts.tables, 'fieldHoursByArea', target.areaId ?? '', 'hours') ?? 0,
        byGender: null,
      };
    case 'eveningPresence':
      return {
        value: eveningPresence(facts.shifts, facts, target.weekdays ?? [], target.areaId),
        byGender: null,
      };
    case 'activitiesPerMonth': {
      const count = facts.activities.filter(
        (a) => a.kind === target.activityKind && (!target.partner || a.partners?.includes(target.partner)),
      ).length;
      // Months so far, counted in days so that early in a month the rate is not deflated.
      const months = Math.max(1, elapsed / (facts.daysInYear / 12));
      return { value: round(count / months, 1), byGender: null };
    }
    default: {
      const unknown: never = target.measure;
      throw new Error(`Unknown plan measure ${unknown}`);
    }
  }
}

/**
 * Whether a target holds so far. Totals (counts, hours) are compared with the target pro-rated to
 * the days gone; shares and rates with the target itself. "Met" is said only once it cannot change:
 * an "at least" total already reached, or any target when the year is over.
 */
export function targetStatus(target: PlanTarget, value: number | null, facts: FollowUpFacts): TargetStatus {
  if (value === null) return 'noData';
  const cumulative = ['count', 'hours'].includes(PLAN_MEASURE_INFO[target.measure].unit);
  const atLeast = target.comparison === 'atLeast';
  const holds = (goal: number) => (atLeast ? value >= goal : value <= goal);
  if (cumulative && atLeast && holds(target.value)) return 'met';
  if (cumulative && !atLeast && !holds(target.value)) return 'behind';
  if (facts.yearOver) return holds(target.value) ? 'met' : 'behind';
  const expected =
    cumulative && atLeast
      ? (target.value * daysBetween(facts.from, facts.to)) / facts.daysInYear
      : target.value;
  return holds(expected) ? 'onTrack' : 'behind';
}
