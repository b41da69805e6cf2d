import { api, call } from '../../api/client';
import { useT } from '../../i18n/i18n';
import { ErrorAlert } from '../../ui/errors';
import { LiveStatus, SelectField } from '../../ui/Field';
import { useSetting } from './useSetting';

const CHOICES = Array.from({ length: 18 }, (_, i) => String(i + 3));

/** The municipality's threshold for small figures in statistics: 5 unless changed, never below 3. */
export function DisclosureThresholdForm() {
  const { t } = useT();
  const form = useSetting({
    load: () => call(api.api.statistics.settings.$get()),
    read: (stored) => String(stored.threshold),
    save: (value) => call(api.api.statistics.settings.$put({ json: { threshold: Number(value) } })),
    savedText: (saved) => t('indicators.thresholdSetting.saved', { threshold: saved.threshold }),
  });

  return (
    <section aria-labelledby="org-threshold" class="section">
      <h2 id="org-threshold">{t('indicators.thresholdSetting.heading')}</h2>
      <p class="muted">{t('indicators.thresholdSetting.intro')}</p>
      <ErrorAlert error={form.error} />
      {form.loaded && (
        <form class="name-form" onSubmit={form.submit} aria-busy={form.busy}>
          <div class="name-form-row">
            <SelectField
              label={t('indicators.thresholdSetting.label')}
              value={form.value ?? ''}
              onChange={form.choose}
              options={CHOICES.map((choice) => ({ value: choice, label: choice }))}
            />
            <button type="submit" class="button" disabled={form.busy || form.value === form.stored}>
              {t('indicators.thresholdSetting.save')}
            </button>
          </div>
        </form>
      )}
      <LiveStatus>{form.status}</LiveStatus>
    </section>
  );
}
