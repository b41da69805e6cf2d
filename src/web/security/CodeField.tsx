import { Field } from '../ui/Field';

type CodeFieldProps = {
  label: string;
  value: string;
  onInput: (value: string) => void;
  /** `totp`: six digits, the phone's number pad and one-time-code autofill; `recovery`: letters too. */
  kind?: 'totp' | 'recovery';
  autoFocus?: boolean;
};

/** A field for a one-time code. */
export function CodeField({ label, value, onInput, kind = 'totp', autoFocus }: CodeFieldProps) {
  return (
    <Field label={label}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          type="text"
          class="code-input"
          value={value}
          onInput={(event) => onInput(event.currentTarget.value)}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          inputMode={kind === 'totp' ? 'numeric' : 'text'}
          autocomplete={kind === 'totp' ? 'one-time-code' : 'off'}
          autocapitalize="none"
          spellcheck={false}
          maxLength={kind === 'totp' ? 6 : 20}
          required
          data-autofocus={autoFocus ? true : undefined}
        />
      )}
    </Field>
  );
}
