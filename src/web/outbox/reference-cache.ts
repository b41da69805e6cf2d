import { get, write } from './idb';

/**
 * Reference data kept on the phone so pages work after an offline reload: the signed-in user,
 * categories, areas, unit members and the last shift lists.
 */
type Cached<T> = { key: string; value: T; savedAt: string };

export async function readCached<T>(key: string): Promise<{ value: T; savedAt: string } | null> {
  try {
    const found = await get<Cached<T>>('reference', key);
    return found ? { value: found.value, savedAt: found.savedAt } : null;
  } catch {
    return null;
  }
}

export async function writeCached<T>(key: string, value: T): Promise<void> {
  try {
    await write([
      { op: 'put', store: 'reference', value: { key, value, savedAt: new Date().toISOString() } },
    ]);
  } catch {
    // A full or unavailable store only costs offline use; the page itself still works.
  }
}

export async function clearCached(key: string): Promise<void> {
  try {
    await write([{ op: 'delete', store: 'reference', key }]);
  } catch {
    // Nothing to clear.
  }
}
