import { useId, useState } from 'preact/hooks';
import { CLOSE_REASONS } from '../../shared/support-contacts';
import { useT } from '../i18n/i18n';
import { ErrorAlert } from '../ui/errors';
import { PageHeading } from '../ui/PageHeading';
import { ScrollRegion } from '../ui/ScrollRegion';
import { useResource } from '../ui/useResource';
import { listPath } from './access';
import { type ContinuityReport, fetchContinuity } from './api';
import { formatDay, isDay, today } from './dates';
import { OnlineNotice } from './OnlineNotice';
import './support.css';

/** "Kontinuitet": the manager's view of how the unit's support contacts survive staff changes. */
export function ContinuityPage({ unitId }: { unitId: string }) {
  const { t } = useT();
  const id = useId();
  const end = today();
  const [from, setFrom] = useState(`${end.slice(0, 4)}-01-01`);
  const [to, setTo] = useState(end);
  const [period, setPeriod] = useState({ from, to });
  const invalid = isDay(from) && isDay(to) && from > to;
  const report = useResource(() => fetchContinuity(unitId, period.from, period.to), [unitId, period]);

  return (
    <div class="support-page">
      <p class="breadcrumb">
        <a href={listPath(unitId)}>{t('support.back')}</a>
      </p>
      <PageHeading title={t('support.continuityPage.heading')} />
      <p class="lead">{t('support.continuityPage.intro')}</p>
      <OnlineNotice />
      <form
        class="support-inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (isDay(from) && isDay(to) && !invalid) setPeriod({ from, to });
        }}
      >
        <div class="field">
          <label for={`${id}-from`}>{t('support.continuityPage.from')}</label>
          <input
            id={`${id}-from`}
            type="date"
            value={from}
            onChange={(e) => setFrom(e.currentTarget.value)}
          />
        </div>
        <div class={invalid ? 'field field-invalid' : 'field'}>
          <label for={`${id}-to`}>{t('support.continuityPage.to')}</label>
          <input
            id={`${id}-to`}
            type="date"
            value={to}
            aria-invalid={invalid || undefined}
            onChange={(e) => setTo(e.currentTarget.value)}
          />
          {invalid && <p class="field-error">{t('support.continuityPage.invalid')}</p>}
        </div>
        <button type="submit" class="button button-primary">
          {t('support.continuityPage.show')}
        </button>
      </form>
      <ErrorAlert error={report.error} />
      {report.loading && !report.data && <p class="live-status">{t('app.loading')}</p>}
      {report.data && <Figures report={report.data} />}
    </div>
  );
}

function Figures({ report }: { report: ContinuityReport }) {
  const { t, locale } = useT();
  const days = { days: report.lostAfterDays };
  const row = (label: string, count: number, strong = false) => (
    <tr key={label} class={strong ? 'support-total' : undefined}>
      <th scope="row">{label}</th>
      <td>{count}</td>
    </tr>
  );
  const caption = t('support.continuityPage.caption', {
    from: formatDay(report.period.from, locale),
    to: formatDay(report.period.to, locale),
  });
  return (
    <>
      <ScrollRegion labelledBy="continuity-figures">
        <table class="table support-figures">
          <caption id="continuity-figures">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('support.continuityPage.figure')}</th>
              <th scope="col">{t('support.continuityPage.count')}</th>
            </tr>
          </thead>
          <tbody>
            {row(t('support.continuityPage.openAtStart'), report.openAtStart)}
            {row(t('support.continuityPage.opened'), report.opened)}
            {row(t('support.continuityPage.handedOver'), report.handedOver)}
            {row(t('support.continuityPage.closed'), report.closed.total)}
            {row(t('support.continuityPage.openAtEnd'), report.openAtEnd)}
          </tbody>
        </table>
      </ScrollRegion>
      <h2>{t('support.continuityPage.lostHeading')}</h2>
      <ScrollRegion labelledBy="continuity-lost">
        <table class="table support-figures">
          <caption id="continuity-lost" class="visually-hidden">
            {t('support.continuityPage.lostHeading')}
          </caption>
          <tbody>
            {row(t('support.continuityPage.lostWorkerLeft'), report.lost.workerLeft)}
            {row(t('support.continuityPage.lostNoContact', days), report.lost.noContact)}
            {row(t('support.continuityPage.lostTotal'), report.lost.total, true)}
          </tbody>
        </table>
      </ScrollRegion>
      <p class="muted">{t('support.continuityPage.definitions', days)}</p>
      <ScrollRegion labelledBy="continuity-by-reason">
        <table class="table support-figures">
          <caption id="continuity-by-reason">{t('support.continuityPage.byReasonCaption')}</caption>
          <tbody>
            {CLOSE_REASONS.map((reason) =>
              row(t(`support.close.reasons.${reason}`), report.closed.byReason[reason] ?? 0),
            )}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}
