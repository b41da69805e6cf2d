import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

export type Resource<T> = {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => Promise<void>;
  /** Replaces the data without a round trip, e.g. with what a change returned. */
  set: (update: (current: T | undefined) => T | undefined) => void;
};

/**
 * Loads data for a component and reloads it when `deps` change. Answers to superseded requests are
 * dropped, so a fast typist's search results never arrive out of order.
 */
export function useResource<T>(load: () => Promise<T>, deps: readonly unknown[]): Resource<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const generation = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  const reload = useCallback(async () => {
    const mine = ++generation.current;
    setLoading(true);
    try {
      const result = await loadRef.current();
      if (mine !== generation.current) return;
      setData(result);
      setError(null);
    } catch (caught) {
      if (mine !== generation.current) return;
      setError(caught);
    } finally {
      if (mine === generation.current) setLoading(false);
    }
  }, []);

  // The caller lists what the load depends on.
  useEffect(() => {
    void reload();
  }, deps);

  useEffect(
    () => () => {
      generation.current++;
    },
    [],
  );

  return { data, error, loading, reload, set: setData };
}
