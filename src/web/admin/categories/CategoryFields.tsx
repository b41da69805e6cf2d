import { useId } from 'preact/hooks';
import type { ApiIssue } from '../../api/errors';
import { ApiError } from '../../api/errors';
import type { Translate } from '../../i18n/i18n';
import { useT } from '../../i18n/i18n';
import { Field, TextField } from '../../ui/Field';

/** What the add and edit forms hold, as typed. */
export type Draft = { labelSv: string; labelEn: string; minAge: string; maxAge: string };
export type DraftIssues = Partial<Record<keyof Draft, string>>;

export const emptyDraft: Draft = { labelSv: '', labelEn: '', minAge: '', maxAge: '' };

const LABEL_MAX = 80;

function parseAge(text: string): number | null | 'invalid' {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^\d{1,3}$/.test(trimmed)) return 'invalid';
  const age = Number(trimmed);
  return age <= 120 ? age : 'invalid';
}

/**
 * Checks a draft before it is sent, and gives the values the server takes. Ages only for age bands;
 * an empty age is an open limit.
 */
export function readDraft(
  draft: Draft,
  withAges: boolean,
  t: Translate,
):
  | { ok: true; value: { labelSv: string; labelEn: string; minAge?: number | null; maxAge?: number | null } }
  | { ok: false; issues: DraftIssues } {
  const issues: DraftIssues = {};
  const labelSv = draft.labelSv.trim();
  const labelEn = draft.labelEn.trim();
  if (!labelSv || labelSv.length > LABEL_MAX) issues.labelSv = t('categories.issues.label');
  if (!labelEn || labelEn.length > LABEL_MAX) issues.labelEn = t('categories.issues.label');
  if (!withAges) {
    return Object.keys(issues).length > 0 ? { ok: false, issues } : { ok: true, value: { labelSv, labelEn } };
  }
  const minAge = parseAge(draft.minAge);
  const maxAge = parseAge(draft.maxAge);
  if (minAge === 'invalid') issues.minAge = t('categories.issues.age');
  if (maxAge === 'invalid') issues.maxAge = t('categories.issues.age');
  if (typeof minAge === 'number' && typeof maxAge === 'number' && minAge > maxAge)
    issues.maxAge = t('categories.issues.ageOrder');
  if (Object.keys(issues).length > 0 || minAge === 'invalid' || maxAge === 'invalid')
    return { ok: false, issues };
  return { ok: true, value: { labelSv, labelEn, minAge, maxAge } };
}

/** The server's validation issues, put on the fields they name. */
export function issuesFromError(error: unknown, t: Translate): DraftIssues {
  if (!(error instanceof ApiError) || !error.issues) return {};
  const issues: DraftIssues = {};
  const text: Record<keyof Draft, string> = {
    labelSv: t('categories.issues.label'),
    labelEn: t('categories.issues.label'),
    minAge: t('categories.issues.age'),
    maxAge: t('categories.issues.age'),
  };
  for (const issue of error.issues as ApiIssue[]) {
    const field = issue.path.split('.').pop();
    if (field === 'labelSv' || field === 'labelEn' || field === 'minAge' || field === 'maxAge')
      issues[field] = issue.code === 'age_range' ? t('categories.issues.ageOrder') : text[field];
  }
  return issues;
}

type CategoryFieldsProps = {
  draft: Draft;
  onChange: (draft: Draft) => void;
  issues: DraftIssues;
  withAges: boolean;
  autoFocus?: boolean;
};

/** Swedish and English labels, and for age bands the ages they span. */
export function CategoryFields({ draft, onChange, issues, withAges, autoFocus }: CategoryFieldsProps) {
  const { t } = useT();
  const hintId = useId();
  const set = (key: keyof Draft) => (value: string) => onChange({ ...draft, [key]: value });
  return (
    <>
      <div class="category-fields">
        <TextField
          label={t('categories.labelSvField')}
          value={draft.labelSv}
          onInput={set('labelSv')}
          error={issues.labelSv}
          maxLength={LABEL_MAX}
          required
          autoFocus={autoFocus}
        />
        <TextField
          label={t('categories.labelEnField')}
          value={draft.labelEn}
          onInput={set('labelEn')}
          error={issues.labelEn}
          maxLength={LABEL_MAX}
          required
        />
      </div>
      {withAges && (
        <fieldset class="category-ages">
          <legend>{t('categories.ages')}</legend>
          <p class="field-hint" id={hintId}>
            {t('categories.agesHint')}
          </p>
          <div class="category-ages-row">
            <AgeField
              label={t('categories.minAge')}
              hintId={hintId}
              value={draft.minAge}
              onInput={set('minAge')}
              error={issues.minAge}
            />
            <AgeField
              label={t('categories.maxAge')}
              hintId={hintId}
              value={draft.maxAge}
              onInput={set('maxAge')}
              error={issues.maxAge}
            />
          </div>
        </fieldset>
      )}
    </>
  );
}

type AgeFieldProps = {
  label: string;
  hintId: string;
  value: string;
  onInput: (value: string) => void;
  error: string | undefined;
};

function AgeField({ label, hintId, value, onInput, error }: AgeFieldProps) {
  return (
    <Field label={label} error={error}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          type="text"
          inputMode="numeric"
          class="input-age"
          maxLength={3}
          value={value}
          onInput={(event) => onInput(event.currentTarget.value)}
          aria-describedby={[hintId, describedBy].filter(Boolean).join(' ')}
          aria-invalid={invalid || undefined}
        />
      )}
    </Field>
  );
}
