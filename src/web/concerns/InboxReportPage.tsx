import { useState } from 'preact/hooks';
import { useT } from '../i18n/i18n';
import { ErrorAlert } from '../ui/errors';
import { LiveStatus } from '../ui/Field';
import { PageHeading } from '../ui/PageHeading';
import { RadioGroup } from '../ui/RadioGroup';
import { useResource } from '../ui/useResource';
import { INBOX_PATH } from './access';
import {
  acknowledgeReport,
  FEEDBACK_KINDS,
  type FeedbackKind,
  fetchInboxReport,
  giveFeedback,
  inboxReportPdfUrl,
  type Report,
} from './api';
import { InputField } from './fields';
import { DocumentActions, ReceptionAnswer, ReportView } from './ReportView';
import { concernErrorText, issueText, serverIssues } from './text';
import './concerns.css';

/** `/mottagning/:reportId`: one report for the reception: read it, acknowledge it, tell the reporter what happens. */
export function InboxReportPage({ reportId }: { reportId: string }) {
  const { t } = useT();
  const report = useResource(() => fetchInboxReport(reportId), [reportId]);
  const [status, setStatus] = useState('');
  const update = (updated: Report, text: string) => {
    report.set(() => updated);
    setStatus(text);
  };
  return (
    <div class="concern-page">
      <p class="concern-back">
        <a href={INBOX_PATH}>{t('concerns.detail.backToInbox')}</a>
      </p>
      <PageHeading title={t('concerns.detail.heading')} />
      <ErrorAlert error={report.error} />
      {report.loading && !report.data && <p class="live-status">{t('app.loading')}</p>}
      <LiveStatus>{status}</LiveStatus>
      {report.data && (
        <>
          <ReceptionAnswer report={report.data} />
          {report.data.status === 'sent' ? (
            <AcknowledgeButton
              reportId={reportId}
              onDone={(updated) => update(updated, t('concerns.inbox.acknowledgedNow'))}
            />
          ) : (
            <FeedbackForm
              report={report.data}
              onDone={(updated) => update(updated, t('concerns.inbox.feedbackSent'))}
            />
          )}
          <DocumentActions pdfUrl={inboxReportPdfUrl(reportId)} />
          <ReportView report={report.data} />
        </>
      )}
    </div>
  );
}

function AcknowledgeButton({ reportId, onDone }: { reportId: string; onDone: (report: Report) => void }) {
  const { t } = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  async function acknowledge() {
    setBusy(true);
    setError(null);
    try {
      onDone(await acknowledgeReport(reportId));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }
  return (
    <div class="concern-feedback">
      {error !== null && (
        <p class="alert alert-error" role="alert">
          {concernErrorText(error, t)}
        </p>
      )}
      <button type="button" class="button button-primary" disabled={busy} onClick={acknowledge}>
        {busy ? t('concerns.inbox.acknowledging') : t('concerns.inbox.acknowledge')}
      </button>
    </div>
  );
}

/** The answer the reporter gets: what happens with the report, and at most a short, anonymous message. */
function FeedbackForm({ report, onDone }: { report: Report; onDone: (report: Report) => void }) {
  const { t } = useT();
  const [kind, setKind] = useState<FeedbackKind | ''>(report.feedback?.kind ?? '');
  const [message, setMessage] = useState(report.feedback?.message ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [missingKind, setMissingKind] = useState(false);
  const issues = serverIssues(error);

  async function onSubmit(event: Event) {
    event.preventDefault();
    setMissingKind(!kind);
    if (!kind) return;
    setBusy(true);
    setError(null);
    try {
      onDone(await giveFeedback(report.id, kind, message.trim() || null));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="concern-feedback panel" noValidate onSubmit={onSubmit}>
      <p class="field-hint">{t('concerns.inbox.feedbackHint')}</p>
      <RadioGroup
        look="list"
        legend={t('concerns.inbox.feedbackLegend')}
        value={kind}
        onChange={setKind}
        error={missingKind && !kind ? issueText('required', t) : undefined}
        options={FEEDBACK_KINDS.map((value) => ({ value, label: t(`concerns.feedback.${value}`) }))}
      />
      <InputField
        kind="textarea"
        label={t('concerns.inbox.message')}
        value={message}
        onInput={setMessage}
        error={issueText(issues.message, t)}
        maxLength={500}
      />
      {error !== null && !issues.message && (
        <p class="alert alert-error" role="alert">
          {concernErrorText(error, t)}
        </p>
      )}
      <div>
        <button type="submit" class="button button-primary" disabled={busy}>
          {busy ? t('concerns.inbox.sendingFeedback') : t('concerns.inbox.sendFeedback')}
        </button>
      </div>
    </form>
  );
}
