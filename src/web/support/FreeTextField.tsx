import { findPersonalData } from '../../shared/personal-data';
import { useT } from '../i18n/i18n';
import { Field } from '../ui/Field';

/**
 * A free-text field that warns as you type when the text holds a personal identity number, a
 * phone number or an e-mail address, as the server will refuse it. Other problems come as `error`.
 */
export function FreeTextField({
  label,
  hint,
  value,
  onInput,
  maxLength,
  multiline = false,
  required = false,
  error,
}: {
  label: string;
  hint?: string;
  value: string;
  onInput: (value: string) => void;
  maxLength: number;
  multiline?: boolean;
  required?: boolean;
  error?: string | undefined;
}) {
  const { t } = useT();
  const personal = findPersonalData(value).length > 0;
  const shown = personal ? t('support.issues.personal_data') : error;
  const hints = [hint, t('support.fields.freeTextHint')].filter(Boolean).join(' ');
  return (
    <Field label={label} hint={hints} error={shown}>
      {({ id, describedBy, invalid }) => {
        const common = {
          id,
          value,
          maxLength,
          required,
          spellcheck: true,
          'aria-describedby': describedBy,
          'aria-invalid': invalid || undefined,
        };
        return multiline ? (
          <textarea rows={4} {...common} onInput={(event) => onInput(event.currentTarget.value)} />
        ) : (
          <input type="text" {...common} onInput={(event) => onInput(event.currentTarget.value)} />
        );
      }}
    </Field>
  );
}
