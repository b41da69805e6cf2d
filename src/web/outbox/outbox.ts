import { uuidv7 } from '../../shared/uuidv7';
import { inputOf, type Shift, type ShiftInput } from '../shifts/model';
import { type ConflictChoice, resolveConflict, sameShift } from './conflict';
import { get, getAll, type WriteOp, write } from './idb';
import {
  coalesce,
  nextWakeAt,
  type OutboxEntry,
  pickNext,
  recoverAfterRestart,
  retryNow,
  type SendResult,
  settle,
} from './logic';
import { putShift } from './transport';

/**
 * The phone's copy of a shift: the last version the server confirmed (`base`), the latest local
 * save (`draft`) and, between saves, the editor's unsaved form so a killed app loses nothing.
 */
export type ShiftRecord = {
  shiftId: string;
  unitId: string;
  ownerId: string;
  base: Shift | null;
  draft: ShiftInput;
  serverVersion: number | null;
  /** The editor's own state, opaque here. */
  unsaved: unknown;
  savedAt: string;
};

let entries: OutboxEntry[] = [];
let ownerId: string | null = null;
let paused = false;
let running = false;
let started: Promise<void> | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;
let lastSeq = 0;
let chain: Promise<unknown> = Promise.resolve();
const listeners = new Set<(entries: OutboxEntry[]) => void>();
const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('faltlogg-outbox');

/** Runs store changes one after another, so a save and a send's answer never interleave. */
function exclusive<T>(work: () => Promise<T>): Promise<T> {
  const next = chain.then(work, work);
  chain = next.catch(() => undefined);
  return next;
}

function publish(next: OutboxEntry[], broadcast = true): void {
  entries = next;
  for (const listener of listeners) listener(next);
  if (broadcast) channel?.postMessage('changed');
}

async function loadEntries(): Promise<OutboxEntry[]> {
  return getAll<OutboxEntry>('outbox');
}

/** Writes the difference between two outbox lists, plus other changes, in one transaction. */
async function commit(before: OutboxEntry[], after: OutboxEntry[], ops: WriteOp[] = []): Promise<void> {
  const kept = new Set(after.map((entry) => entry.mutationId));
  const old = new Map(before.map((entry) => [entry.mutationId, entry]));
  const changes: WriteOp[] = [
    ...before
      .filter((entry) => !kept.has(entry.mutationId))
      .map((entry): WriteOp => ({ op: 'delete', store: 'outbox', key: entry.mutationId })),
    ...after
      .filter((entry) => old.get(entry.mutationId) !== entry)
      .map((entry): WriteOp => ({ op: 'put', store: 'outbox', value: entry })),
    ...ops,
  ];
  await write(changes);
  publish(after);
}

function nextSeq(): number {
  lastSeq = Math.max(Date.now(), lastSeq + 1);
  return lastSeq;
}

function ensureLoaded(): Promise<void> {
  started ??= exclusive(async () => {
    const stored = await loadEntries();
    const recovered = recoverAfterRestart(stored);
    lastSeq = Math.max(0, ...stored.map((entry) => entry.seq));
    await commit(stored, recovered);
    if (typeof window !== 'undefined') {
      window.addEventListener('online', () => retryAll());
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') kick();
      });
    }
    channel?.addEventListener('message', () => {
      void exclusive(async () => publish(await loadEntries(), false));
    });
  });
  return started;
}

/** Starts (or resumes after a new sign-in) sending the signed-in user's saves. */
export function startOutbox(userId: string): void {
  ownerId = userId;
  paused = false;
  void ensureLoaded().then(() => retryAll());
}

/** Stops sending, e.g. on sign-out; what waits stays on the phone. */
export function pauseOutbox(): void {
  paused = true;
  clearTimeout(timer);
}

