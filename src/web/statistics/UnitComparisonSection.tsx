import { useState } from 'preact/hooks';
import { useT } from '../i18n/i18n';
import { ChipGroup, ToggleChip } from '../ui/Chips';
import { ErrorAlert } from '../ui/errors';
import { useResource } from '../ui/useResource';
import { BarChart } from './BarChart';
import { csvFileName, downloadCsv } from './csv';
import { csvRows, type DisplayTable, definitionsSheet, sheetOf } from './displayTable';
import { downloadWorkbook } from './downloadWorkbook';
import { FigureTable } from './FigureTable';
import { loadUnitComparison, type UnitComparison } from './load';
import type { Scope } from './scopes';

type Row = UnitComparison['units'][number];

/** The section's heading, which the page's section index leads to. */
export const COMPARISON_HEADING = 'stats-comparison';

/** Likställighet: an administration's or the municipality's units side by side, chosen by the analyst. */
export function UnitComparisonSection({
  scope,
  period,
}: {
  scope: Scope;
  period: { from: string; to: string };
}) {
  const { t } = useT();
  const comparison = useResource(
    () => loadUnitComparison(scope, period),
    [scope.kind, scope.id, period.from, period.to],
  );
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const data = comparison.data;
  if (!data)
    // The heading stands while the figures load, so the page's section index can reach it.
    return (
      <section class="stats-section stats-comparison" aria-labelledby={COMPARISON_HEADING}>
        <h2 id={COMPARISON_HEADING} tabIndex={-1}>
          {t('indicators.comparison.heading')}
        </h2>
        {comparison.error ? (
          <ErrorAlert error={comparison.error} />
        ) : (
          <p class="muted">{t('indicators.comparison.loading')}</p>
        )}
      </section>
    );

  const units = chosen.size === 0 ? data.units : data.units.filter((unit) => chosen.has(unit.id));
  const toggle = (id: string) => {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setChosen(next);
  };
  const columns = [
    { key: 'doneShifts', label: t('indicators.comparison.doneShifts'), measure: 'shifts' as const },
    { key: 'fieldHours', label: t('indicators.comparison.fieldHours'), measure: 'hours' as const },
    { key: 'girl', label: t('statistics.genders.girl'), measure: 'contacts' as const },
    { key: 'boy', label: t('statistics.genders.boy'), measure: 'contacts' as const },
    { key: 'other', label: t('statistics.genders.other'), measure: 'contacts' as const },
    { key: 'total', label: t('indicators.comparison.total'), measure: 'contacts' as const },
    { key: 'perHour', label: t('indicators.comparison.perHour'), measure: 'perHour' as const },
    { key: 'girlShare', label: t('indicators.comparison.girlShare'), measure: 'percent' as const },
  ];
  const values = (row: Omit<Row, 'id' | 'name' | 'administrationName'>) => [
    row.doneShifts,
    row.fieldHours,
    row.contacts.girl,
    row.contacts.boy,
    row.contacts.other,
    row.total,
    row.perHour,
    row.girlShare,
  ];
  const table: DisplayTable = {
    id: 'unitComparison',
    rowHeading: t('indicators.comparison.unit'),
    columns,
    rows: units.map((unit) => ({ key: unit.id, label: unit.name, values: values(unit) })),
    totals: chosen.size === 0 ? values(data.totals) : null,
    aboutYoungPeople: true,
  };
  // The chart compares contacts by gender, unit by unit.
  const chartTable: DisplayTable = {
    ...table,
    columns: columns.slice(2, 5),
    rows: table.rows.map((row) => ({ ...row, values: row.values.slice(2, 5) })),
  };
  const file = (extension: string) =>
    csvFileName(t('indicators.comparison.file'), data.scope.name, data.from, data.to, extension);
  // The units only, as on screen (the totals row shows only without a selection).
  const csv = () => csvRows({ ...table, totals: null }, t);

  return (
    <section class="stats-section stats-comparison" aria-labelledby={COMPARISON_HEADING}>
      <div class="stats-section-head">
        <h2 id={COMPARISON_HEADING} tabIndex={-1}>
          {t('indicators.comparison.heading')}
        </h2>
        <div class="stats-section-tools">
          <button type="button" class="button button-small" onClick={() => downloadCsv(file('csv'), csv())}>
            {t('statistics.downloadCsv')}
          </button>
          <button
            type="button"
            class="button button-small"
            onClick={() =>
              downloadWorkbook(file('xlsx'), [
                { ...sheetOf(table, t), name: t('indicators.comparison.sheet') },
                definitionsSheet(
                  ['unitComparison'],
                  {
                    place: data.scope.name,
                    period: `${data.from} – ${data.to}`,
                    protection: data.protection,
                  },
                  t,
                ),
              ])
            }
          >
            {t('indicators.downloadXlsx')}
          </button>
        </div>
      </div>
      <p class="muted">{t('indicators.comparison.intro')}</p>
      <ChipGroup legend={t('indicators.comparison.choose')} hint={t('indicators.comparison.chooseHint')}>
        {data.units.map((unit) => (
          <ToggleChip
            key={unit.id}
            label={unit.name}
            pressed={chosen.has(unit.id)}
            onToggle={() => toggle(unit.id)}
          />
        ))}
      </ChipGroup>
      <FigureTable table={table} labelledBy={COMPARISON_HEADING} />
      <BarChart table={chartTable} />
    </section>
  );
}
