import type { Logger } from 'pino';
import type { Db } from '../db/connect';
import { rebuildRollup } from './rollup.repository';
import { municipalitiesWithDrift } from './rollup-drift.repository';

/**
 * Compares every municipality's rollups with its field log and rebuilds those that disagree, so
 * statistics never show a shift the rollups missed. Run at start-up, before serving.
 */
export async function healRollups(db: Db, logger: Pick<Logger, 'info' | 'warn'>): Promise<string[]> {
  const started = performance.now();
  const drifting = await municipalitiesWithDrift(db);
  for (const municipalityId of drifting) {
    logger.warn({ municipalityId }, 'rollups disagreed with the field log; rebuilding them');
    await rebuildRollup(db, municipalityId);
  }
  logger.info({ ms: Math.round(performance.now() - started), rebuilt: drifting.length }, 'rollups checked');
  return drifting;
}
