import { GENDERS } from '../../shared/field-log';
import type { Actor } from '../auth/actor';
import type { Db } from '../db/connect';
import { DisclosureSystem } from './disclosure-system';
import { round } from './indicator-tables';
import { contactsByUnit, scopeName } from './statistics.repository';
import { publishedContactTotals } from './statistics.service';
import type { Published } from './suppression';
import { activityByUnit, type ComparisonScope, unitsInScope } from './unit-comparison.repository';
import type { UnitComparison } from './unit-comparison.schema';

/** A rate or share of published figures; hidden ("..") when either is, since it would reveal it. */
const ratio = (part: Published, whole: Published, scale: number, decimals: number): Published => {
  if (typeof part !== 'number' || typeof whole !== 'number') return 'protected';
  return whole === 0 ? 0 : round((scale * part) / whole, decimals);
};

/**
 * Units side by side (likställighet): shifts, field hours, contacts by gender, contacts per hour
 * and girls' share. Contacts are always under disclosure control here, and the scope's gender
 * totals keep exactly the state the scope's own dashboard published, so the two pages together
 * reveal nothing either hides.
 */
export async function unitComparison(
  db: Db,
  actor: Actor,
  scope: ComparisonScope,
  range: { from: string; to: string },
): Promise<UnitComparison> {
  const [dashboard, name] = await Promise.all([
    publishedContactTotals(db, actor, scope, range),
    scopeName(db, actor.municipalityId, scope),
  ]);
  const allUnits = await unitsInScope(db, actor.municipalityId, scope);
  const ids = allUnits.map((unit) => unit.id);
  const [contactRows, activityRows] = await Promise.all([
    contactsByUnit(db, actor.municipalityId, scope, range),
    activityByUnit(db, actor.municipalityId, ids, range),
  ]);
  const activity = new Map(activityRows.map((row) => [row.unit_id, row]));
  const contactsOf = (unitId: string, gender: string) =>
    Number(contactRows.find((row) => row.unit_id === unitId && row.gender === gender)?.contacts ?? 0);
  // Inactive units only while they still have figures in the period.
  const units = allUnits.filter(
    (unit) => unit.active || activity.has(unit.id) || contactRows.some((row) => row.unit_id === unit.id),
  );

  const system = new DisclosureSystem();
  const table = system.table(units.map((unit) => GENDERS.map((gender) => contactsOf(unit.id, gender))));
  for (const [g, index] of table.columnTotals.entries()) system.pin(index, dashboard.byGender[g] ?? null);
  system.pin(table.total, dashboard.total);
  const published = system.publish(dashboard.threshold, false)(table);

  const rowOf = (cells: Published[], total: Published, doneShifts: number, hours: number) => ({
    doneShifts,
    fieldHours: round(hours, 1),
    contacts: { girl: cells[0] ?? null, boy: cells[1] ?? null, other: cells[2] ?? null },
    total,
    perHour: ratio(total, hours, 1, 2),
    girlShare: ratio(cells[0] ?? null, total, 100, 1),
  });
  const sumOf = (pick: (row: (typeof activityRows)[number]) => number) =>
    activityRows.reduce((sum, row) => sum + Number(pick(row)), 0);
  return {
    scope: { kind: scope.kind, id: scope.id, name },
    from: range.from,
    to: range.to,
    threshold: dashboard.threshold,
    units: units.map((unit, u) => {
      const done = activity.get(unit.id);
      return {
        id: unit.id,
        name: unit.name,
        administrationName: unit.administration_name,
        ...rowOf(
          published.cells[u] ?? [],
          published.rowTotals[u] ?? null,
          Number(done?.done_shifts ?? 0),
          Number(done?.field_hours ?? 0),
        ),
      };
    }),
    totals: rowOf(
      published.columnTotals,
      published.total,
      sumOf((row) => row.done_shifts),
      sumOf((row) => row.field_hours),
    ),
  };
}
