import { useId } from 'preact/hooks';
import {
  GUARDIAN_CONSENT_AGE,
  guardianConsentRequired,
  MAX_CONSENT_SCOPE_LENGTH,
} from '../../shared/support-contacts';
import { useT } from '../i18n/i18n';
import { FreeTextField } from './FreeTextField';
import { birthYearOf, type ContactDraft } from './form';

type Props = {
  draft: ContactDraft;
  onChange: (change: Partial<ContactDraft>) => void;
  errors: Record<string, string>;
  today: string;
};

/** The consent: who consented, when, to what; says at once whether a guardian must consent too. */
export function ConsentFieldset({ draft, onChange, errors, today }: Props) {
  const { t } = useT();
  const dateId = useId();
  const birthYear = birthYearOf(draft);
  const dated = /^\d{4}-\d{2}-\d{2}$/.test(draft.consentedOn);
  const needsGuardian = birthYear !== null && dated && guardianConsentRequired(birthYear, draft.consentedOn);
  const values = { year: birthYear ?? '', age: GUARDIAN_CONSENT_AGE };
  return (
    <fieldset class="group support-consent">
      <legend>{t('support.consent.heading')}</legend>
      <p>{t('support.consent.rule', { age: GUARDIAN_CONSENT_AGE })}</p>
      <fieldset class="support-consent-who">
        <legend>{t('support.consent.who')}</legend>
        <label class="checkbox">
          <input
            type="checkbox"
            checked={draft.youngPerson}
            aria-invalid={Boolean(errors['consent.youngPerson']) || undefined}
            onChange={(event) => onChange({ youngPerson: event.currentTarget.checked })}
          />
          {t('support.consent.youngPerson')}
        </label>
        {errors['consent.youngPerson'] && <p class="field-error">{errors['consent.youngPerson']}</p>}
        <label class="checkbox">
          <input
            type="checkbox"
            checked={draft.guardian}
            aria-invalid={Boolean(errors['consent.guardian']) || undefined}
            onChange={(event) => onChange({ guardian: event.currentTarget.checked })}
          />
          {t('support.consent.guardian')}
        </label>
        {errors['consent.guardian'] && <p class="field-error">{errors['consent.guardian']}</p>}
      </fieldset>
      <div class={errors['consent.consentedOn'] ? 'field field-invalid' : 'field'}>
        <label for={dateId}>{t('support.consent.when')}</label>
        <input
          id={dateId}
          type="date"
          value={draft.consentedOn}
          max={today}
          required
          aria-invalid={Boolean(errors['consent.consentedOn']) || undefined}
          onChange={(event) => onChange({ consentedOn: event.currentTarget.value })}
        />
        {errors['consent.consentedOn'] && <p class="field-error">{errors['consent.consentedOn']}</p>}
      </div>
      {birthYear !== null && dated && (
        <p class={needsGuardian ? 'alert alert-warning' : 'alert alert-info'} role="status">
          {needsGuardian
            ? t('support.consent.guardianRequired', values)
            : t('support.consent.guardianNotRequired', values)}
        </p>
      )}
      <FreeTextField
        label={t('support.consent.scope')}
        hint={t('support.consent.scopeHint')}
        value={draft.scope}
        onInput={(scope) => onChange({ scope })}
        maxLength={MAX_CONSENT_SCOPE_LENGTH}
        required
        error={errors['consent.scope']}
      />
    </fieldset>
  );
}
