import { DEPTHS, GENDERS } from '../../shared/field-log';
import { type Cell, type CellTable, cellOf, tableOf } from '../disclosure/cells';
import type { exportEncounters } from './research-export.repository';

type Tally = Awaited<ReturnType<typeof exportEncounters>>[number];

/**
 * One shift's contacts as the export publishes them: gender × age band and gender × depth, each
 * with its totals. The two tables' gender totals and grand total are the same records, so the same
 * cells with the same keys, and are published as the same figures. The full gender × age × depth
 * cube is not published: per shift it would be nearly all zeros and ones.
 */
export function shiftContactTables(
  tallies: readonly Tally[],
  ageBandIds: readonly string[],
): { byAge: CellTable; byDepth: CellTable } {
  const cell = (match: (t: Tally) => boolean): Cell => cellOf(tallies, match);
  return {
    byAge: tableOf(
      GENDERS.map((g) => ageBandIds.map((band) => cell((t) => t.gender === g && t.age_band_id === band))),
      ageBandIds.length,
    ),
    byDepth: tableOf(
      GENDERS.map((g) => DEPTHS.map((d) => cell((t) => t.gender === g && t.depth === d))),
      DEPTHS.length,
    ),
  };
}
