import { useRef, useState } from 'preact/hooks';

type Props = {
  id: string;
  type: 'date' | 'time';
  /** The committed value, "YYYY-MM-DD" or "HH:MM". */
  value: string;
  /** Called with a complete value only, once the person is done with the field. */
  onCommit: (value: string) => void;
  min?: string | undefined;
  max?: string | undefined;
  invalid?: boolean | undefined;
  describedBy?: string | undefined;
};

/**
 * A date or time field that hands on a value only when it is whole. Chromium's date field reports
 * every keystroke as a complete date ("2" in the year is year 0002); committing those and writing
 * them back into the field is how `12012026` became 1906. So while someone types, the field keeps
 * its own draft and the form hears of it on blur. A choice from a picker (no keys pressed) counts
 * at once; a field left half-filled goes back to the committed value.
 */
export function CommittedInput({ id, type, value, onCommit, min, max, invalid, describedBy }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const typing = useRef(false);

  const commit = (next: string) => {
    if (next !== '' && next !== value) onCommit(next);
  };

  return (
    <input
      id={id}
      type={type}
      value={draft ?? value}
      min={min}
      max={max}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      onKeyDown={(event) => {
        // Tab and Enter leave or confirm; anything else edits the field.
        if (event.key !== 'Tab' && event.key !== 'Enter') typing.current = true;
        if (event.key === 'Enter' && draft !== null) {
          commit(draft);
          setDraft(null);
          typing.current = false;
        }
      }}
      onInput={(event) => setDraft(event.currentTarget.value)}
      onChange={(event) => {
        if (typing.current) return;
        commit(event.currentTarget.value);
        setDraft(null);
      }}
      onBlur={(event) => {
        if (draft !== null) commit(event.currentTarget.value);
        typing.current = false;
        setDraft(null);
      }}
    />
  );
}
