import { useState } from 'preact/hooks';
import { durationText, parseDuration } from '../../shared/duration';

type Props = {
  id: string;
  /** Minutes, or null for "not set" (the field shows the placeholder). */
  value: number | null;
  placeholder?: string;
  invalid?: boolean;
  describedBy?: string | undefined;
  /** Called on blur or Enter with whole minutes, null when emptied; not while typing. */
  onCommit: (minutes: number | null) => void;
  /** Called when what was typed is not a duration, so the field can say so. */
  onInvalid: (text: string) => void;
};

/**
 * Hours as people type them ("2,5", "1:45", "90 min"). A text field, not a number field: a
 * number field in Swedish Chromium drops "2.5" and cannot take "1:45".
 */
export function DurationInput({ id, value, placeholder, invalid, describedBy, onCommit, onInvalid }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const commit = (text: string) => {
    setDraft(null);
    if (text.trim() === '') return onCommit(null);
    const minutes = parseDuration(text);
    if (minutes === null) {
      setDraft(text);
      onInvalid(text);
    } else onCommit(minutes);
  };
  return (
    <input
      id={id}
      class="duration-input"
      type="text"
      inputMode="decimal"
      autocomplete="off"
      value={draft ?? (value === null ? '' : durationText(value))}
      placeholder={placeholder}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      onInput={(event) => setDraft(event.currentTarget.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && draft !== null) commit(draft);
      }}
      onBlur={() => {
        if (draft !== null) commit(draft);
      }}
    />
  );
}
