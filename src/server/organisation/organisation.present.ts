import type { AdministrationRow, AreaRow, UnitRow } from '../db/database';
import type { AdministrationDto, Area, OrganisationTree, UnitDto } from './organisation.schema';

export function presentUnit(row: UnitRow): UnitDto {
  return { id: row.id, administrationId: row.administration_id, name: row.name, active: row.active };
}

export function presentAdministration(row: AdministrationRow): AdministrationDto {
  return { id: row.id, name: row.name, active: row.active };
}

export function presentTree(
  municipality: { id: string; name: string; code: string | null },
  administrations: AdministrationRow[],
  units: UnitRow[],
): OrganisationTree {
  return {
    municipality: { id: municipality.id, name: municipality.name, code: municipality.code },
    administrations: administrations.map((administration) => ({
      ...presentAdministration(administration),
      units: units.filter((unit) => unit.administration_id === administration.id).map(presentUnit),
    })),
  };
}

export function presentArea(row: AreaRow): Area {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    unitId: row.unit_id,
    active: row.active,
    geometry: (row.geometry as Area['geometry']) ?? null,
  };
}
