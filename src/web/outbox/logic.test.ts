import { describe, expect, it } from 'vitest';
import {
  backoffDelay,
  coalesce,
  nextEntryState,
  nextWakeAt,
  pickNext,
  recoverAfterRestart,
  retryNow,
  settle,
  shiftSyncState,
  summarise,
} from './logic';
import { doc, entry, ME, OTHER_SHIFT, SHIFT, save, serverShift } from './test-fixtures';

const NETWORK = { status: 0, code: 'network', message: 'offline' };

describe('coalesce', () => {
  it('adds the first save of a shift as pending', () => {
    const entries = coalesce([], save('m1'), 1);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ mutationId: 'm1', state: 'pending', attempts: 0, seq: 1 });
  });

  it('replaces a save that never left the phone, with a new mutationId', () => {
    const first = coalesce([], save('m1', doc({ notes: 'a' })), 1);
    const second = coalesce(first, save('m2', doc({ notes: 'b' })), 2);
    expect(second).toHaveLength(1);
    expect(second[0]).toMatchObject({ mutationId: 'm2', seq: 1, state: 'pending' });
    expect(second[0]?.doc.notes).toBe('b');
  });

  it('queues behind an entry in flight, and then replaces only the queued one', () => {
    const inFlight = [entry({ mutationId: 'm1', state: 'sending' })];
    const queued = coalesce(inFlight, save('m2', doc({ notes: 'b' })), 2);
    expect(queued.map((e) => [e.mutationId, e.state])).toEqual([
      ['m1', 'sending'],
      ['m2', 'pending'],
    ]);
    const again = coalesce(queued, save('m3', doc({ notes: 'c' })), 3);
    expect(again.map((e) => [e.mutationId, e.state, e.doc.notes])).toEqual([
      ['m1', 'sending', null],
      ['m3', 'pending', 'c'],
    ]);
  });

  it('never replaces an entry whose send went unanswered: it may have been applied', () => {
    const unanswered = [entry({ mutationId: 'm1', state: 'pending', attempts: 2 })];
    const next = coalesce(unanswered, save('m2'), 2);
    expect(next.map((e) => e.mutationId)).toEqual(['m1', 'm2']);
  });

  it('lets a new save replace a refused one', () => {
    const failed = [entry({ mutationId: 'm1', state: 'failed', attempts: 1, lastError: NETWORK })];
    const next = coalesce(failed, save('m2', doc({ notes: 'fixed' })), 2);
    expect(next).toEqual([
      expect.objectContaining({ mutationId: 'm2', state: 'pending', attempts: 0, lastError: null }),
    ]);
  });

  it('keeps a conflict, with the new save as mine', () => {
    const theirs = serverShift(doc(), 3);
    const conflicted = [entry({ mutationId: 'm1', state: 'conflict', current: theirs })];
    const next = coalesce(conflicted, save('m2', doc({ notes: 'newer' })), 2);
    expect(next).toHaveLength(1);
    expect(next[0]).toMatchObject({ state: 'conflict', current: theirs });
    expect(next[0]?.doc.notes).toBe('newer');
  });

  it('keeps shifts apart', () => {
    const entries = coalesce(coalesce([], save('m1'), 1), save('m2', doc(), OTHER_SHIFT), 2);
    expect(entries.map((e) => e.shiftId)).toEqual([SHIFT, OTHER_SHIFT]);
  });
});

describe('a server whose database is down', () => {
  const unavailable = {
    status: 503,
    code: 'database_unavailable',
    message: 'The database cannot be reached',
  };

  it('keeps the save waiting with its mutationId, to be tried again later', () => {
    const sending = entry({ mutationId: 'm1', state: 'sending', attempts: 0 });
    const next = nextEntryState(sending, { kind: 'offline', error: unavailable }, 10_000);
    expect(next).toMatchObject({ mutationId: 'm1', state: 'pending', attempts: 1, lastError: unavailable });
    expect(next?.nextAttemptAt).toBeGreaterThan(10_000);
  });

  it('says so in the summary, apart from a lost network', () => {
    const waiting = [entry({ state: 'pending', attempts: 1, lastError: unavailable })];
    expect(summarise(waiting, ME)).toMatchObject({ waiting: 1, serverUnavailable: true });
    const offline = [entry({ state: 'pending', attempts: 1, lastError: NETWORK })];
    expect(summarise(offline, ME)).toMatchObject({ waiting: 1, serverUnavailable: false });
  });
});

