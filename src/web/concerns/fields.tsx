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
