import { api, call } from '../../api/client';
import { useT } from '../../i18n/i18n';
import { ErrorAlert } from '../../ui/errors';
import { LiveStatus } from '../../ui/Field';
import { useSetting } from '../organisation/useSetting';

const endpoint = api.api.privacy['second-factor-rule'];

/** Whether personal data needs a session with a second factor in the municipality (audited). */
export function SecondFactorRuleForm() {
  const { t } = useT();
  const form = useSetting({
    load: () => call(endpoint.$get()),
    read: (stored) => stored.requireSecondFactor,
    save: (value) => call(endpoint.$put({ json: { requireSecondFactor: value } })),
    savedText: (saved) => t(saved.requireSecondFactor ? 'security.rule.savedOn' : 'security.rule.savedOff'),
  });

  return (
    <section aria-labelledby="privacy-second-factor" class="section">
      <h2 id="privacy-second-factor">{t('security.rule.heading')}</h2>
      <p class="muted">{t('security.rule.intro')}</p>
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
              {t('security.rule.label')}
            </label>
            <button type="submit" class="button" disabled={form.busy || form.value === form.stored}>
              {t('security.rule.save')}
            </button>
          </div>
        </form>
      )}
      <LiveStatus>{form.status}</LiveStatus>
    </section>
  );
}
