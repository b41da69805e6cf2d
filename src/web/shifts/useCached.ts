import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../api/errors';
import { readCached, writeCached } from '../outbox/reference-cache';

export type Cached<T> = {
  data: T | undefined;
  /** Set only when there is nothing to show. */
  error: unknown;
  loading: boolean;
  /** The data came from the phone and the server could not be asked. */
  offline: boolean;
  reload: () => Promise<void>;
};

export function isNetworkError(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 0 || (error.status >= 502 && error.status <= 504));
}

/**
 * Cache first, then the network: what the phone has shows at once (also offline, at night, on a weak
 * signal), and the server's answer replaces it and is kept for next time.
 */
export function useCached<T>(key: string, load: () => Promise<T>): Cached<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const [offline, setOffline] = useState(false);
  const generation = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  const reload = useCallback(async () => {
    const mine = ++generation.current;
    setLoading(true);
    const cached = await readCached<T>(key);
    if (mine !== generation.current) return;
    if (cached) setData(cached.value);
    try {
      const fresh = await loadRef.current();
      if (mine !== generation.current) return;
      setData(fresh);
      setError(null);
      setOffline(false);
      await writeCached(key, fresh);
    } catch (caught) {
      if (mine !== generation.current) return;
      setOffline(isNetworkError(caught));
      setError(cached ? null : caught);
    } finally {
      if (mine === generation.current) setLoading(false);
    }
  }, [key]);

  useEffect(() => {
    void reload();
    return () => {
      generation.current++;
    };
  }, [reload]);

  return { data, error, loading, offline, reload };
}
