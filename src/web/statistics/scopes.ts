import type { OrganisationTree, SessionUser } from '../api/types';

export type ScopeKind = 'unit' | 'administration' | 'municipality';
export type Scope = { kind: ScopeKind; id: string; name: string };
/** Scopes to choose from, grouped as the picker shows them. */
export type ScopeGroup = { label: 'municipality' | 'administrations' | 'units'; scopes: Scope[] };

export function scopeKey(scope: Pick<Scope, 'kind' | 'id'>): string {
  return `${scope.kind}:${scope.id}`;
}

/** Whether the user needs the organisation tree to list what they reach (analysts do). */
export function needsOrganisation(user: SessionUser): boolean {
  return user.roles.some((grant) => grant.role === 'analyst');
}

/**
 * The places the user's roles let them read statistics for: their own units (field worker, unit
 * manager); an analyst's administration and its units; or, for a municipality-wide analyst, everything.
 */
export function reachableScopes(user: SessionUser, tree: OrganisationTree | undefined): ScopeGroup[] {
  const units = new Map<string, Scope>();
  const administrations = new Map<string, Scope>();
  let municipality: Scope | null = null;
  const addUnit = (id: string, name: string) => units.set(id, { kind: 'unit', id, name });

  for (const grant of user.roles) {
    if ((grant.role === 'field_worker' || grant.role === 'unit_manager') && grant.unitId)
      addUnit(grant.unitId, grant.unitName ?? '');
    if (grant.role !== 'analyst' || !tree) continue;
    const reached = tree.administrations.filter(
      (administration) =>
        administration.active &&
        (grant.administrationId === null || administration.id === grant.administrationId),
    );
    if (grant.administrationId === null)
      municipality = { kind: 'municipality', id: tree.municipality.id, name: tree.municipality.name };
    for (const administration of reached) {
      administrations.set(administration.id, {
        kind: 'administration',
        id: administration.id,
        name: administration.name,
      });
      for (const unit of administration.units) if (unit.active) addUnit(unit.id, unit.name);
    }
  }

  const byName = (a: Scope, b: Scope) => a.name.localeCompare(b.name, 'sv');
  const groups: ScopeGroup[] = [];
  if (municipality) groups.push({ label: 'municipality', scopes: [municipality] });
  if (administrations.size > 0)
    groups.push({ label: 'administrations', scopes: [...administrations.values()].sort(byName) });
  if (units.size > 0) groups.push({ label: 'units', scopes: [...units.values()].sort(byName) });
  return groups;
}

/** The scope named in the address if the user reaches it, else their own unit, else the widest place. */
export function chooseScope(
  groups: ScopeGroup[],
  key: string | undefined,
  ownUnitId: string | undefined,
): Scope | undefined {
  const all = groups.flatMap((group) => group.scopes);
  return (
    all.find((scope) => scopeKey(scope) === key) ??
    all.find((scope) => scope.kind === 'unit' && scope.id === ownUnitId) ??
    all[0]
  );
}
