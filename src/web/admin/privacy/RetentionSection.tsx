import { useState } from 'preact/hooks';
import { api, call } from '../../api/client';
import { useT } from '../../i18n/i18n';
import { ErrorAlert } from '../../ui/errors';
import { LiveStatus, SelectField } from '../../ui/Field';
import { ScrollRegion } from '../../ui/ScrollRegion';
import { useResource } from '../../ui/useResource';

const KINDS = ['support_contact', 'report_of_concern'] as const;
type Kind = (typeof KINDS)[number];
const MONTH_CHOICES = [1, 2, 3, 6, 9, 12, 18, 24, 36].map(String);

/** How long personal records are kept, the latest scheduled deletions, and a button to run one now. */
export function RetentionSection() {
  const { t, locale } = useT();
  const overview = useResource(() => call(api.api.privacy.retention.$get()), []);
  const [draft, setDraft] = useState<Partial<Record<Kind, string>>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState('');
  const data = overview.data;
  const value = (kind: Kind) => draft[kind] ?? String(data?.months[kind] ?? '');
  const when = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'sv-SE', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Stockholm',
  });

  async function act(action: () => Promise<string>) {
    setBusy(true);
    setError(null);
    setStatus('');
    try {
      setStatus(await action());
      setDraft({});
      await overview.reload();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }
  const save = (event: SubmitEvent) => {
    event.preventDefault();
    void act(async () => {
      const json = {
        support_contact: Number(value('support_contact')),
        report_of_concern: Number(value('report_of_concern')),
      };
      await call(api.api.privacy.retention.$put({ json }));
      return t('privacy.retention.saved');
    });
  };
  const runNow = () =>
    act(async () => {
      const { deleted } = await call(api.api.privacy.retention.run.$post());
      return t('privacy.retention.ran', {
        support: deleted.support_contact ?? 0,
        concerns: deleted.report_of_concern ?? 0,
      });
    });

  return (
    <section aria-labelledby="privacy-retention" class="section">
      <h2 id="privacy-retention">{t('privacy.retention.heading')}</h2>
      <p class="muted">{t('privacy.retention.intro')}</p>
      <ErrorAlert error={overview.error ?? error} />
      {data && (
        <form class="form" onSubmit={save} aria-busy={busy}>
          {KINDS.map((kind) => {
            const choices = MONTH_CHOICES.includes(value(kind))
              ? MONTH_CHOICES
              : [...MONTH_CHOICES, value(kind)];
            return (
              <SelectField
                key={kind}
                label={t(`privacy.retention.${kind}`)}
                value={value(kind)}
                onChange={(next) => setDraft({ ...draft, [kind]: next })}
                options={choices.map((choice) => ({ value: choice, label: choice }))}
              />
            );
          })}
          <div class="actions">
            <button type="submit" class="button button-primary" disabled={busy}>
              {t('privacy.retention.save')}
            </button>
            <button type="button" class="button" disabled={busy} onClick={() => void runNow()}>
              {t('privacy.retention.runNow')}
            </button>
          </div>
        </form>
      )}
      <LiveStatus>{status}</LiveStatus>
      <h3 id="privacy-retention-runs">{t('privacy.retention.runs')}</h3>
      {data && data.runs.length === 0 && <p class="muted">{t('privacy.retention.noRuns')}</p>}
      {data && data.runs.length > 0 && (
        <ScrollRegion labelledBy="privacy-retention-runs">
          <table class="table">
            <thead>
              <tr>
                <th scope="col">{t('privacy.retention.when')}</th>
                <th scope="col">{t('privacy.retention.trigger')}</th>
                <th scope="col" class="num">
                  {t('privacy.retention.deletedSupport')}
                </th>
                <th scope="col" class="num">
                  {t('privacy.retention.deletedConcerns')}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.runs.map((run) => (
                <tr key={run.startedAt}>
                  <td>{when.format(new Date(run.startedAt))}</td>
                  <td>{t(`privacy.retention.triggers.${run.trigger}`)}</td>
                  <td class="num">{run.deleted.support_contact ?? 0}</td>
                  <td class="num">{run.deleted.report_of_concern ?? 0}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
