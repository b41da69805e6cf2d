import { useId } from 'preact/hooks';
import { Field } from '../ui/Field';

type InputKind = 'text' | 'tel' | 'date' | 'datetime-local' | 'textarea';

/** A labelled input of the report form: its hint, its own error, and the right keyboard on a phone. */
export function InputField({
  label,
  hint,
  error,
  value,
  onInput,
  kind = 'text',
  maxLength,
  required,
  autocomplete,
}: {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  value: string;
  onInput: (value: string) => void;
  kind?: InputKind;
  maxLength?: number;
  required?: boolean;
  autocomplete?: string;
}) {
  return (
    <Field label={label} hint={hint} error={error}>
      {({ id, describedBy, invalid }) => {
        const common = {
          id,
          value,
          maxLength,
          required,
          autocomplete,
          'aria-describedby': describedBy,
          'aria-invalid': invalid || undefined,
          onInput: (event: Event) => onInput((event.currentTarget as HTMLInputElement).value),
        };
        // One element per type: Preact's input types are a union keyed on `type`.
        if (kind === 'textarea') return <textarea rows={4} spellcheck {...common} />;
        if (kind === 'tel') return <input type="tel" {...common} />;
        if (kind === 'date') return <input type="date" {...common} />;
        if (kind === 'datetime-local') return <input type="datetime-local" {...common} />;
        return <input type="text" {...common} />;
      }}
    </Field>
  );
}

type Option<V extends string> = { value: V; label: string; hint?: string };

/** One answer among a few, as radio buttons with room for a thumb and a line of explanation each. */
export function Choice<V extends string>({
  legend,
  value,
  options,
  onChange,
  error,
}: {
  legend: string;
  value: V | '';
  options: readonly Option<V>[];
  onChange: (value: V) => void;
  error?: string | undefined;
}) {
  const name = useId();
  const errorId = `${name}-error`;
  return (
    <fieldset
      class={error ? 'concern-choice concern-choice-invalid' : 'concern-choice'}
      aria-describedby={error ? errorId : undefined}
    >
      <legend>{legend}</legend>
      <div class="concern-choice-options">
        {options.map((option) => (
          <label key={option.value} class="checkbox">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <span>
              {option.label}
              {option.hint && <span class="concern-option-hint">{option.hint}</span>}
            </span>
          </label>
        ))}
      </div>
      {error && (
        <p class="field-error" id={errorId}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
