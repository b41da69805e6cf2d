import { GENDERS } from '../../shared/field-log';
import { type Actor, requirePermission } from '../auth/actor';
import type { Db } from '../db/connect';
import { cellOf, tableOf } from '../disclosure/cells';
import { protectionFor } from '../disclosure/disclosure.service';
import { round } from './indicator-tables';
import { contactsByUnit, scopeName } from './statistics.repository';
import { activityByUnit, type ComparisonScope, unitsInScope } from './unit-comparison.repository';
import type { UnitComparison } from './unit-comparison.schema';

/** A rate or share of published figures: the same figures the reader sees elsewhere. */
const ratio = (part: number, whole: number, scale: number, decimals: number) =>
  whole === 0 ? 0 : round((scale * part) / whole, decimals);

/**
 * Units side by side (likställighet): shifts, field hours, contacts by gender, contacts per hour
 * and girls' share. Contacts are always published by the cell-key method here, even a reader's own
 * unit, so the table is one consistent view; each unit's and the scope's cells are the same cells
 * (same records, same keys) as on their own dashboards, so the pages agree figure for figure.
 */
export async function unitComparison(
  db: Db,
  actor: Actor,
  scope: ComparisonScope,
  range: { from: string; to: string },
): Promise<UnitComparison> {
  requirePermission(actor, 'statistics.read');
  const [name, allUnits, contactRows] = await Promise.all([
    scopeName(db, actor.municipalityId, scope),
    unitsInScope(db, actor.municipalityId, scope),
    contactsByUnit(db, actor.municipalityId, scope, range),
  ]);
  const activityRows = await activityByUnit(
    db,
    actor.municipalityId,
    allUnits.map((unit) => unit.id),
    range,
  );
  const activity = new Map(activityRows.map((row) => [row.unit_id, row]));
  // Inactive units only while they still have figures in the period.
  const units = allUnits.filter(
    (unit) => unit.active || activity.has(unit.id) || contactRows.some((row) => row.unit_id === unit.id),
  );
  const protection = protectionFor(actor, scope);
  const published = protection.table(
    tableOf(
      units.map((unit) =>
        GENDERS.map((gender) =>
          cellOf(contactRows, (row) => row.unit_id === unit.id && row.gender === gender),
        ),
      ),
      GENDERS.length,
    ),
  );
  const rowOf = (cells: number[], total: number, doneShifts: number, hours: number) => ({
    doneShifts,
    fieldHours: round(hours, 1),
    contacts: { girl: cells[0] ?? 0, boy: cells[1] ?? 0, other: cells[2] ?? 0 },
    total,
    perHour: ratio(total, hours, 1, 2),
    girlShare: ratio(cells[0] ?? 0, total, 100, 1),
  });
  const sumOf = (pick: (row: (typeof activityRows)[number]) => number) =>
    activityRows.reduce((sum, row) => sum + Number(pick(row)), 0);
  return {
    scope: { kind: scope.kind, id: scope.id, name },
    from: range.from,
    to: range.to,
    protection: protection.kind,
    units: units.map((unit, u) => {
      const done = activity.get(unit.id);
      return {
        id: unit.id,
        name: unit.name,
        administrationName: unit.administration_name,
        ...rowOf(
          published.cells[u] ?? [],
          published.rowTotals[u] ?? 0,
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
