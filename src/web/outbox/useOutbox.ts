import { useEffect, useState } from 'preact/hooks';
import type { OutboxEntry } from './logic';
import { currentEntries, subscribe } from './outbox';

/** The outbox's entries, re-rendering on every change. */
export function useOutboxEntries(): OutboxEntry[] {
  const [entries, setEntries] = useState(currentEntries);
  useEffect(() => {
    setEntries(currentEntries());
    return subscribe(setEntries);
  }, []);
  return entries;
}

/** Whether the browser believes it is online; updates on the online/offline events. */
export function useOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return online;
}
