import { DEPTHS, GENDERS } from '../../shared/field-log';
import { type Actor, requirePermission } from '../auth/actor';
import { roleHasPermission } from '../auth/permissions';
import { listCategories } from '../categories/category.repository';
import type { Db } from '../db/connect';
import { publishContacts } from './contact-tables';
import { disclosureThreshold } from './disclosure-settings';
import { contactsByDepth } from './indicators.repository';
import { contactCounts, contactsByGender, type StatisticsScope, scopeName } from './statistics.repository';
import type { ContactStatistics } from './statistics.schema';
import { type Published, suppressTable } from './suppression';

const DAY_MS = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The period just before: whole calendar months step back by as many months (a month before a month,
 * a tertial before a tertial, a year before a year); any other span by its own length in days.
 */
export function previousPeriod(range: { from: string; to: string }): { from: string; to: string } {
  const from = Date.parse(`${range.from}T00:00:00Z`);
  const to = Date.parse(`${range.to}T00:00:00Z`);
  const startsMonth = range.from.endsWith('-01');
  const endsMonth = new Date(to + DAY_MS).getUTCDate() === 1;
  if (startsMonth && endsMonth) {
    const months = monthsBetween(range.from, range.to).length;
    const start = new Date(from);
    start.setUTCMonth(start.getUTCMonth() - months);
    return { from: isoDay(start.getTime()), to: isoDay(from - DAY_MS) };
  }
  return { from: isoDay(from - DAY_MS - (to - from)), to: isoDay(from - DAY_MS) };
}

/** The same dates a year earlier; 29 February becomes the 28th. */
export function sameTimeLastYear(range: { from: string; to: string }): { from: string; to: string } {
  const back = (day: string) => {
    const year = Number(day.slice(0, 4)) - 1;
    const rest = day.slice(4) === '-02-29' ? '-02-28' : day.slice(4);
    return `${year}${rest}`;
  };
  return { from: back(range.from), to: back(range.to) };
}

/** Months YYYY-MM from the month of `from` to the month of `to`, inclusive. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) return months;
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
}

/**
 * A unit's own staff see their unit's exact counts; everyone else (analysts above the unit, and any
 * administration or municipality view) sees them through disclosure control.
 */
function seesExact(actor: Actor, scope: StatisticsScope): boolean {
  return (
    scope.kind === 'unit' &&
    actor.grants.some(
      (grant) => grant.unitId === scope.id && roleHasPermission(grant.role, 'statistics.read'),
    )
  );
}

/** Sums the rows that `match`, as contacts. */
const sumWhere = <R extends { contacts: number }>(rows: readonly R[], match: (row: R) => boolean) =>
  rows.filter(match).reduce((sum, row) => sum + Number(row.contacts), 0);

/** A gender row of published figures as `{ girl, boy, other }`. */
const byGender = (cells: readonly Published[]) => ({
  girl: cells[0] ?? null,
  boy: cells[1] ?? null,
  other: cells[2] ?? null,
});

/**
 * The period's contact tables as published to this actor: the one disclosure system every page
 * that shows contacts (or figures derived from them) must agree with.
 */
async function publishContactFigures(
  db: Db,
  actor: Actor,
  scope: StatisticsScope,
  range: { from: string; to: string },
) {
  requirePermission(actor, 'statistics.read');
  const [rows, ageBandRows, depthRows, threshold] = await Promise.all([
    contactCounts(db, actor.municipalityId, scope, range),
    listCategories(db, actor.municipalityId, { kind: 'age_band', includeRetired: true }),
    contactsByDepth(db, actor.municipalityId, scope, range),
    disclosureThreshold(db, actor.municipalityId),
  ]);
  // Retired age bands stay when the period has contacts in them.
  const used = new Set(rows.map((row) => row.age_band_id));
  const ageBands = ageBandRows.filter((band) => band.retired_at === null || used.has(band.id));
  const months = monthsBetween(range.from, range.to);
  const genderByAge = GENDERS.map((gender) =>
    ageBands.map((band) => sumWhere(rows, (r) => r.gender === gender && r.age_band_id === band.id)),
  );
  const monthByGender = months.map((month) =>
    GENDERS.map((gender) => sumWhere(rows, (r) => r.month === month && r.gender === gender)),
  );
  const genderByDepth = GENDERS.map((gender) =>
    DEPTHS.map((depth) => sumWhere(depthRows, (r) => r.gender === gender && r.depth === depth)),
  );
  const exact = seesExact(actor, scope);
  const published = publishContacts({ genderByAge, monthByGender, genderByDepth }, threshold, exact);
  return { threshold, exact, ageBands, months, published };
}

/**
 * The published contacts by gender and in total, for figures derived from them (rates, unit
 * comparisons): the same hidden cells as the contacts page, without its comparison periods.
 */
export async function publishedContactTotals(
  db: Db,
  actor: Actor,
  scope: StatisticsScope,
  range: { from: string; to: string },
) {
  const { threshold, exact, published } = await publishContactFigures(db, actor, scope, range);
  return {
    threshold,
    suppressed: !exact,
    byGender: published.byGenderAndAge.rowTotals,
    total: published.byGenderAndAge.total,
  };
}

export async function contactStatistics(
  db: Db,
  actor: Actor,
  scope: StatisticsScope,
  range: { from: string; to: string },
): Promise<ContactStatistics> {
  const previous = previousPeriod(range);
  const lastYear = sameTimeLastYear(range);
  const [figures, name, previousCounts, lastYearCounts] = await Promise.all([
    publishContactFigures(db, actor, scope, range),
    scopeName(db, actor.municipalityId, scope),
    contactsByGender(db, actor.municipalityId, scope, previous),
    contactsByGender(db, actor.municipalityId, scope, lastYear),
  ]);
  const { threshold, exact, ageBands, months, published } = figures;
  // Other periods are other data: each is its own small table (genders and their total).
  const compare = (
    period: { from: string; to: string },
    counts: { girl: number; boy: number; other: number },
  ) => {
    const row = [counts.girl, counts.boy, counts.other];
    const table = exact
      ? { cells: [row], total: row.reduce((a, b) => a + b, 0) }
      : suppressTable([row], threshold);
    return { ...period, byGender: byGender(table.cells[0] ?? []), total: table.total };
  };
  return {
    scope: { ...scope, name },
    from: range.from,
    to: range.to,
    threshold,
    suppressed: !exact,
    ageBands: ageBands.map((band) => ({ id: band.id, labelSv: band.label_sv, labelEn: band.label_en })),
    byGenderAndAge: GENDERS.map((gender, g) => ({
      gender,
      cells: published.byGenderAndAge.cells[g] ?? [],
      total: published.byGenderAndAge.rowTotals[g] ?? null,
    })),
    ageTotals: published.byGenderAndAge.columnTotals,
    byGenderAndDepth: GENDERS.map((gender, g) => ({
      gender,
      cells: published.byGenderAndDepth.cells[g] ?? [],
      total: published.byGenderAndDepth.rowTotals[g] ?? null,
    })),
    depthTotals: published.byGenderAndDepth.columnTotals,
    total: published.byGenderAndAge.total,
    byMonth: months.map((month, m) => ({
      month,
      byGender: byGender(published.byMonth.cells[m] ?? []),
      total: published.byMonth.totals[m] ?? null,
    })),
    comparisons: {
      previousPeriod: compare(previous, previousCounts),
      sameTimeLastYear: compare(lastYear, lastYearCounts),
    },
    note: 'Counts are contacts, not unique persons: one young person met twice counts twice.',
  };
}
