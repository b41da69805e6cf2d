import { ApiError, NETWORK_ERROR } from '../api/errors';
import { getAll, write } from '../outbox/idb';
import { type Activity, type ActivityInput, putActivity } from './api';

/**
 * Activities saved on the phone and not yet confirmed by the server. Saving writes here first, so
 * a meeting logged in a basement without signal is sent when the phone is back online.
 */
export type PendingActivity = {
  id: string;
  unitId: string;
  ownerId: string;
  input: ActivityInput;
  savedAt: string;
  /** The server's refusal, when it refused: kept, shown, and not resent until changed. */
  refused: { code: string; message: string } | null;
};

export async function pendingActivities(ownerId: string): Promise<PendingActivity[]> {
  const all = await getAll<PendingActivity>('activities');
  return all.filter((entry) => entry.ownerId === ownerId).sort((a, b) => (a.savedAt < b.savedAt ? -1 : 1));
}

export function keepPending(entry: PendingActivity): Promise<void> {
  return write([{ op: 'put', store: 'activities', value: entry }]);
}

export function dropPending(id: string): Promise<void> {
  return write([{ op: 'delete', store: 'activities', key: id }]);
}

/**
 * Sends what waits, oldest first. A refusal is kept with its reason; no answer at all (offline)
 * stops the round, to be tried again when the phone is online.
 */
export async function sendPending(ownerId: string): Promise<Activity[]> {
  const sent: Activity[] = [];
  for (const entry of await pendingActivities(ownerId)) {
    if (entry.refused) continue;
    try {
      sent.push(await putActivity(entry.unitId, entry.id, entry.input));
      await dropPending(entry.id);
    } catch (error) {
      if (!(error instanceof ApiError) || error.code === NETWORK_ERROR || error.status >= 500) break;
      await keepPending({ ...entry, refused: { code: error.code, message: error.message } });
    }
  }
  return sent;
}
