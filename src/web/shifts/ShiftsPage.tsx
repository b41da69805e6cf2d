import { useEffect, useRef, useState } from 'preact/hooks';
import { useUser } from '../auth/session';
import { useT } from '../i18n/i18n';
import { summarise } from '../outbox/logic';
import { localShifts, retryAll, type ShiftRecord } from '../outbox/outbox';
import { useOnline, useOutboxEntries } from '../outbox/useOutbox';
import { ErrorAlert } from '../ui/errors';
import { PageHeading } from '../ui/PageHeading';
import { editorPath, newShiftPath, shiftUnits } from './access';
import { fetchShiftList } from './api';
import { mergeListing, splitListing } from './listing';
import { ShiftRow } from './ShiftRow';
import { SyncSummary } from './SyncSummary';
import './shifts.css';
import { useCached } from './useCached';

const DAY_MS = 86_400_000;

/** The window "Mina pass" shows: three weeks back, four ahead. */
function listWindow(now = Date.now()) {
  const day = Math.floor(now / DAY_MS) * DAY_MS;
  return { from: new Date(day - 21 * DAY_MS).toISOString(), to: new Date(day + 29 * DAY_MS).toISOString() };
}

/** `/pass`: the user's units' shifts, planned first, with what waits to be sent; works offline. */
export function ShiftsPage() {
  const { t } = useT();
  const user = useUser();
  const units = shiftUnits(user);
  const online = useOnline();
  const entries = useOutboxEntries();
  const [records, setRecords] = useState<ShiftRecord[]>([]);
  const list = useCached(`${user.id}:shifts`, async () => {
    const { from, to } = listWindow();
    const lists = await Promise.all(units.map((unit) => fetchShiftList(unit.id, from, to)));
    return lists.flat();
  });

  // The phone's own copies, re-read whenever the outbox moves.
  useEffect(() => {
    let live = true;
    void localShifts(user.id).then((found) => {
      if (live) setRecords(found.filter((record) => units.some((unit) => unit.id === record.unitId)));
    });
    return () => {
      live = false;
    };
  }, [entries, user.id]);

  // When the outbox empties, the server's list has changed: fetch it again.
  const busy = entries.length > 0;
  const wasBusy = useRef(busy);
  useEffect(() => {
    if (wasBusy.current && !busy) void list.reload();
    wasBusy.current = busy;
  }, [busy]);

  const problem = entries.find(
    (entry) => entry.ownerId === user.id && (entry.state === 'conflict' || entry.state === 'failed'),
  );
  const rows = mergeListing(list.data ?? [], records, entries);
  const { planned, earlier } = splitListing(rows);
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
      <div class="new-shift">
        {units.map((unit) => (
          <a key={unit.id} class="button button-primary button-big" href={newShiftPath(unit.id)}>
            {units.length > 1 ? t('shifts.newShiftIn', { unit: unit.name }) : t('shifts.newShift')}
          </a>
        ))}
      </div>
      {list.offline && <p class="muted">{t('shifts.offlineList')}</p>}
      <ErrorAlert error={list.error} />
      {list.loading && !list.data && (
        <p class="live-status" role="status">
          {t('app.loading')}
        </p>
      )}
      <section aria-labelledby="planned-heading">
        <h2 id="planned-heading">{t('shifts.planned')}</h2>
        {planned.length === 0 ? (
          <p class="muted">{t('shifts.noPlanned')}</p>
        ) : (
          <ul class="shift-list">
            {planned.map((row) => (
              <ShiftRow key={row.id} row={row} unitName={unitName(row.unitId)} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="earlier-heading">
        <h2 id="earlier-heading">{t('shifts.earlier')}</h2>
        {earlier.length === 0 ? (
          <p class="muted">{t('shifts.noEarlier')}</p>
        ) : (
          <ul class="shift-list">
            {earlier.map((row) => (
              <ShiftRow key={row.id} row={row} unitName={unitName(row.unitId)} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
