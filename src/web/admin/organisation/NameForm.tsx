import { useState } from 'preact/hooks';
import { useT } from '../../i18n/i18n';
import { ErrorAlert } from '../../ui/errors';
import { TextField } from '../../ui/Field';

type NameFormProps = {
  label: string;
  submitLabel: string;
  /** A fuller accessible name for the button when several forms share one visible label. */
  submitName?: string;
  initial?: string;
  /** Saves the name; throws `ApiError` to show its message here. */
  onSubmit: (name: string) => Promise<void>;
  onCancel?: () => void;
  autoFocus?: boolean;
  class?: string;
};

/** One name field with a submit button: adds an administration or unit, or renames one. */
export function NameForm({
  label,
  submitLabel,
  submitName,
  initial = '',
  onSubmit,
  onCancel,
  autoFocus,
  ...rest
}: NameFormProps) {
  const { t } = useT();
  const [name, setName] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    if (busy || !name.trim()) return;
    setBusy(true);
    setError(null);
    try {
      await onSubmit(name.trim());
      setName(initial ? name.trim() : '');
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class={`name-form ${rest.class ?? ''}`} onSubmit={submit} aria-busy={busy}>
      <div class="name-form-row">
        <TextField
          label={label}
          value={name}
          onInput={setName}
          required
          maxLength={120}
          autoFocus={autoFocus}
        />
        <div class="actions">
          <button type="submit" class="button button-primary" disabled={busy} aria-label={submitName}>
            {submitLabel}
          </button>
          {onCancel && (
            <button type="button" class="button" onClick={onCancel}>
              {t('common.cancel')}
            </button>
          )}
        </div>
      </div>
      <ErrorAlert error={error} />
    </form>
  );
}
