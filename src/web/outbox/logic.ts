import type { ApiIssue } from '../api/errors';
import type { Shift, ShiftInput } from '../shifts/model';

/**
 * The outbox's decisions as pure functions over a list of entries, so they can be tested without
 * IndexedDB or a network. The runtime (`outbox.ts`) only loads, stores and sends.
 *
 * Per shift there are at most two entries: a head that may already have reached the server (it is
 * being sent, or a send of it failed on the network), and behind it one that never left the phone.
 * New saves replace the one that never left; the head keeps its mutationId on every retry, so a
 * lost response is not applied twice.
 */
export type EntryState = 'pending' | 'sending' | 'conflict' | 'failed';

export type OutboxError = { status: number; code: string; message: string; issues?: ApiIssue[] | undefined };

export type OutboxEntry = {
  mutationId: string;
  unitId: string;
  shiftId: string;
  /** Who saved it; only their session sends it. */
  ownerId: string;
  doc: ShiftInput;
  state: EntryState;
  attempts: number;
  lastError: OutboxError | null;
  /** Enqueue order across the whole outbox. */
  seq: number;
  /** Not before this time (ms); 0 = at once. */
  nextAttemptAt: number;
  /** The server's version when it refused ours as stale. */
  current: Shift | null;
};

export type SendResult =
  | { kind: 'saved'; shift: Shift }
  | { kind: 'conflict'; current: Shift }
  /** No answer, or the server or a gateway was unavailable: try again later. */
  | { kind: 'offline'; error: OutboxError }
  /** 401: the queue waits until someone signs in again. */
  | { kind: 'signed_out' }
  /** The server said no for good (validation, not found …): waits for the user to change the shift. */
  | { kind: 'rejected'; error: OutboxError };

export type NewSave = {
  mutationId: string;
  unitId: string;
  shiftId: string;
  ownerId: string;
  doc: ShiftInput;
};

const BASE_DELAY_MS = 1_000;
const MAX_DELAY_MS = 60_000;

/** 1 s, 2 s, 4 s … capped at a minute; `jitter` in [0, 1) spreads phones that come online together. */
export function backoffDelay(attempts: number, jitter = 0): number {
  const exponent = Math.max(0, attempts - 1);
  const delay = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** exponent);
  return Math.round(delay * (1 + jitter / 2));
}

function byShift(entries: readonly OutboxEntry[], shiftId: string): OutboxEntry[] {
  return entries.filter((entry) => entry.shiftId === shiftId).sort((a, b) => a.seq - b.seq);
}

/** Whether an entry may already be on the server: in flight, or a send of it went unanswered. */
export function mayHaveReachedServer(entry: OutboxEntry): boolean {
  return entry.state === 'sending' || (entry.state === 'pending' && entry.attempts > 0);
}

/**
 * Enqueues a save. A later save of the same shift replaces an entry that never left the phone (with
 * a new mutationId); one that may have reached the server is left alone and the save waits behind it.
 * A shift in conflict keeps its conflict: the new document becomes "mine" in the choice the user makes.
 */
export function coalesce(entries: readonly OutboxEntry[], save: NewSave, seq: number): OutboxEntry[] {
  const own = byShift(entries, save.shiftId);
  const last = own[own.length - 1];
  const fresh: OutboxEntry = {
    ...save,
    state: 'pending',
    attempts: 0,
    lastError: null,
    seq,
    nextAttemptAt: 0,
    current: null,
  };
  if (!last || mayHaveReachedServer(last)) return [...entries, fresh];
  const replaced: OutboxEntry =
    last.state === 'conflict' ? { ...last, doc: save.doc } : { ...fresh, seq: last.seq, unitId: last.unitId };
  return entries.map((entry) => (entry === last ? replaced : entry));
}

/** What one entry becomes after a send; `null` when it is done. */
export function nextEntryState(
  entry: OutboxEntry,
  result: SendResult,
  now: number,
  jitter = 0,
): OutboxEntry | null {
  switch (result.kind) {
    case 'saved':
      return null;
    case 'conflict':
      return { ...entry, state: 'conflict', current: result.current, lastError: null, nextAttemptAt: 0 };
    case 'offline': {
      const attempts = entry.attempts + 1;
      return {
        ...entry,
        state: 'pending',
        attempts,
        lastError: result.error,
        nextAttemptAt: now + backoffDelay(attempts, jitter),
      };
    }
    case 'signed_out':
      // Nothing was applied; the entry is sent as it is after the next sign-in.
      return { ...entry, state: 'pending', nextAttemptAt: 0 };
    case 'rejected':
      return { ...entry, state: 'failed', lastError: result.error, nextAttemptAt: 0 };
    default:
      return assertNever(result);
  }
}

