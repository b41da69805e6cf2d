import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { CommittedInput } from './CommittedInput';

type FieldProps = {
  label: string;
  /** Shown under the label, and read out with the input. */
  hint?: string | undefined;
  error?: string | undefined;
  children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => ComponentChildren;
};

/** A label, an input (given as a render function), an optional hint and the field's own error. */
export function Field({ label, hint, error, children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={error ? 'field field-invalid' : 'field'}>
      <label for={id}>{label}</label>
      {hint && (
        <p class="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      {children({ id, describedBy, invalid: Boolean(error) })}
      {error && (
        <p class="field-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}

type TextFieldProps = {
  label: string;
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'search';
  autocomplete?: string;
  required?: boolean;
  minLength?: number;
  maxLength?: number;
  hint?: string | undefined;
  error?: string | undefined;
  autoFocus?: boolean;
  disabled?: boolean;
};

export function TextField({ label, value, onInput, type = 'text', hint, error, ...rest }: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      {({ id, describedBy, invalid }) => {
        const common = {
          id,
          value,
          onInput: (event: Event) => onInput((event.currentTarget as HTMLInputElement).value),
          'aria-describedby': describedBy,
          'aria-invalid': invalid || undefined,
          autocomplete: rest.autocomplete,
          required: rest.required,
          minLength: rest.minLength,
          maxLength: rest.maxLength,
          autoFocus: rest.autoFocus,
          disabled: rest.disabled,
        };
        // One element per type: Preact's input types are a union keyed on `type`.
        if (type === 'password') return <input type="password" {...common} />;
        if (type === 'email')
          return <input type="email" spellcheck={false} autocapitalize="none" {...common} />;
        if (type === 'search') return <input type="search" {...common} />;
        return <input type="text" {...common} />;
      }}
    </Field>
  );
}

type Option = { value: string; label: string };

type SelectFieldProps = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: Option[];
  /** Option groups, e.g. units under their administration. */
  groups?: { label: string; options: Option[] }[];
  placeholder?: string;
  error?: string | undefined;
  required?: boolean;
};

export function SelectField({
  label,
  value,
  onChange,
  options,
  groups,
  placeholder,
  error,
  required,
}: SelectFieldProps) {
  return (
    <Field label={label} error={error}>
      {({ id, describedBy, invalid }) => (
        <select
          id={id}
          value={value}
          onChange={(event) => onChange(event.currentTarget.value)}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          required={required}
        >
          {placeholder !== undefined && (
            <option value="" disabled>
              {placeholder}
            </option>
          )}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
          {groups?.map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A polite live region: async progress and results are read out without moving focus. */
export function LiveStatus({ children }: { children?: ComponentChildren }) {
  return (
    <p class="live-status" role="status" aria-live="polite">
      {children}
    </p>
  );
}

/**
 * A labelled date that reaches the form only once it is whole (see CommittedInput): typing
 * "12012026" never stores year 0001 on the way.
 */
export function DateField({
  label,
  value,
  max,
  error,
  onCommit,
}: {
  label: string;
  value: string;
  max?: string;
  error?: string | undefined;
  onCommit: (day: string) => void;
}) {
  return (
    <Field label={label} error={error}>
      {({ id, describedBy, invalid }) => (
        <CommittedInput
          id={id}
          type="date"
          value={value}
          max={max}
          invalid={invalid}
          describedBy={describedBy}
          onCommit={onCommit}
        />
      )}
    </Field>
  );
}