export function subscribe(listener: (entries: OutboxEntry[]) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function currentEntries(): OutboxEntry[] {
  return entries;
}

/** Everything waiting is tried at once. */
export function retryAll(): void {
  void exclusive(async () => {
    const before = await loadEntries();
    await commit(before, retryNow(before));
  }).then(kick);
}

function schedule(): void {
  clearTimeout(timer);
  if (paused || !ownerId) return;
  const at = nextWakeAt(entries, ownerId);
  if (at !== null) timer = setTimeout(kick, Math.max(0, at - Date.now()));
}

function kick(): void {
  if (running || paused || !ownerId) return;
  running = true;
  void sendAll().finally(() => {
    running = false;
    schedule();
  });
}

async function sendAll(): Promise<void> {
  await ensureLoaded();
  for (;;) {
    const owner = ownerId;
    if (paused || !owner) return;
    const claimed = await exclusive(async () => {
      const before = await loadEntries();
      const next = pickNext(before, Date.now(), owner);
      if (!next) {
        publish(before, false);
        return null;
      }
      const sending: OutboxEntry = { ...next, state: 'sending' };
      await commit(
        before,
        before.map((entry) => (entry.mutationId === next.mutationId ? sending : entry)),
      );
      return sending;
    });
    if (!claimed) return;
    const record = await get<ShiftRecord>('shifts', claimed.shiftId);
    const baseVersion = record?.serverVersion ?? null;
    const result = await putShift(claimed.unitId, claimed.shiftId, {
      mutationId: claimed.mutationId,
      baseVersion,
      shift: claimed.doc,
    });
    await exclusive(() => applyResult(claimed, baseVersion, result));
    if (result.kind === 'signed_out') {
      pauseOutbox();
      return;
    }
    if (result.kind === 'offline') return;
  }
}

async function applyResult(sent: OutboxEntry, baseVersion: number | null, sendResult: SendResult) {
  // A 409 whose server version says exactly what we sent is our own earlier save: no conflict.
  const result: SendResult =
    sendResult.kind === 'conflict' && sameShift(inputOf(sendResult.current), sent.doc)
      ? { kind: 'saved', shift: sendResult.current }
      : sendResult;
  const before = await loadEntries();
  const after = settle(before, sent.mutationId, result, Date.now(), Math.random());
  const ops: WriteOp[] = [];
  if (result.kind === 'saved') {
    const record = await get<ShiftRecord>('shifts', sent.shiftId);
    const queued = after.some((entry) => entry.shiftId === sent.shiftId);
    const shift = result.shift;
    // If others saved after us, the answer holds their changes too. A save still queued here was
    // made on top of ours only, so it must be checked against theirs: it keeps our version as base.
    const expected = (baseVersion ?? 0) + 1;
    const base = queued && shift.version > expected ? { ...shift, ...sent.doc, version: expected } : shift;
    const next: ShiftRecord = {
      shiftId: sent.shiftId,
      unitId: sent.unitId,
      ownerId: record?.ownerId ?? sent.ownerId,
      base,
      serverVersion: base.version,
      draft: queued && record ? record.draft : inputOf(shift),
      unsaved: record?.unsaved ?? null,
      savedAt: record?.savedAt ?? new Date().toISOString(),
    };
    ops.push({ op: 'put', store: 'shifts', value: next });
  }
  await commit(before, after, ops);
}

/**
 * Saves a shift on the phone and queues it for the server. Resolves once it is safely stored
 * locally; sending happens in the background.
 */
export async function saveShift(unitId: string, shiftId: string, doc: ShiftInput): Promise<void> {
  await ensureLoaded();
  const owner = ownerId;
  if (!owner) throw new Error('saveShift before startOutbox');
  await exclusive(async () => {
    const before = await loadEntries();
    const record = await get<ShiftRecord>('shifts', shiftId);
    const next: ShiftRecord = {
      shiftId,
      unitId,
      ownerId: record?.ownerId ?? owner,
      base: record?.base ?? null,
      serverVersion: record?.serverVersion ?? null,
      draft: doc,
      unsaved: null,
      savedAt: new Date().toISOString(),
    };
    const after = coalesce(before, { mutationId: uuidv7(), unitId, shiftId, ownerId: owner, doc }, nextSeq());
    await commit(before, after, [{ op: 'put', store: 'shifts', value: next }]);
  });
  kick();
}

/** Settles a conflict the way the user chose; never without their choice. */
export async function resolveShiftConflict(shiftId: string, choice: ConflictChoice): Promise<void> {
  await exclusive(async () => {
    const before = await loadEntries();
    const conflict = before.find((entry) => entry.shiftId === shiftId && entry.state === 'conflict');
    const record = await get<ShiftRecord>('shifts', shiftId);
    if (!conflict?.current || !record) return;
    const theirs = conflict.current;
    const doc = resolveConflict(choice, {
      base: record.base ? inputOf(record.base) : null,
      mine: conflict.doc,
      theirs,
    });
    const next: ShiftRecord = {
      ...record,
      base: theirs,
      serverVersion: theirs.version,
      draft: doc ?? inputOf(theirs),
      unsaved: null,
    };
    const after = doc
      ? before.map((entry) =>
          entry === conflict
            ? {
                ...entry,
                mutationId: uuidv7(),
                doc,
                state: 'pending' as const,
                attempts: 0,
                lastError: null,
                nextAttemptAt: 0,
                current: null,
              }
            : entry,
        )
      : before.filter((entry) => entry !== conflict);
    await commit(before, after, [{ op: 'put', store: 'shifts', value: next }]);
  });
  kick();
}

export async function readShift(shiftId: string): Promise<ShiftRecord | undefined> {
  return get<ShiftRecord>('shifts', shiftId);
}

/** Every shift stored on this phone for this user. */
export async function localShifts(userId: string): Promise<ShiftRecord[]> {
  const all = await getAll<ShiftRecord>('shifts');
  return all.filter((record) => record.ownerId === userId);
}

/**
 * Takes a fresh server copy into the local store, unless the phone has something of its own for
 * that shift (a queued save or unsaved edits): then the local base stays, so a later save is still
 * checked against what the user started from. Returns the record as it now is.
 */
export async function rememberServerShift(shift: Shift, userId: string): Promise<ShiftRecord> {
  await ensureLoaded();
  return exclusive(async () => {
    const record = await get<ShiftRecord>('shifts', shift.id);
    const queued = (await loadEntries()).some((entry) => entry.shiftId === shift.id);
    const busy = queued || Boolean(record?.unsaved);
    if (record && busy) return record;
    if (record && record.serverVersion !== null && record.serverVersion > shift.version) return record;
    const next: ShiftRecord = {
      shiftId: shift.id,
      unitId: shift.unitId,
      ownerId: record?.ownerId ?? userId,
      base: shift,
      serverVersion: shift.version,
      draft: inputOf(shift),
      unsaved: null,
      savedAt: record?.savedAt ?? new Date().toISOString(),
    };
    await write([{ op: 'put', store: 'shifts', value: next }]);
    return next;
  });
}

/** Keeps (or with null, drops) the editor's unsaved form for a shift. */
export async function keepUnsaved(
  shiftId: string,
  unitId: string,
  userId: string,
  form: unknown,
  fallbackDraft: ShiftInput,
): Promise<void> {
  await exclusive(async () => {
    const record = await get<ShiftRecord>('shifts', shiftId);
    if (!record && form === null) return;
    const next: ShiftRecord = record
      ? { ...record, unsaved: form }
      : {
          shiftId,
          unitId,
          ownerId: userId,
          base: null,
          serverVersion: null,
          draft: fallbackDraft,
          unsaved: form,
          savedAt: new Date().toISOString(),
        };
    await write([{ op: 'put', store: 'shifts', value: next }]);
  });
}

/** Throws away a draft that was never saved (nothing queued, never on the server). */
export async function discardLocal(shiftId: string): Promise<void> {
  await exclusive(async () => {
    const queued = (await loadEntries()).some((entry) => entry.shiftId === shiftId);
    const record = await get<ShiftRecord>('shifts', shiftId);
    if (queued || !record || record.serverVersion !== null) return;
    await write([{ op: 'delete', store: 'shifts', key: shiftId }]);
  });
}
