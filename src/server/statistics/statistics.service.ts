import { GENDERS } from '../../shared/field-log';
import { type Actor, requirePermission } from '../auth/actor';
import { roleHasPermission } from '../auth/permissions';
import { listCategories } from '../categories/category.repository';
import type { Db } from '../db/connect';
import { publishContacts } from './contact-tables';
import { contactCounts, type StatisticsScope, scopeName } from './statistics.repository';
import type { ContactStatistics } from './statistics.schema';

/** Figures below this are hidden in anything seen above the unit itself (the default). */
export const DISCLOSURE_THRESHOLD = 5;

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

export async function contactStatistics(
  db: Db,
  actor: Actor,
  scope: StatisticsScope,
  range: { from: string; to: string },
): Promise<ContactStatistics> {
  requirePermission(actor, 'statistics.read');
  const [rows, ageBandRows, name] = await Promise.all([
    contactCounts(db, actor.municipalityId, scope, range),
    listCategories(db, actor.municipalityId, { kind: 'age_band', includeRetired: true }),
    scopeName(db, actor.municipalityId, scope),
  ]);
  // Retired age bands stay when the period has contacts in them.
  const used = new Set(rows.map((row) => row.age_band_id));
  const ageBands = ageBandRows.filter((band) => band.retired_at === null || used.has(band.id));
  const months = monthsBetween(range.from, range.to);
  const genderByAge = GENDERS.map((gender) =>
    ageBands.map((band) =>
      rows
        .filter((r) => r.gender === gender && r.age_band_id === band.id)
        .reduce((sum, r) => sum + Number(r.contacts), 0),
    ),
  );
  const monthByGender = months.map((month) =>
    GENDERS.map((gender) =>
      rows
        .filter((r) => r.month === month && r.gender === gender)
        .reduce((sum, r) => sum + Number(r.contacts), 0),
    ),
  );
  const exact = seesExact(actor, scope);
  const published = publishContacts(genderByAge, monthByGender, DISCLOSURE_THRESHOLD, exact);
  return {
    scope: { ...scope, name },
    from: range.from,
    to: range.to,
    threshold: DISCLOSURE_THRESHOLD,
    suppressed: !exact,
    ageBands: ageBands.map((band) => ({ id: band.id, labelSv: band.label_sv, labelEn: band.label_en })),
    byGenderAndAge: GENDERS.map((gender, g) => ({
      gender,
      cells: published.byGenderAndAge.cells[g] ?? [],
      total: published.byGenderAndAge.rowTotals[g] ?? null,
    })),
    ageTotals: published.byGenderAndAge.columnTotals,
    total: published.byGenderAndAge.total,
    byMonth: months.map((month, m) => {
      const cells = published.byMonth.cells[m] ?? [];
      return {
        month,
        byGender: { girl: cells[0] ?? null, boy: cells[1] ?? null, other: cells[2] ?? null },
        total: published.byMonth.totals[m] ?? null,
      };
    }),
    note: 'Counts are contacts, not unique persons: one young person met twice counts twice.',
  };
}
