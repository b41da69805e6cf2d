/**
 * A very small promise wrapper over IndexedDB with four stores. Where IndexedDB is missing or
 * refuses to open (some private modes), the same calls work on memory for this visit.
 */
export type StoreName = 'shifts' | 'outbox' | 'reference' | 'activities';

const DB_NAME = 'faltlogg';
// 2 added `activities`; an upgrade only creates the stores a phone lacks.
const DB_VERSION = 2;
const KEY_PATHS: Record<StoreName, string> = {
  shifts: 'shiftId',
  outbox: 'mutationId',
  reference: 'key',
  activities: 'id',
};

type Backend = {
  getAll: <T>(store: StoreName) => Promise<T[]>;
  get: <T>(store: StoreName, key: string) => Promise<T | undefined>;
  /** Runs puts, deletes and clears on several stores as one transaction. */
  write: (stores: StoreName[], ops: WriteOp[]) => Promise<void>;
};

export type WriteOp =
  | { op: 'put'; store: StoreName; value: object }
  | { op: 'delete'; store: StoreName; key: string }
  | { op: 'clear'; store: StoreName };

function promised<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function openIndexedDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, DB_VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      for (const [name, keyPath] of Object.entries(KEY_PATHS)) {
        if (!db.objectStoreNames.contains(name)) db.createObjectStore(name, { keyPath });
      }
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error('IndexedDB upgrade blocked by another tab'));
  });
}

function indexedDbBackend(db: IDBDatabase): Backend {
  return {
    getAll: <T>(store: StoreName) =>
      promised(db.transaction(store, 'readonly').objectStore(store).getAll()) as Promise<T[]>,
    get: <T>(store: StoreName, key: string) =>
      promised(db.transaction(store, 'readonly').objectStore(store).get(key)) as Promise<T | undefined>,
    write: (stores, ops) =>
      new Promise((resolve, reject) => {
        const tx = db.transaction(stores, 'readwrite');
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
        for (const op of ops) {
          const store = tx.objectStore(op.store);
          if (op.op === 'put') store.put(op.value);
          else if (op.op === 'delete') store.delete(op.key);
          else store.clear();
        }
      }),
  };
}

function memoryBackend(): Backend {
  const data = new Map<StoreName, Map<string, unknown>>(
    (Object.keys(KEY_PATHS) as StoreName[]).map((name) => [name, new Map()]),
  );
  const store = (name: StoreName) => data.get(name) as Map<string, unknown>;
  const copy = <T>(value: T): T => structuredClone(value);
  return {
    getAll: async <T>(name: StoreName) => [...store(name).values()].map((v) => copy(v) as T),
    get: async <T>(name: StoreName, key: string) => {
      const value = store(name).get(key);
      return value === undefined ? undefined : (copy(value) as T);
    },
    write: async (_stores, ops) => {
      for (const op of ops) {
        if (op.op === 'put') {
          const key = (op.value as Record<string, unknown>)[KEY_PATHS[op.store]];
          store(op.store).set(String(key), copy(op.value));
        } else if (op.op === 'delete') store(op.store).delete(op.key);
        else store(op.store).clear();
      }
    },
  };
}

let backend: Promise<Backend> | null = null;

function open(): Promise<Backend> {
  backend ??= (async () => {
    if (typeof indexedDB === 'undefined') return memoryBackend();
    try {
      return indexedDbBackend(await openIndexedDb());
    } catch {
      return memoryBackend();
    }
  })();
  return backend;
}

export async function getAll<T>(store: StoreName): Promise<T[]> {
  return (await open()).getAll<T>(store);
}

export async function get<T>(store: StoreName, key: string): Promise<T | undefined> {
  return (await open()).get<T>(store, key);
}

export async function write(ops: WriteOp[]): Promise<void> {
  if (ops.length === 0) return;
  const stores = [...new Set(ops.map((op) => op.store))];
  await (await open()).write(stores, ops);
}
