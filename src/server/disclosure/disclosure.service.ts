import type { Actor } from '../auth/actor';
import { roleHasPermission } from '../auth/permissions';
import type { StatisticsScope } from '../statistics/statistics.repository';
import { DISCLOSURE_PARAMETERS, PTABLE } from './parameters';
import { CELL_KEY, EXACT, type Protection } from './protection';
import { KEY_MODULUS } from './record-keys';

/**
 * The one disclosure service: every page, download and export that shows figures about young
 * people asks it how to publish them to this reader. A unit's own staff see their own unit exactly;
 * everyone else (analysts, administrations, the municipality, exports and anything published)
 * sees the cell-key method's figures.
 */
export function protectionFor(actor: Actor, scope: StatisticsScope): Protection {
  const ownUnit =
    scope.kind === 'unit' &&
    actor.grants.some(
      (grant) => grant.unitId === scope.id && roleHasPermission(grant.role, 'statistics.read'),
    );
  return ownUnit ? EXACT : CELL_KEY;
}

/** Figures that leave the unit by file or publication: always protected, whoever takes them. */
export const protectionForRelease = (): Protection => CELL_KEY;

/** The method as the public method page and every data dictionary describe it. */
export function disclosureMethod() {
  const { maxDeviation, variance, js } = DISCLOSURE_PARAMETERS;
  return {
    method: 'cell-key' as const,
    parameters: { maxDeviation, variance, js, keyModulus: KEY_MODULUS },
    ptable: PTABLE.rows.map((row) => ({
      count: row.count,
      noises: row.noises.map((noise, i) => ({ noise, probability: row.probabilities[i] as number })),
    })),
  };
}
