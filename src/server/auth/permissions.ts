import type { Role } from '../db/database';

export { PARTNER_KINDS, ROLES } from '../../shared/roles';

/** What a permission lets its holder do. The keys are what routes declare. */
export const PERMISSIONS = {
  'org.read': 'Read the organisation tree and areas (names only)',
  'org.manage': 'Create, rename, move and deactivate administrations, units and areas',
  'users.read': 'Read user accounts and their roles',
  'users.manage': 'Create users, change their roles and passwords, deactivate and reactivate them',
  'unit.members.read': 'See who works in a field unit',
  'categories.read': 'Read the municipality’s categories (topics, services, arenas, age bands …)',
  'categories.manage': 'Add, rename, reorder and retire categories',
  'shifts.read': 'Read a unit’s shifts and their logs',
  'shifts.write': 'Plan shifts and log them (encounters, observations, actions)',
  'shifts.review': 'Mark a unit’s shift logs as reviewed',
  'statistics.read':
    'Read statistics for the places one’s roles reach (exact for one’s own unit, cell-key protected elsewhere)',
  'statistics.export':
    'Download the anonymous research export (shift-level tallies, no free text, cell-key protected)',
  'population.manage': 'Import the youth population by area, gender and age (denominators for rates)',
  'support.read':
    'Read the unit’s consented support contacts and their logs (personal data: every read is audit-logged)',
  'support.write': 'Open support contacts with consent, log contacts, close them, hand one’s own over',
  'support.manage': 'See the unit’s continuity report and hand over a colleague’s support contacts',
  'concern.report':
    'File reports of concern (orosanmälan) to the municipality’s reception and see their feedback',
  'concern.receive': 'Read the reports of concern sent to the reception, acknowledge them and give feedback',
  'audit.read': 'Read the audit log and verify its hash chain',
  'competence.manage':
    'See and keep the competence records (introduction, education, courses) of a unit’s staff',
  'plans.read': 'Read the year’s plans (goals and targets) of the units one’s roles reach',
  'plans.write': 'Draft the unit’s plan for the year and submit it for approval',
  'plans.approve': 'Approve or return units’ plans, and close a year that is over',
  'riskNights.read':
    'See the risk-night calendar, which units answered with how many staff, and one’s unit’s answers',
  'riskNights.manage': 'Put out, move and remove risk nights, and add a year’s default Swedish risk nights',
  'riskNights.answer':
    'Answer a risk night with the unit’s planned staffing and turn it into a planned shift',
  'privacy.manage':
    'Set retention periods and role separation, produce a register extract and erase a support contact on request',
} as const;

export type Permission = keyof typeof PERMISSIONS;

/**
 * THE table of who may do what. Reception sees only the reports of concern sent to it and never
 * the field log; partners read aggregated pictures, never people. Administrators run the
 * organisation but do not read field logs; analysts will see statistics, not shift documents. Review changes here with care:
 * `authorization.test.ts` walks every route for every role against this table.
 */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  field_worker: [
    'org.read',
    'unit.members.read',
    'categories.read',
    'shifts.read',
    'shifts.write',
    'statistics.read',
    'support.read',
    'support.write',
    'concern.report',
    'plans.read',
    'riskNights.read',
  ],
  unit_manager: [
    'org.read',
    'unit.members.read',
    'categories.read',
    'shifts.read',
    'shifts.write',
    'shifts.review',
    'statistics.read',
    'support.read',
    'support.write',
    'support.manage',
    'competence.manage',
    'concern.report',
    'plans.read',
    'plans.write',
    'riskNights.read',
    'riskNights.answer',
  ],
  analyst: [
    'org.read',
    'categories.read',
    'statistics.read',
    'statistics.export',
    'plans.read',
    'riskNights.read',
  ],
  reception: ['concern.receive'],
  partner: ['org.read'],
  administrator: [
    'org.read',
    'org.manage',
    'users.read',
    'users.manage',
    'unit.members.read',
    'categories.read',
    'categories.manage',
    'population.manage',
    'audit.read',
    'privacy.manage',
    'competence.manage',
    'plans.read',
    'plans.approve',
    'riskNights.read',
    'riskNights.manage',
  ],
};

/** Which kind of place in the organisation tree a role is assigned at. */
export const ROLE_SCOPES: Record<Role, readonly ('unit' | 'administration' | 'municipality')[]> = {
  field_worker: ['unit'],
  unit_manager: ['unit'],
  analyst: ['administration', 'municipality'],
  reception: ['municipality'],
  partner: ['municipality'],
  administrator: ['municipality'],
};

export function roleHasPermission(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
