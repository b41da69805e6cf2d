import { useUser } from '../auth/session';
import { useT } from '../i18n/i18n';
import { summarise } from '../outbox/logic';
import { retryAll } from '../outbox/outbox';
import { useOnline } from '../outbox/useOutbox';
import { ErrorAlert } from '../ui/errors';
import { PageHeading } from '../ui/PageHeading';
import { editorPath } from './access';
import { type ListedShift, splitListing } from './listing';
import { NewShiftButtons } from './NewShiftButtons';
import { ShiftRow } from './ShiftRow';
import { SyncSummary } from './SyncSummary';
import './shifts.css';
import { useShiftListing } from './useShiftListing';

/**
 * `/pass`: the user's units' shifts — those that still need a log first, then the planned ones,
 * then the rest — with what waits to be sent; works offline.
 */
export function ShiftsPage() {
  const { t } = useT();
  const user = useUser();
  const online = useOnline();
  const { units, entries, list, rows } = useShiftListing(user);

  const problem = entries.find(
    (entry) => entry.ownerId === user.id && (entry.state === 'conflict' || entry.state === 'failed'),
  );
  const { needsLog, planned, earlier } = splitListing(rows);
  const unitName = (id: string) =>
    units.length > 1 ? units.find((unit) => unit.id === id)?.name : undefined;

  return (
    <div class="shifts-page">
      <PageHeading title={t('shifts.heading')} />
      <SyncSummary
        summary={summarise(entries, user.id)}
        online={online}
        onRetry={retryAll}
        problemHref={problem ? editorPath(problem.unitId, problem.shiftId) : undefined}
      />
      <NewShiftButtons units={units} />
      {list.offline && <p class="muted">{t('shifts.offlineList')}</p>}
      <ErrorAlert error={list.error} />
      {list.loading && !list.data && (
        <p class="live-status" role="status">
          {t('app.loading')}
        </p>
      )}
      {needsLog.length > 0 && (
        <ShiftSection
          id="needs-log-heading"
          title={t('shifts.needsLogHeading')}
          rows={needsLog}
          unitName={unitName}
        />
      )}
      <ShiftSection
        id="planned-heading"
        title={t('shifts.planned')}
        empty={t('shifts.noPlanned')}
        rows={planned}
        unitName={unitName}
      />
      <ShiftSection
        id="earlier-heading"
        title={t('shifts.earlier')}
        empty={t('shifts.noEarlier')}
        rows={earlier}
        unitName={unitName}
      />
    </div>
  );
}

function ShiftSection({
  id,
  title,
  empty,
  rows,
  unitName,
}: {
  id: string;
  title: string;
  empty?: string;
  rows: ListedShift[];
  unitName: (unitId: string) => string | undefined;
}) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {rows.length === 0 ? (
        <p class="muted">{empty}</p>
      ) : (
        <ul class="shift-list">
          {rows.map((row) => (
            <ShiftRow key={row.id} row={row} unitName={unitName(row.unitId)} />
          ))}
        </ul>
      )}
    </section>
  );
}
