import { DEPTHS, GENDERS, type Gender } from '../../shared/field-log';
import { type Actor, requirePermission } from '../auth/actor';
import { listCategories } from '../categories/category.repository';
import type { Db } from '../db/connect';
import { type Cell, cellOf, tableOf } from '../disclosure/cells';
import { protectionFor } from '../disclosure/disclosure.service';
import { contactsByDepth } from './indicators.repository';
import { contactCounts, contactsByGender, type StatisticsScope, scopeName } from './statistics.repository';
import type { ContactStatistics } from './statistics.schema';

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

/** A gender row of published figures as `{ girl, boy, other }`. */
const byGender = (cells: readonly number[]) => ({
  girl: cells[0] ?? 0,
  boy: cells[1] ?? 0,
  other: cells[2] ?? 0,
});

/**
 * The period's contact tables as published to this actor. Every page that shows contacts, or
 * figures derived from them, reads them through here and the one disclosure service, so the same
 * cell has the same value everywhere.
 */
async function publishContactFigures(
  db: Db,
  actor: Actor,
  scope: StatisticsScope,
  range: { from: string; to: string },
) {
  requirePermission(actor, 'statistics.read');
  const [rows, ageBandRows, depthRows] = await Promise.all([
    contactCounts(db, actor.municipalityId, scope, range),
    listCategories(db, actor.municipalityId, { kind: 'age_band', includeRetired: true }),
    contactsByDepth(db, actor.municipalityId, scope, range),
  ]);
  // Retired age bands stay when the period has contacts in them.
  const used = new Set(rows.map((row) => row.age_band_id));
  const ageBands = ageBandRows.filter((band) => band.retired_at === null || used.has(band.id));
  const months = monthsBetween(range.from, range.to);
  const protection = protectionFor(actor, scope);
  const publish = (cells: Cell[][]) => protection.table(tableOf(cells));
  return {
    protection,
    ageBands,
    months,
    byAge: publish(
      GENDERS.map((gender) =>
        ageBands.map((band) => cellOf(rows, (r) => r.gender === gender && r.age_band_id === band.id)),
      ),
    ),
    byMonth: publish(
      months.map((month) =>
        GENDERS.map((gender) => cellOf(rows, (r) => r.month === month && r.gender === gender)),
      ),
    ),
    byDepth: publish(
      GENDERS.map((gender) =>
        DEPTHS.map((depth) => cellOf(depthRows, (r) => r.gender === gender && r.depth === depth)),
      ),
    ),
  };
}

/**
 * The published contacts by gender and in total, for figures derived from them (rates, unit
 * comparisons): exactly the values the contacts page shows.
 */
export async function publishedContactTotals(
  db: Db,
  actor: Actor,
  scope: StatisticsScope,
  range: { from: string; to: string },
) {
  const { protection, byAge } = await publishContactFigures(db, actor, scope, range);
  return { protection: protection.kind, byGender: byAge.rowTotals, total: byAge.total };
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
  const { protection, ageBands, months, byAge, byMonth, byDepth } = figures;
  // Other periods are other cells: each gender and their total, published the same way.
  const compare = (period: { from: string; to: string }, counts: Record<Gender, Cell>) => {
    const table = protection.table(tableOf([GENDERS.map((gender) => counts[gender])]));
    return { ...period, byGender: byGender(table.cells[0] ?? []), total: table.total };
  };
  return {
    scope: { ...scope, name },
    from: range.from,
    to: range.to,
    protection: protection.kind,
    ageBands: ageBands.map((band) => ({ id: band.id, labelSv: band.label_sv, labelEn: band.label_en })),
    byGenderAndAge: GENDERS.map((gender, g) => ({
      gender,
      cells: byAge.cells[g] ?? [],
      total: byAge.rowTotals[g] ?? 0,
    })),
    ageTotals: byAge.columnTotals,
    byGenderAndDepth: GENDERS.map((gender, g) => ({
      gender,
      cells: byDepth.cells[g] ?? [],
      total: byDepth.rowTotals[g] ?? 0,
    })),
    depthTotals: byDepth.columnTotals,
    total: byAge.total,
    byMonth: months.map((month, m) => ({
      month,
      byGender: byGender(byMonth.cells[m] ?? []),
      total: byMonth.rowTotals[m] ?? 0,
    })),
    comparisons: {
      previousPeriod: compare(previous, previousCounts),
      sameTimeLastYear: compare(lastYear, lastYearCounts),
    },
    note: 'Counts are contacts, not unique persons: one young person met twice counts twice.',
  };
}
