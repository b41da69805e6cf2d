import { useId } from 'preact/hooks';
import type { PersonalDataKind } from '../../../shared/personal-data';
import { textFault } from '../../../shared/storable-text';
import { type FormIssue, personalDataIn } from '../form';
import { IssueText } from './IssueText';

/**
 * A free-text field that checks, as you type, for what must never be written in the field log:
 * personnummer, phone numbers, e-mail addresses, and characters no text can hold. It says why at
 * once, in place.
 */
export function GuardedText({
  label,
  hint,
  value,
  onInput,
  issue,
  multiline,
  maxLength,
}: {
  label: string;
  hint?: string;
  value: string;
  onInput: (value: string) => void;
  /** An issue found on save or by the server for this field. */
  issue?: FormIssue | undefined;
  multiline?: boolean;
  maxLength: number;
}) {
  const id = useId();
  const found: PersonalDataKind[] = personalDataIn(value);
  const live: FormIssue | undefined =
    found.length > 0
      ? { path: '', code: 'personal_data', found }
      : textFault(value)
        ? { path: '', code: 'invalid_character' }
        : undefined;
  // An issue of the kinds checked live is gone once the text is fixed.
  const stale = issue?.code === 'personal_data' || issue?.code === 'invalid_character';
  const shown: FormIssue | undefined = live ?? (stale ? undefined : issue);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', shown ? errorId : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value,
    maxLength,
    'aria-describedby': describedBy,
    'aria-invalid': shown ? true : undefined,
    spellcheck: true,
  };
  return (
    <div class={shown ? 'field field-invalid' : 'field'}>
      <label for={id}>{label}</label>
      {hint && (
        <p class="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea rows={4} {...common} onInput={(event) => onInput(event.currentTarget.value)} />
      ) : (
        <input type="text" {...common} onInput={(event) => onInput(event.currentTarget.value)} />
      )}
      {shown && <IssueText id={errorId} issue={shown} />}
    </div>
  );
}
