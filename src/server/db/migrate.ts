import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import * as foundation from './migrations/0001_foundation';
import * as fieldLog from './migrations/0002_field_log';
import * as statisticsRollup from './migrations/0003_statistics_rollup';
import * as monthlyRollup from './migrations/0004_monthly_rollup';
import * as population from './migrations/0005_population';
import * as disclosureThreshold from './migrations/0006_disclosure_threshold';
import * as auditChain from './migrations/0007_audit_chain';
import * as supportContacts from './migrations/0008_support_contacts';
import * as reportsOfConcern from './migrations/0009_reports_of_concern';
import * as guidanceOutcomesAndRoleSeparation from './migrations/0010_guidance_outcomes_and_role_separation';
import * as retention from './migrations/0011_retention';
import * as cellKeys from './migrations/0012_cell_keys';
import * as rollupNetUpserts from './migrations/0013_rollup_net_upserts';
import * as signInThrottle from './migrations/0014_sign_in_throttle';
import * as repairEarlyFieldLog from './migrations/0015_repair_early_field_log';
import * as oidcSignIn from './migrations/0016_oidc_sign_in';
import * as secondFactor from './migrations/0017_second_factor';
import * as signInFailures from './migrations/0018_sign_in_failures';
import * as unitScopedIds from './migrations/0019_unit_scoped_ids';
import * as staffTime from './migrations/0020_staff_time';
import * as competence from './migrations/0021_competence';
import * as plans from './migrations/0022_plans';
import * as riskNights from './migrations/0023_risk_nights';

/** Forward-only migrations, in order. Add a file to migrations/ and list it here. */
const migrations: Record<string, Migration> = {
  '0001_foundation': foundation,
  '0002_field_log': fieldLog,
  '0003_statistics_rollup': statisticsRollup,
  '0004_monthly_rollup': monthlyRollup,
  '0005_population': population,
  '0006_disclosure_threshold': disclosureThreshold,
  '0007_audit_chain': auditChain,
  '0008_support_contacts': supportContacts,
  '0009_reports_of_concern': reportsOfConcern,
  '0010_guidance_outcomes_and_role_separation': guidanceOutcomesAndRoleSeparation,
  '0011_retention': retention,
  '0012_cell_keys': cellKeys,
  '0013_rollup_net_upserts': rollupNetUpserts,
  '0014_sign_in_throttle': signInThrottle,
  '0015_repair_early_field_log': repairEarlyFieldLog,
  '0016_oidc_sign_in': oidcSignIn,
  '0017_second_factor': secondFactor,
  '0018_sign_in_failures': signInFailures,
  '0019_unit_scoped_ids': unitScopedIds,
  '0020_staff_time': staffTime,
  '0021_competence': competence,
  '0022_plans': plans,
  '0023_risk_nights': riskNights,
};

/** Every migration by name, in order. */
export const MIGRATION_NAMES = Object.keys(migrations);

const provider: MigrationProvider = { getMigrations: async () => migrations };

/**
 * Brings the schema to the latest migration; throws with the failing migration's name.
 * `allowUnordered` is for tests that undo one old migration on an otherwise current database.
 */
export async function migrateToLatest(
  // biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists.
  db: Kysely<any>,
  options: { allowUnordered?: boolean } = {},
): Promise<string[]> {
  const migrator = new Migrator({ db, provider, allowUnorderedMigrations: options.allowUnordered ?? false });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === 'Error');
  if (error || failed) {
    const name = failed ? ` in ${failed.migrationName}` : '';
    throw new Error(`Database migration failed${name}: ${String(error)}`, { cause: error });
  }
  return (results ?? []).map((result) => result.migrationName);
}
