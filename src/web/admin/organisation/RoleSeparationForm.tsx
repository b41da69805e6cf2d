import { api, call } from '../../api/client';
import { useT } from '../../i18n/i18n';
import { ErrorAlert } from '../../ui/errors';
import { LiveStatus } from '../../ui/Field';
import { useSetting } from './useSetting';

const endpoint = api.api.privacy['role-separation'];

/** Whether the municipality's field workers also carry out authority tasks (myndighetsutövning). */
export function RoleSeparationForm() {
  const { t } = useT();
  const form = useSetting({
    load: () => call(endpoint.$get()),
    read: (stored) => stored.fieldWorkersDoAuthorityTasks,
    save: (value) => call(endpoint.$put({ json: { fieldWorkersDoAuthorityTasks: value } })),
    savedText: (saved) =>
      t(
        saved.fieldWorkersDoAuthorityTasks
          ? 'guidance.roleSeparation.savedOn'
          : 'guidance.roleSeparation.savedOff',
      ),
  });

  return (
    <section aria-labelledby="org-role-separation" class="section">
      <h2 id="org-role-separation">{t('guidance.roleSeparation.heading')}</h2>
      <p class="muted">{t('guidance.roleSeparation.intro')}</p>
      <ErrorAlert error={form.error} />
      {form.loaded && (
        <form class="name-form" onSubmit={form.submit} aria-busy={form.busy}>
          <div class="name-form-row">
            <label class="checkbox">
              <input
                type="checkbox"
                checked={form.value ?? false}
                onChange={(event) => form.choose(event.currentTarget.checked)}
              />
              {t('guidance.roleSeparation.label')}
            </label>
            <button type="submit" class="button" disabled={form.busy || form.value === form.stored}>
              {t('guidance.roleSeparation.save')}
            </button>
          </div>
        </form>
      )}
      <LiveStatus>{form.status}</LiveStatus>
    </section>
  );
}
