import { useEffect, useRef, useState } from 'preact/hooks';
import type { SessionUser, UnitMember } from '../api/types';
import { localShifts, type ShiftRecord } from '../outbox/outbox';
import { readCached } from '../outbox/reference-cache';
import { useOutboxEntries } from '../outbox/useOutbox';
import { shiftUnits } from './access';
import { fetchShiftList } from './api';
import { type ListedShift, mergeListing } from './listing';
import { useCached } from './useCached';

const DAY_MS = 86_400_000;

/** The window "Mina pass" shows: three weeks back, four ahead. */
function listWindow(now = Date.now()) {
  const day = Math.floor(now / DAY_MS) * DAY_MS;
  return { from: new Date(day - 21 * DAY_MS).toISOString(), to: new Date(day + 29 * DAY_MS).toISOString() };
}

/**
 * The user's units' shifts as "Mina pass" and the home page show them: the server's list (cached,
 * so it shows offline), with the phone's own copies and their sync state laid over it, and the
 * staff named from the members the phone keeps for offline logging.
 */
export function useShiftListing(user: SessionUser) {
  const units = shiftUnits(user);
  const entries = useOutboxEntries();
  const [records, setRecords] = useState<ShiftRecord[]>([]);
  const [members, setMembers] = useState<ReadonlyMap<string, string>>(new Map());
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

  // Names for shifts not yet on the server: the members cached for the editor.
  useEffect(() => {
    let live = true;
    void Promise.all(units.map((unit) => readCached<UnitMember[]>(`${user.id}:members:${unit.id}`))).then(
      (cached) => {
        if (!live) return;
        const names = new Map<string, string>();
        for (const member of cached.flatMap((found) => found?.value ?? []))
          names.set(member.id, member.displayName);
        setMembers(names);
      },
    );
    return () => {
      live = false;
    };
  }, [user.id, entries.length === 0]);

  // When the outbox empties, the server's list has changed: fetch it again.
  const busy = entries.length > 0;
  const wasBusy = useRef(busy);
  useEffect(() => {
    if (wasBusy.current && !busy) void list.reload();
    wasBusy.current = busy;
  }, [busy]);

  const rows: ListedShift[] = mergeListing(list.data ?? [], records, entries, Date.now(), members);
  return { units, entries, list, rows };
}
