import { useT } from '../i18n/i18n';
import { ErrorAlert } from '../ui/errors';
import { PageHeading } from '../ui/PageHeading';
import { useResource } from '../ui/useResource';
import { inboxReportPath } from './access';
import { fetchInbox } from './api';
import { ReportList } from './ReportList';
import './concerns.css';

/** `/mottagning`: the reception's inbox, reports waiting for acknowledgement first, the most urgent on top. */
export function InboxPage() {
  const { t } = useT();
  const inbox = useResource(fetchInbox, []);
  return (
    <div class="concern-page">
      <PageHeading title={t('concerns.inbox.heading')} />
      <p class="lead">{t('concerns.inbox.intro')}</p>
      <ErrorAlert error={inbox.error} />
      {inbox.loading && !inbox.data && (
        <p class="live-status" role="status">
          {t('app.loading')}
        </p>
      )}
      {inbox.data?.length === 0 && <p class="muted">{t('concerns.inbox.none')}</p>}
      {inbox.data && inbox.data.length > 0 && (
        <ReportList reports={inbox.data} href={(report) => inboxReportPath(report.id)} showSender />
      )}
    </div>
  );
}
