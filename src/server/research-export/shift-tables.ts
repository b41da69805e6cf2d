import type { CellValue } from '../../shared/xlsx';
import { DisclosureSystem, type PublishedTable } from '../statistics/disclosure-system';
import { type Published, publish } from '../statistics/suppression';

/** One shift's contacts as the export publishes them. */
export type ShiftContacts = { byAge: PublishedTable; byDepth: PublishedTable };

/**
 * One shift's contacts: gender × age band and gender × depth, which share the gender totals and
 * the grand total, suppressed as ONE system so neither table can undo the other's hiding. The
 * export publishes no total across shifts, so each shift's system stands alone. The full
 * gender × age × depth cube is not published: per shift nearly all of it would be below the threshold.
 */
export function publishShiftContacts(
  genderByAge: readonly (readonly number[])[],
  genderByDepth: readonly (readonly number[])[],
  threshold: number,
): ShiftContacts {
  const system = new DisclosureSystem();
  const byAge = system.table(genderByAge);
  const byDepth = system.table(genderByDepth, { rowTotals: byAge.rowTotals, total: byAge.total });
  const published = system.publish(threshold, false);
  return { byAge: published(byAge), byDepth: published(byDepth) };
}

/**
 * Counts published without any total (topics, actions): nothing ties them together, so hiding
 * those below the threshold is all disclosure control needs.
 */
export function publishCounts(counts: readonly number[], threshold: number): Published[] {
  return counts.map((count) => publish(count, count < threshold, threshold));
}

/** How a published figure reads in a sheet: the count, "<5" below the threshold, ".." protected. */
export function figureCell(figure: Published, threshold: number): CellValue {
  if (figure === null) return `<${threshold}`;
  if (figure === 'protected') return PROTECTED_SYMBOL;
  return figure;
}

export const PROTECTED_SYMBOL = '..';
