import { useMemo, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { uuidv7 } from '../../shared/uuidv7';
import type { SessionUser } from '../api/types';
import { useUser } from '../auth/session';
import { type Translate, useT } from '../i18n/i18n';
import { SelectField } from '../ui/Field';
import { setFlash } from '../ui/flash';
import { PageHeading } from '../ui/PageHeading';
import { RadioGroup } from '../ui/RadioGroup';
import { concernPath, reportingUnits } from './access';
import { GUARDIAN_ANSWERS, sendReport, URGENCIES } from './api';
import { InputField } from './fields';
import { type ConcernForm, emptyForm, type FormIssues, formIssues, toInput } from './form';
import { concernErrorText, issueText, serverIssues } from './text';
import './concerns.css';

/** "Fältassistent, Fältgruppen Centrum": the reporter's title and workplace as the roles say. */
function reporterRole(user: SessionUser, unitId: string, t: Translate): string {
  const grant = user.roles.find((g) => g.unitId === unitId);
  return grant ? `${t(`roles.${grant.role}`)}, ${grant.unitName ?? ''}` : '';
}

/** `/orosanmalan/ny[?enhet=…&pass=…]`: the report of concern, sent to the reception in one go. */
export function ConcernFormPage() {
  const { t } = useT();
  const user = useUser();
  const { query, route } = useLocation();
  const units = reportingUnits(user);
  const [form, setForm] = useState<ConcernForm>(() => {
    const unitId = units.find((unit) => unit.id === query.enhet)?.id ?? units[0]?.id ?? '';
    const shiftId = query.enhet === unitId && query.pass ? query.pass : null;
    return emptyForm({ name: user.displayName, role: reporterRole(user, unitId, t), unitId, shiftId });
  });
  // Made once: a resend after a lost answer is recognised by the server as the same report.
  const sendId = useMemo(() => uuidv7(), []);
  // The server's issues from the last send; the form's own are worked out as the user types.
  const [fromServer, setFromServer] = useState<FormIssues>({});
  const [error, setError] = useState<unknown>(null);
  const [sending, setSending] = useState(false);
  const [attempted, setAttempted] = useState(false);
  const alertRef = useRef<HTMLParagraphElement>(null);

  const change = (update: (current: ConcernForm) => ConcernForm) => {
    setFromServer({});
    setForm(update);
  };
  // Only after a first try, so nobody is told off for a form they have not finished.
  const issues: FormIssues = attempted ? { ...fromServer, ...formIssues(form) } : fromServer;
  const set =
    <K extends keyof ConcernForm>(key: K) =>
    (value: ConcernForm[K]) =>
      change((current) => ({ ...current, [key]: value }));
  const issue = (path: string) => issueText(issues[path], t);
  const hasIssues = Object.keys(issues).length > 0;

  async function onSubmit(event: Event) {
    event.preventDefault();
    const found = formIssues(form);
    setAttempted(true);
    setFromServer({});
    setError(null);
    if (Object.keys(found).length > 0) {
      requestAnimationFrame(() => alertRef.current?.focus());
      return;
    }
    setSending(true);
    try {
      const report = await sendReport(form.unitId, toInput(form, sendId));
      setFlash(t('concerns.form.sent'));
      route(concernPath(form.unitId, report.id));
    } catch (caught) {
      setFromServer(serverIssues(caught));
      setError(caught);
      requestAnimationFrame(() => alertRef.current?.focus());
    } finally {
      setSending(false);
    }
  }

  return (
    <div class="concern-page">
      <PageHeading title={t('concerns.form.heading')} />
      <p>{t('concerns.form.intro')}</p>
      <EmergencyNotice />
      <form class="concern-form" noValidate onSubmit={onSubmit}>
        {units.length > 1 && (
          <SelectField
            label={t('concerns.form.unit')}
            value={form.unitId}
            onChange={(unitId) =>
              change((current) => ({
                ...current,
                unitId,
                shiftId: null,
                reporterRole: reporterRole(user, unitId, t),
              }))
            }
            options={units.map((unit) => ({ value: unit.id, label: unit.name }))}
          />
        )}
        {form.shiftId && <p class="muted">{t('concerns.form.fromShift')}</p>}

        <div class="concern-section">
          <RadioGroup
            look="list"
            legend={t('concerns.form.urgencySection')}
            value={form.urgency}
            onChange={set('urgency')}
            error={issue('urgency')}
            options={URGENCIES.map((value) => ({
              value,
              label: t(`concerns.urgency.${value}`),
              hint: t(`concerns.urgencyHint.${value}`),
            }))}
          />
          {form.urgency === 'immediate' && (
            <>
              <EmergencyNotice />
              <RadioGroup
                look="list"
                legend={t('concerns.form.emergencyContacted')}
                value={form.emergencyContacted}
                onChange={set('emergencyContacted')}
                error={issue('emergencyContacted')}
                options={(['yes', 'no'] as const).map((value) => ({
                  value,
                  label: t(`concerns.yesNo.${value}`),
                }))}
              />
            </>
          )}
        </div>

        <ChildSection form={form} set={set} issue={issue} />

        <fieldset class="concern-section">
          <legend>{t('concerns.form.guardianSection')}</legend>
          <InputField
            kind="textarea"
            label={t('concerns.form.guardians')}
            hint={t('concerns.form.guardiansHint')}
            value={form.guardians}
            onInput={set('guardians')}
            maxLength={1000}
          />
          <RadioGroup
            look="list"
            legend={t('concerns.form.guardianInformed')}
            value={form.guardianInformed}
            onChange={set('guardianInformed')}
            error={issue('guardianInformed')}
            options={GUARDIAN_ANSWERS.map((value) => ({
              value,
              label: t(`concerns.guardianInformed.${value}`),
            }))}
          />
          {form.guardianInformed === 'no' && (
            <InputField
              kind="textarea"
              label={t('concerns.form.guardianNotInformedReason')}
              hint={t('concerns.form.guardianNotInformedReasonHint')}
              value={form.guardianNotInformedReason}
              onInput={set('guardianNotInformedReason')}
              error={issue('guardianNotInformedReason')}
              maxLength={1000}
            />
          )}
        </fieldset>

        <fieldset class="concern-section">
          <legend>{t('concerns.form.concernSection')}</legend>
          <InputField
            kind="textarea"
            label={t('concerns.form.concern')}
            value={form.concern}
            onInput={set('concern')}
            error={issue('concern')}
            maxLength={4000}
            required
          />
          <InputField
            kind="textarea"
            label={t('concerns.form.seenAndHeard')}
            hint={t('concerns.form.seenAndHeardHint')}
            value={form.seenAndHeard}
            onInput={set('seenAndHeard')}
            error={issue('seenAndHeard')}
            maxLength={4000}
            required
          />
          <InputField
            label={t('concerns.form.place')}
            value={form.place}
            onInput={set('place')}
            maxLength={300}
          />
          <InputField
            kind="datetime-local"
            label={t('concerns.form.occurredAt')}
            value={form.occurredAt}
            onInput={set('occurredAt')}
            error={issue('occurredAt')}
          />
        </fieldset>

        <fieldset class="concern-section">
          <legend>{t('concerns.form.reporterSection')}</legend>
          <InputField
            label={t('concerns.form.reporterName')}
            value={form.reporterName}
            onInput={set('reporterName')}
            error={issue('reporter.name')}
            autocomplete="name"
            maxLength={120}
            required
          />
          <InputField
            label={t('concerns.form.reporterRole')}
            value={form.reporterRole}
            onInput={set('reporterRole')}
            error={issue('reporter.role')}
            autocomplete="organization-title"
            maxLength={120}
            required
          />
          <InputField
            kind="tel"
            label={t('concerns.form.reporterPhone')}
            hint={t('concerns.form.reporterPhoneHint')}
            value={form.reporterPhone}
            onInput={set('reporterPhone')}
            error={issue('reporter.phone')}
            autocomplete="tel"
            maxLength={40}
            required
          />
        </fieldset>

        {(hasIssues || Boolean(error)) && (
          <p class="alert alert-error" role="alert" tabIndex={-1} ref={alertRef}>
            {error && !hasIssues ? concernErrorText(error, t) : t('concerns.form.fixIssues')}
          </p>
        )}
        <button type="submit" class="button button-primary button-block concern-send" disabled={sending}>
          {sending ? t('concerns.form.sending') : t('concerns.form.send')}
        </button>
      </form>
    </div>
  );
}

/** Always in view at the top, and again when "Akut" is chosen: a form is no way to call for help. */
function EmergencyNotice() {
  const { t } = useT();
  return (
    <div class="alert alert-warning concern-emergency">
      <strong>{t('concerns.emergency.title')}</strong>
      {t('concerns.emergency.text')}
    </div>
  );
}

type SectionProps = {
  form: ConcernForm;
  set: <K extends keyof ConcernForm>(key: K) => (value: ConcernForm[K]) => void;
  issue: (path: string) => string | undefined;
};

/** Who the child is, as far as the reporter knows. */
function ChildSection({ form, set, issue }: SectionProps) {
  const { t } = useT();
  const missing = issue('child');
  return (
    <fieldset class="concern-section">
      <legend>{t('concerns.form.childSection')}</legend>
      <p class={missing ? 'field-error' : 'field-hint'}>{missing ?? t('concerns.form.childHint')}</p>
      <InputField
        label={t('concerns.form.childName')}
        value={form.childName}
        onInput={set('childName')}
        maxLength={200}
      />
      <InputField
        label={t('concerns.form.childPersonalIdentityNumber')}
        hint={t('concerns.form.childPersonalIdentityNumberHint')}
        value={form.childPersonalIdentityNumber}
        onInput={set('childPersonalIdentityNumber')}
        error={issue('child.personalIdentityNumber')}
        maxLength={13}
      />
      <InputField
        kind="date"
        label={t('concerns.form.childBirthDate')}
        value={form.childBirthDate}
        onInput={set('childBirthDate')}
        error={issue('child.birthDate')}
      />
      <InputField
        label={t('concerns.form.childAddress')}
        value={form.childAddress}
        onInput={set('childAddress')}
        maxLength={300}
      />
      <InputField
        label={t('concerns.form.childSchool')}
        value={form.childSchool}
        onInput={set('childSchool')}
        maxLength={200}
      />
      <InputField
        kind="textarea"
        label={t('concerns.form.childDescription')}
        hint={t('concerns.form.childDescriptionHint')}
        value={form.childDescription}
        onInput={set('childDescription')}
        maxLength={1000}
      />
    </fieldset>
  );
}
