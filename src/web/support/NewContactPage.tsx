import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { GENDERS } from '../../shared/field-log';
import { MAX_NAME_LENGTH, MAX_PLAN_LENGTH } from '../../shared/support-contacts';
import { useT } from '../i18n/i18n';
import { fetchAreas } from '../shifts/api';
import { areaChoices } from '../shifts/reference';
import { ErrorAlert } from '../ui/errors';
import { LiveStatus, SelectField, TextField } from '../ui/Field';
import { setFlash } from '../ui/flash';
import { PageHeading } from '../ui/PageHeading';
import { useResource } from '../ui/useResource';
import { contactPath, listPath } from './access';
import { createContact } from './api';
import { ConsentFieldset } from './ConsentFieldset';
import { today } from './dates';
import { FreeTextField } from './FreeTextField';
import { type ContactDraft, draftIssues, newDraft, toNewContact } from './form';
import { fieldErrors } from './issues';
import { OnlineNotice } from './OnlineNotice';
import './support.css';

/** "Ny stödkontakt": who, and the consent first and foremost; the opener becomes responsible. */
export function NewContactPage({ unitId }: { unitId: string }) {
  const { t } = useT();
  const { route } = useLocation();
  const day = today();
  const [draft, setDraft] = useState<ContactDraft>(() => newDraft(day));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const areas = useResource(fetchAreas, []);
  const choices = areaChoices(areas.data ?? [], unitId);
  const change = (part: Partial<ContactDraft>) => setDraft((current) => ({ ...current, ...part }));

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    if (busy) return;
    setError(null);
    const found = Object.fromEntries(
      Object.entries(draftIssues(draft, day)).map(([path, code]) => [path, t(`support.issues.${code}`)]),
    );
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const created = await createContact(unitId, toNewContact(draft));
      setFlash(t('support.created'));
      route(contactPath(unitId, created.id));
    } catch (caught) {
      setErrors(fieldErrors(caught, t));
      setError(caught);
      setBusy(false);
    }
  }

  return (
    <div class="support-page">
      <p class="breadcrumb">
        <a href={listPath(unitId)}>{t('support.back')}</a>
      </p>
      <PageHeading title={t('support.newContact')} />
      <OnlineNotice />
      <form class="form" onSubmit={submit} noValidate aria-busy={busy}>
        <TextField
          label={t('support.fields.name')}
          hint={t('support.fields.nameHint')}
          value={draft.name}
          onInput={(name) => change({ name })}
          maxLength={MAX_NAME_LENGTH}
          required
          error={errors.name}
        />
        <TextField
          label={t('support.fields.birthYear')}
          value={draft.birthYear}
          onInput={(birthYear) => change({ birthYear })}
          maxLength={4}
          required
          error={errors.birthYear}
        />
        <SelectField
          label={t('support.fields.gender')}
          value={draft.gender}
          onChange={(gender) => change({ gender: gender as ContactDraft['gender'] })}
          placeholder=""
          options={GENDERS.map((gender) => ({ value: gender, label: t(`support.genders.${gender}`) }))}
          required
          error={errors.gender}
        />
        <SelectField
          label={t('support.fields.area')}
          value={draft.areaId}
          onChange={(areaId) => change({ areaId })}
          options={[
            { value: '', label: t('support.fields.noArea') },
            ...[...choices.own, ...choices.others].map((area) => ({ value: area.id, label: area.name })),
          ]}
          error={errors.areaId}
        />
        <ConsentFieldset draft={draft} onChange={change} errors={errors} today={day} />
        <FreeTextField
          label={t('support.fields.plan')}
          hint={t('support.fields.planHint')}
          value={draft.plan}
          onInput={(plan) => change({ plan })}
          maxLength={MAX_PLAN_LENGTH}
          multiline
          error={errors.plan}
        />
        <ErrorAlert error={error} />
        <div class="actions">
          <button type="submit" class="button button-primary" disabled={busy}>
            {t('support.create')}
          </button>
          <a class="button" href={listPath(unitId)}>
            {t('common.cancel')}
          </a>
        </div>
        <LiveStatus>{busy ? t('common.saving') : ''}</LiveStatus>
      </form>
    </div>
  );
}
