import type { Grant, GrantInput, PartnerKind, Role } from '../../api/types';

/** One role row being edited. Names are kept so a unit no longer offered still shows what it was. */
export type RoleDraft = {
  key: number;
  role: Role;
  unitId: string;
  unitName: string;
  /** '' means the whole municipality (analysts). */
  administrationId: string;
  administrationName: string;
  partnerKind: PartnerKind | '';
};

let nextKey = 1;

export function needsUnit(role: Role): boolean {
  return role === 'field_worker' || role === 'unit_manager';
}

export function newDraft(role: Role = 'field_worker'): RoleDraft {
  return {
    key: nextKey++,
    role,
    unitId: '',
    unitName: '',
    administrationId: '',
    administrationName: '',
    partnerKind: '',
  };
}

export function draftFromGrant(grant: Grant): RoleDraft {
  return {
    key: nextKey++,
    role: grant.role,
    unitId: grant.unitId ?? '',
    unitName: grant.unitName ?? '',
    administrationId: grant.administrationId ?? '',
    administrationName: grant.administrationName ?? '',
    partnerKind: grant.partnerKind ?? '',
  };
}

/** What the API takes: only the scope the role is assigned at. */
export function toGrantInput(draft: RoleDraft): GrantInput {
  if (needsUnit(draft.role)) return { role: draft.role, unitId: draft.unitId };
  if (draft.role === 'analyst') {
    return draft.administrationId
      ? { role: draft.role, administrationId: draft.administrationId }
      : { role: draft.role };
  }
  if (draft.role === 'partner') return { role: draft.role, partnerKind: draft.partnerKind || null };
  return { role: draft.role };
}

/** Problems the server would report, found before sending: keys are API issue paths. */
export function draftIssues(
  drafts: RoleDraft[],
): Record<string, 'unitId' | 'partnerKind' | 'roles' | 'duplicate'> {
  const issues: Record<string, 'unitId' | 'partnerKind' | 'roles' | 'duplicate'> = {};
  if (drafts.length === 0) issues.roles = 'roles';
  const seen = new Set<string>();
  drafts.forEach((draft, index) => {
    if (needsUnit(draft.role) && !draft.unitId) issues[`roles.${index}.unitId`] = 'unitId';
    if (draft.role === 'partner' && !draft.partnerKind) issues[`roles.${index}.partnerKind`] = 'partnerKind';
    const scope = needsUnit(draft.role)
      ? draft.unitId
      : draft.role === 'analyst'
        ? draft.administrationId
        : '';
    const key = `${draft.role}:${scope}`;
    if (seen.has(key)) issues[`roles.${index}`] = 'duplicate';
    seen.add(key);
  });
  return issues;
}