/**
 * Applies a send's result to the outbox. When the head of a shift ends in conflict, the save waiting
 * behind it (newer and never sent) becomes the "mine" of the conflict; when the head is refused for
 * good, the newer save replaces it and is tried instead.
 */
export function settle(
  entries: readonly OutboxEntry[],
  mutationId: string,
  result: SendResult,
  now: number,
  jitter = 0,
): OutboxEntry[] {
  const entry = entries.find((candidate) => candidate.mutationId === mutationId);
  if (!entry) return [...entries];
  const tail = byShift(entries, entry.shiftId).find((other) => other.mutationId !== mutationId);
  const next = nextEntryState(entry, result, now, jitter);
  const rest = entries.filter((other) => other !== entry);
  if (!next) return rest;
  if (tail && next.state === 'conflict') {
    return [...rest.filter((other) => other !== tail), { ...next, doc: tail.doc }];
  }
  if (tail && next.state === 'failed') return rest;
  return entries.map((other) => (other === entry ? next : other));
}

/** The entry to send now: the oldest ready head of a shift, one at a time, only the owner's. */
export function pickNext(entries: readonly OutboxEntry[], now: number, ownerId: string): OutboxEntry | null {
  if (entries.some((entry) => entry.state === 'sending')) return null;
  const heads = new Map<string, OutboxEntry>();
  for (const entry of [...entries].sort((a, b) => a.seq - b.seq)) {
    if (!heads.has(entry.shiftId)) heads.set(entry.shiftId, entry);
  }
  const ready = [...heads.values()].filter(
    (entry) => entry.ownerId === ownerId && entry.state === 'pending' && entry.nextAttemptAt <= now,
  );
  return ready.sort((a, b) => a.seq - b.seq)[0] ?? null;
}

/** When the next waiting entry becomes ready, or null when nothing waits. */
export function nextWakeAt(entries: readonly OutboxEntry[], ownerId: string): number | null {
  const times = entries
    .filter((entry) => entry.ownerId === ownerId && entry.state === 'pending')
    .map((entry) => entry.nextAttemptAt);
  return times.length > 0 ? Math.min(...times) : null;
}

/** After a restart, an entry left "sending" is unanswered: it is retried with the same mutationId. */
export function recoverAfterRestart(entries: readonly OutboxEntry[]): OutboxEntry[] {
  return entries.map((entry) =>
    entry.state === 'sending'
      ? { ...entry, state: 'pending', attempts: Math.max(1, entry.attempts), nextAttemptAt: 0 }
      : entry,
  );
}

/** Makes every waiting entry ready at once (the phone came online, or the user asked). */
export function retryNow(entries: readonly OutboxEntry[]): OutboxEntry[] {
  return entries.map((entry) => (entry.state === 'pending' ? { ...entry, nextAttemptAt: 0 } : entry));
}

export type SyncState = 'synced' | 'waiting' | 'sending' | 'conflict' | 'failed';

/** How one shift stands: its most pressing entry. */
export function shiftSyncState(entries: readonly OutboxEntry[], shiftId: string): SyncState {
  const own = entries.filter((entry) => entry.shiftId === shiftId);
  if (own.some((entry) => entry.state === 'conflict')) return 'conflict';
  if (own.some((entry) => entry.state === 'failed')) return 'failed';
  if (own.some((entry) => entry.state === 'sending')) return 'sending';
  return own.length > 0 ? 'waiting' : 'synced';
}

export type OutboxSummary = {
  waiting: number;
  conflicts: number;
  failed: number;
  sending: boolean;
  /** A waiting save was last answered with 5xx (the server's database is down, say): not a network problem. */
  serverUnavailable: boolean;
};

/** Counts for "N ändringar väntar på nätverk": per shift, not per entry. */
export function summarise(entries: readonly OutboxEntry[], ownerId: string): OutboxSummary {
  const shiftIds = new Set(entries.filter((e) => e.ownerId === ownerId).map((entry) => entry.shiftId));
  const summary: OutboxSummary = {
    waiting: 0,
    conflicts: 0,
    failed: 0,
    sending: false,
    serverUnavailable: entries.some(
      (entry) =>
        entry.ownerId === ownerId && entry.state === 'pending' && (entry.lastError?.status ?? 0) >= 500,
    ),
  };
  for (const shiftId of shiftIds) {
    const state = shiftSyncState(entries, shiftId);
    if (state === 'conflict') summary.conflicts++;
    else if (state === 'failed') summary.failed++;
    else summary.waiting++;
    if (state === 'sending') summary.sending = true;
  }
  return summary;
}

export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
