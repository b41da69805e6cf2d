import { GENDERS } from '../../shared/field-log';
import { SUPPORT_MEASURES, type SupportContactCounts } from '../support/support-statistics.repository';
import { DisclosureSystem } from './disclosure-system';
import type { IndicatorTable } from './indicator-tables';

/**
 * The support contacts indicator. Its rows overlap (a contact opened in the period is also open at
 * its end), so each row is its own small table under disclosure control, and there is no totals row.
 */
export function supportContactsTable(
  counts: SupportContactCounts,
  threshold: number,
  exact: boolean,
): IndicatorTable {
  const system = new DisclosureSystem();
  const figures = SUPPORT_MEASURES.map((measure) =>
    system.table([GENDERS.map((gender) => counts[measure][gender])]),
  );
  const published = system.publish(threshold, exact);
  return {
    id: 'supportContacts',
    aboutYoungPeople: true,
    vocabulary: 'supportMeasure',
    rows: SUPPORT_MEASURES.map((key) => ({ key, label: null })),
    columns: [...GENDERS, 'total'].map((key) => ({ key, measure: 'count' as const })),
    cells: figures.map((f) => {
      const table = published(f);
      return [...(table.cells[0] ?? []), table.total];
    }),
    totals: null,
  };
}
