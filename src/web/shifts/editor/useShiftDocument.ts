import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../../api/errors';
import { readShift, rememberServerShift, type ShiftRecord } from '../../outbox/outbox';
import { fetchShift } from '../api';
import { formFromInput, newShiftForm, type ShiftForm } from '../form';
import { isNetworkError } from '../useCached';

export type LoadedShift =
  | { status: 'loading' }
  | { status: 'missing'; offline: boolean }
  | { status: 'error'; error: unknown }
  | {
      status: 'ready';
      record: ShiftRecord | null;
      form: ShiftForm;
      /** The form holds edits that were not saved before the app closed. */
      restored: boolean;
      /** The server has a newer version than the one the local edits started from. */
      serverNewer: boolean;
      /** Counts up whenever the loaded form changes, so the editor can take it if untouched. */
      revision: number;
    };

function looksLikeForm(value: unknown): value is ShiftForm {
  if (typeof value !== 'object' || value === null) return false;
  const form = value as Partial<ShiftForm>;
  return typeof form.startsAt === 'string' && Array.isArray(form.encounters) && Array.isArray(form.actions);
}

function fromRecord(record: ShiftRecord, revision: number, serverNewer = false): LoadedShift {
  const restored = looksLikeForm(record.unsaved);
  return {
    status: 'ready',
    record,
    form: restored ? (record.unsaved as ShiftForm) : formFromInput(record.draft),
    restored,
    serverNewer,
    revision,
  };
}

/**
 * The shift for the editor: the phone's copy at once when there is one, then the server's. A new
 * shift (`isNew`, an id just made on the phone) is never asked for.
 */
export function useShiftDocument(unitId: string, shiftId: string, userId: string, isNew: boolean) {
  const [loaded, setLoaded] = useState<LoadedShift>({ status: 'loading' });
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    let live = true;
    let revision = reloads * 10;
    void (async () => {
      const stored = await readShift(shiftId);
      const local = stored && stored.ownerId === userId && stored.unitId === unitId ? stored : null;
      if (!live) return;
      if (local) setLoaded(fromRecord(local, ++revision));
      if (isNew && !local) {
        setLoaded({
          status: 'ready',
          record: null,
          form: newShiftForm(userId),
          restored: false,
          serverNewer: false,
          revision: ++revision,
        });
        return;
      }
      try {
        const shift = await fetchShift(unitId, shiftId);
        const record = await rememberServerShift(shift, userId);
        if (!live) return;
        const newer = shift.version > (record.serverVersion ?? 0);
        if (!local || record !== local) setLoaded(fromRecord(record, ++revision, newer));
      } catch (error) {
        if (!live || local) return;
        if (error instanceof ApiError && error.status === 404)
          setLoaded({ status: 'missing', offline: false });
        else if (isNetworkError(error)) setLoaded({ status: 'missing', offline: true });
        else setLoaded({ status: 'error', error });
      }
    })();
    return () => {
      live = false;
    };
  }, [unitId, shiftId, userId, isNew, reloads]);

  return { loaded, reload: () => setReloads((n) => n + 1) };
}
