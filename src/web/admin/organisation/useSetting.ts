import { useState } from 'preact/hooks';
import { useResource } from '../../ui/useResource';

/**
 * One municipality setting on a form: the stored value, the administrator's unsaved choice, and a
 * submit that saves it, announces `savedText` and reloads.
 */
export function useSetting<S, V>(options: {
  load: () => Promise<S>;
  read: (stored: S) => V;
  save: (value: V) => Promise<S>;
  savedText: (saved: S) => string;
}) {
  const setting = useResource(options.load, []);
  const [chosen, setChosen] = useState<V | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState('');
  const stored = setting.data === undefined ? undefined : options.read(setting.data);
  const value = chosen ?? stored;

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    if (value === undefined) return;
    setBusy(true);
    setError(null);
    setStatus('');
    try {
      setStatus(options.savedText(await options.save(value)));
      await setting.reload();
      setChosen(null);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return {
    loaded: setting.data !== undefined,
    value,
    stored,
    choose: setChosen,
    busy,
    error: setting.error ?? error,
    status,
    submit,
  };
}
