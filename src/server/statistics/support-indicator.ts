import { GENDERS } from '../../shared/field-log';
import { tableOf } from '../disclosure/cells';
import type { Protection } from '../disclosure/protection';
import { SUPPORT_MEASURES, type SupportContactCounts } from '../support/support-statistics.repository';
import type { IndicatorTable } from './indicator-tables';

/**
 * The support contacts indicator. Its rows overlap (a contact opened in the period is also open at
 * its end), so each row has its own total and there is no totals row.
 */
export function supportContactsTable(counts: SupportContactCounts, protection: Protection): IndicatorTable {
  return {
    id: 'supportContacts',
    aboutYoungPeople: true,
    vocabulary: 'supportMeasure',
    rows: SUPPORT_MEASURES.map((key) => ({ key, label: null })),
    columns: [...GENDERS, 'total'].map((key) => ({ key, measure: 'count' as const })),
    cells: SUPPORT_MEASURES.map((measure) => {
      const table = protection.table(tableOf([GENDERS.map((gender) => counts[measure][gender])]));
      return [...(table.cells[0] ?? []), table.total];
    }),
    totals: null,
  };
}
