import { useT } from '../i18n/i18n';
import { ErrorAlert } from '../ui/errors';
import { useResource } from '../ui/useResource';
import { csvFileName } from './csv';
import {
  type CatalogueId,
  contactTables,
  type DisplayTable,
  definitionsSheet,
  fromIndicator,
  sheetOf,
} from './displayTable';
import { downloadWorkbook } from './downloadWorkbook';
import { type ContactStatistics, loadIndicators } from './load';
import { type DownloadContext, StatSection } from './StatSection';
import type { Scope } from './scopes';

const ACTIVITY: readonly CatalogueId[] = [
  'shifts',
  'timeUse',
  'preventiveVsAuthority',
  'staffTimeByMonth',
  'fieldHoursByWeekday',
  'fieldHoursByTimeOfDay',
  'fieldHoursByArea',
  'fieldHoursByArena',
  'preventionLevels',
  'partners',
];
const YOUNG_PEOPLE: readonly CatalogueId[] = [
  'contactsByDepth',
  'contactsPerHour',
  'contactsPer1000ByArea',
  'topics',
  'observations',
  'actions',
  'guidanceByService',
  'guidanceOutcomes',
  'supportContacts',
];

/** The ids of the two group headings, for the page's section index. */
export const ACTIVITY_HEADING = 'stats-activity';
export const YOUNG_PEOPLE_HEADING = 'stats-young-people';

/** The rest of the catalogue under the contact figures, and the whole view as one Excel file. */
export function IndicatorsSection({
  scope,
  period,
  contacts,
  periodLabel,
}: {
  scope: Scope;
  period: { from: string; to: string };
  contacts: ContactStatistics;
  periodLabel: string;
}) {
  const { t, locale } = useT();
  const indicators = useResource(
    () => loadIndicators(scope, period),
    [scope.kind, scope.id, period.from, period.to],
  );
  const data = indicators.data;
  if (!data)
    // The headings stand while the figures load, so the page's section index can reach them.
    return (
      <div class="stats-indicators">
        <h2 id={ACTIVITY_HEADING} tabIndex={-1}>
          {t('indicators.activityHeading')}
        </h2>
        {indicators.error ? (
          <ErrorAlert error={indicators.error} />
        ) : (
          <p class="muted">{t('indicators.loading')}</p>
        )}
        <h2 id={YOUNG_PEOPLE_HEADING} tabIndex={-1}>
          {t('indicators.youngPeopleHeading')}
        </h2>
      </div>
    );

  const tables = new Map<CatalogueId, DisplayTable>();
  for (const table of contactTables(contacts, t, locale)) tables.set(table.id, table);
  for (const table of data.tables) tables.set(table.id as CatalogueId, fromIndicator(table, t, locale));
  const context: DownloadContext = {
    place: contacts.scope.name,
    period: periodLabel,
    from: period.from,
    to: period.to,
    protection: data.protection,
  };
  const section = (ids: readonly CatalogueId[]) =>
    ids.flatMap((id) => {
      const table = tables.get(id);
      return table && table.rows.length > 0 ? [<StatSection key={id} table={table} context={context} />] : [];
    });
  const number = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'sv-SE', { maximumFractionDigits: 1 });

  function downloadAll() {
    const all = [...tables.values()];
    const file = csvFileName(
      t('indicators.heading').toLocaleLowerCase('sv'),
      context.place,
      period.from,
      period.to,
      'xlsx',
    );
    downloadWorkbook(file, [
      ...all.map((table) => sheetOf(table, t)),
      definitionsSheet(
        all.map((table) => table.id),
        context,
        t,
      ),
    ]);
  }

  return (
    <div class={indicators.loading ? 'stats-indicators stats-stale' : 'stats-indicators'}>
      <div class="stats-section-head">
        <h2 id={ACTIVITY_HEADING} tabIndex={-1}>
          {t('indicators.activityHeading')}
        </h2>
        <button type="button" class="button button-small" onClick={downloadAll}>
          {t('indicators.downloadAll')}
        </button>
      </div>
      <p class="stats-field-hours">
        <span class="stats-summary-label">{t('indicators.fieldHours')}</span>{' '}
        <strong>{number.format(data.fieldHours)}</strong>{' '}
        <span class="muted">{t('indicators.fieldHoursNote')}</span>
      </p>
      {section(ACTIVITY)}
      <h2 id={YOUNG_PEOPLE_HEADING} tabIndex={-1}>
        {t('indicators.youngPeopleHeading')}
      </h2>
      {section(YOUNG_PEOPLE)}
    </div>
  );
}