describe('nextEntryState', () => {
  const sending = entry({ state: 'sending' });

  it('removes a saved entry', () => {
    expect(nextEntryState(sending, { kind: 'saved', shift: serverShift(doc(), 2) }, 0)).toBeNull();
  });

  it('keeps the mutationId and backs off on network errors', () => {
    const once = nextEntryState(sending, { kind: 'offline', error: NETWORK }, 1_000);
    expect(once).toMatchObject({ mutationId: 'm1', state: 'pending', attempts: 1, nextAttemptAt: 2_000 });
    const twice = nextEntryState({ ...sending, attempts: 1 }, { kind: 'offline', error: NETWORK }, 1_000);
    expect(twice).toMatchObject({ attempts: 2, nextAttemptAt: 3_000 });
  });

  it('marks a conflict with the server version', () => {
    const current = serverShift(doc({ notes: 'theirs' }), 4);
    expect(nextEntryState(sending, { kind: 'conflict', current }, 0)).toMatchObject({
      state: 'conflict',
      current,
    });
  });

  it('waits for a new sign-in without counting an attempt', () => {
    expect(nextEntryState(sending, { kind: 'signed_out' }, 0)).toMatchObject({
      state: 'pending',
      attempts: 0,
    });
  });

  it('fails for good on a refusal, with the reason', () => {
    const error = { status: 400, code: 'validation_failed', message: 'no', issues: [] };
    expect(nextEntryState(sending, { kind: 'rejected', error }, 0)).toMatchObject({
      state: 'failed',
      lastError: error,
    });
  });
});

describe('settle', () => {
  const head = entry({ mutationId: 'm1', state: 'sending', seq: 1, doc: doc({ notes: 'first' }) });
  const tail = entry({ mutationId: 'm2', state: 'pending', seq: 2, doc: doc({ notes: 'second' }) });

  it('leaves the queued save to be sent next after a success', () => {
    const next = settle([head, tail], 'm1', { kind: 'saved', shift: serverShift(doc(), 2) }, 0);
    expect(next).toEqual([tail]);
  });

  it('folds the queued save into a conflict as mine', () => {
    const current = serverShift(doc(), 5);
    const next = settle([head, tail], 'm1', { kind: 'conflict', current }, 0);
    expect(next).toHaveLength(1);
    expect(next[0]).toMatchObject({ state: 'conflict', current });
    expect(next[0]?.doc.notes).toBe('second');
  });

  it('tries the newer save when the older one was refused', () => {
    const error = { status: 400, code: 'validation_failed', message: 'no' };
    expect(settle([head, tail], 'm1', { kind: 'rejected', error }, 0)).toEqual([tail]);
  });

  it('ignores an answer for an entry that is gone', () => {
    expect(settle([tail], 'zz', { kind: 'signed_out' }, 0)).toEqual([tail]);
  });
});

describe('pickNext', () => {
  it('sends one entry at a time, the oldest ready head first', () => {
    const a = entry({ mutationId: 'a', seq: 2 });
    const b = entry({ mutationId: 'b', seq: 1, shiftId: OTHER_SHIFT });
    expect(pickNext([a, b], 0, ME)?.mutationId).toBe('b');
    expect(pickNext([a, { ...b, state: 'sending' }], 0, ME)).toBeNull();
  });

  it('waits for the backoff, and never sends a queued save before its head', () => {
    const head = entry({ mutationId: 'h', seq: 1, attempts: 1, nextAttemptAt: 5_000 });
    const tail = entry({ mutationId: 't', seq: 2 });
    expect(pickNext([head, tail], 1_000, ME)).toBeNull();
    expect(pickNext([head, tail], 5_000, ME)?.mutationId).toBe('h');
    expect(nextWakeAt([head, tail], ME)).toBe(0);
  });

  it('does not send past a conflict or someone else’s entries', () => {
    const conflict = entry({ mutationId: 'c', state: 'conflict' });
    expect(pickNext([conflict], 0, ME)).toBeNull();
    expect(pickNext([entry({ ownerId: 'someone-else' })], 0, ME)).toBeNull();
  });
});

describe('restarts, retries and summaries', () => {
  it('retries an entry left in flight with the same mutationId', () => {
    const [recovered] = recoverAfterRestart([entry({ state: 'sending', attempts: 0 })]);
    expect(recovered).toMatchObject({ mutationId: 'm1', state: 'pending', attempts: 1, nextAttemptAt: 0 });
  });

  it('makes waiting entries ready when the network returns', () => {
    const [ready] = retryNow([entry({ attempts: 3, nextAttemptAt: 99_000 })]);
    expect(ready?.nextAttemptAt).toBe(0);
  });

  it('backs off exponentially up to a minute', () => {
    expect([1, 2, 3, 4, 10].map((n) => backoffDelay(n))).toEqual([1_000, 2_000, 4_000, 8_000, 60_000]);
    expect(backoffDelay(1, 0.5)).toBe(1_250);
  });

  it('counts shifts, not entries', () => {
    const entries = [
      entry({ mutationId: 'a', state: 'sending' }),
      entry({ mutationId: 'b', seq: 2 }),
      entry({ mutationId: 'c', shiftId: OTHER_SHIFT, state: 'conflict' }),
    ];
    expect(summarise(entries, ME)).toEqual({
      waiting: 1,
      conflicts: 1,
      failed: 0,
      sending: true,
      serverUnavailable: false,
    });
    expect(shiftSyncState(entries, SHIFT)).toBe('sending');
    expect(shiftSyncState([], SHIFT)).toBe('synced');
  });
});
