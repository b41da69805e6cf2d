import { DisclosureSystem, type PublishedTable } from './disclosure-system';

export type PublishedContacts = {
  byGenderAndAge: PublishedTable;
  byMonth: { cells: PublishedTable['cells']; totals: PublishedTable['rowTotals'] };
  byGenderAndDepth: PublishedTable;
};

/**
 * Publishes contacts by gender × age band, by month × gender and by gender × depth as ONE
 * disclosure system: all three add up to the same gender totals and grand total, so suppressing
 * them separately could let one table undo another's hiding.
 * `exact` skips suppression (a unit's own staff looking at their own unit).
 */
export function publishContacts(
  tables: {
    genderByAge: readonly (readonly number[])[];
    monthByGender: readonly (readonly number[])[];
    genderByDepth: readonly (readonly number[])[];
  },
  threshold: number,
  exact: boolean,
): PublishedContacts {
  const system = new DisclosureSystem();
  const byAge = system.table(tables.genderByAge);
  const byMonth = system.table(tables.monthByGender, { columnTotals: byAge.rowTotals, total: byAge.total });
  const byDepth = system.table(tables.genderByDepth, { rowTotals: byAge.rowTotals, total: byAge.total });
  const published = system.publish(threshold, exact);
  const months = published(byMonth);
  return {
    byGenderAndAge: published(byAge),
    byMonth: { cells: months.cells, totals: months.rowTotals },
    byGenderAndDepth: published(byDepth),
  };
}
