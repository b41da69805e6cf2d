import { useState } from 'preact/hooks';
import { api, call } from '../../api/client';
import { useT } from '../../i18n/i18n';
import { ErrorAlert } from '../../ui/errors';
import { LiveStatus } from '../../ui/Field';
import { useResource } from '../../ui/useResource';

const endpoint = api.api.privacy['role-separation'];

/** Whether the municipality's field workers also carry out authority tasks (myndighetsutövning). */
export function RoleSeparationForm() {
  const { t } = useT();
  const setting = useResource(() => call(endpoint.$get()), []);
  const [chosen, setChosen] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState('');
  const stored = setting.data?.fieldWorkersDoAuthorityTasks;
  const value = chosen ?? stored ?? false;

  async function save(event: SubmitEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setStatus('');
    try {
      const saved = await call(endpoint.$put({ json: { fieldWorkersDoAuthorityTasks: value } }));
      setStatus(
        t(
          saved.fieldWorkersDoAuthorityTasks
            ? 'guidance.roleSeparation.savedOn'
            : 'guidance.roleSeparation.savedOff',
        ),
      );
      await setting.reload();
      setChosen(null);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="org-role-separation" class="section">
      <h2 id="org-role-separation">{t('guidance.roleSeparation.heading')}</h2>
      <p class="muted">{t('guidance.roleSeparation.intro')}</p>
      <ErrorAlert error={setting.error ?? error} />
      {setting.data && (
        <form class="name-form" onSubmit={save} aria-busy={busy}>
          <div class="name-form-row">
            <label class="checkbox">
              <input
                type="checkbox"
                checked={value}
                onChange={(event) => setChosen(event.currentTarget.checked)}
              />
              {t('guidance.roleSeparation.label')}
            </label>
            <button type="submit" class="button" disabled={busy || value === stored}>
              {t('guidance.roleSeparation.save')}
            </button>
          </div>
        </form>
      )}
      <LiveStatus>{status}</LiveStatus>
    </section>
  );
}
