import { useState } from 'preact/hooks';
import { api, call } from '../../api/client';
import { useT } from '../../i18n/i18n';
import { downloadBlob } from '../../statistics/downloadWorkbook';
import { formatDay } from '../../support/dates';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorAlert } from '../../ui/errors';
import { LiveStatus, TextField } from '../../ui/Field';

type Extract = {
  consent: { consentedOn: string };
  contactLog: unknown[];
  readBy: unknown[];
  retention: { plannedDeletionOn: string };
};

const extractPdfUrl = (id: string) => `/api/privacy/support-contacts/${id}/extract/pdf`;

type Match = {
  id: string;
  unitName: string;
  name: string;
  birthYear: number;
  open: boolean;
  openedAt: string;
};

/** A young person's request: find their support contacts, show or hand over the extract, erase on request. */
export function RegisterRequestSection() {
  const { t, locale } = useT();
  const [name, setName] = useState('');
  const [birthYear, setBirthYear] = useState('');
  const [matches, setMatches] = useState<Match[] | null>(null);
  const [extract, setExtract] = useState<{ id: string; data: Extract } | null>(null);
  const [erasing, setErasing] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState('');

  async function attempt(action: () => Promise<void>) {
    setError(null);
    setStatus('');
    try {
      await action();
    } catch (caught) {
      setError(caught);
    }
  }
  const search = (event: SubmitEvent) => {
    event.preventDefault();
    void attempt(async () => {
      setExtract(null);
      const result = await call(api.api.privacy['support-contacts'].$get({ query: { name, birthYear } }));
      setMatches(result.matches);
    });
  };
  const showExtract = (id: string) =>
    attempt(async () => {
      const data = await call(
        api.api.privacy['support-contacts'][':contactId'].extract.$get({ param: { contactId: id } }),
      );
      setExtract({ id, data });
    });
  const erase = (id: string) =>
    attempt(async () => {
      setErasing(null);
      await call(
        api.api.privacy['support-contacts'][':contactId'].$delete({
          param: { contactId: id },
          json: { reason: 'data_subject_request' },
        }),
      );
      setMatches((current) => current?.filter((match) => match.id !== id) ?? null);
      setExtract(null);
      setStatus(t('privacy.request.erased'));
    });

  return (
    <section aria-labelledby="privacy-request" class="section">
      <h2 id="privacy-request">{t('privacy.request.heading')}</h2>
      <p class="muted">{t('privacy.request.intro')}</p>
      <form class="form" onSubmit={search}>
        <TextField label={t('privacy.request.name')} value={name} onInput={setName} required maxLength={60} />
        <TextField
          label={t('privacy.request.birthYear')}
          value={birthYear}
          onInput={setBirthYear}
          required
          maxLength={4}
        />
        <button type="submit" class="button button-primary">
          {t('privacy.request.search')}
        </button>
      </form>
      <ErrorAlert error={error} />
      <LiveStatus>{status}</LiveStatus>
      {matches?.length === 0 && <p>{t('privacy.request.noMatches')}</p>}
      {matches && matches.length > 0 && (
        <ul class="list">
          {matches.map((match) => (
            <li key={match.id} class="panel">
              <p>
                <strong>{match.name}</strong> ({match.birthYear}) · {t('privacy.request.unit')}:{' '}
                {match.unitName}
              </p>
              <div class="actions">
                <button type="button" class="button" onClick={() => void showExtract(match.id)}>
                  {t('privacy.request.extract')}
                </button>
                <button type="button" class="button button-danger" onClick={() => setErasing(match.id)}>
                  {t('privacy.request.erase')}
                </button>
              </div>
              {extract?.id === match.id && (
                <>
                  <dl class="privacy-extract">
                    <dt>{t('privacy.request.consentedOn')}</dt>
                    <dd>{formatDay(extract.data.consent.consentedOn, locale)}</dd>
                    <dt>{t('privacy.request.contacts')}</dt>
                    <dd>{extract.data.contactLog.length}</dd>
                    <dt>{t('privacy.request.reads')}</dt>
                    <dd>{extract.data.readBy.length}</dd>
                    <dt>{t('privacy.request.plannedDeletion')}</dt>
                    <dd>{formatDay(extract.data.retention.plannedDeletionOn, locale)}</dd>
                  </dl>
                  <div class="actions">
                    <a class="button button-primary" href={extractPdfUrl(match.id)} download>
                      {t('privacy.request.downloadPdf')}
                    </a>
                    <button
                      type="button"
                      class="button"
                      onClick={() =>
                        downloadBlob(
                          `registerutdrag-${match.id}.json`,
                          new Blob([JSON.stringify(extract.data, null, 2)], { type: 'application/json' }),
                        )
                      }
                    >
                      {t('privacy.request.download')}
                    </button>
                  </div>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={erasing !== null}
        message={t('privacy.request.eraseConfirm')}
        confirmLabel={t('privacy.request.erase')}
        danger
        onConfirm={() => erasing && void erase(erasing)}
        onCancel={() => setErasing(null)}
      />
    </section>
  );
}
