import { useState } from 'preact/hooks';
import { api, call } from '../../api/client';
import { useT } from '../../i18n/i18n';
import { ErrorAlert } from '../../ui/errors';
import { LiveStatus, SelectField } from '../../ui/Field';
import { useResource } from '../../ui/useResource';

const CHOICES = Array.from({ length: 18 }, (_, i) => String(i + 3));

/** The municipality's threshold for small figures in statistics: 5 unless changed, never below 3. */
export function DisclosureThresholdForm() {
  const { t } = useT();
  const settings = useResource(() => call(api.api.statistics.settings.$get()), []);
  const [chosen, setChosen] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState('');
  const value = chosen ?? String(settings.data?.threshold ?? '');

  async function save(event: SubmitEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setStatus('');
    try {
      const saved = await call(api.api.statistics.settings.$put({ json: { threshold: Number(value) } }));
      setStatus(t('indicators.thresholdSetting.saved', { threshold: saved.threshold }));
      await settings.reload();
      setChosen(null);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="org-threshold" class="section">
      <h2 id="org-threshold">{t('indicators.thresholdSetting.heading')}</h2>
      <p class="muted">{t('indicators.thresholdSetting.intro')}</p>
      <ErrorAlert error={settings.error ?? error} />
      {settings.data && (
        <form class="name-form" onSubmit={save} aria-busy={busy}>
          <div class="name-form-row">
            <SelectField
              label={t('indicators.thresholdSetting.label')}
              value={value}
              onChange={setChosen}
              options={CHOICES.map((choice) => ({ value: choice, label: choice }))}
            />
            <button type="submit" class="button" disabled={busy || value === String(settings.data.threshold)}>
              {t('indicators.thresholdSetting.save')}
            </button>
          </div>
        </form>
      )}
      <LiveStatus>{status}</LiveStatus>
    </section>
  );
}
