import { formatDateTime } from '../i18n/format';
import { useT } from '../i18n/i18n';
import type { ReportSummary } from './api';

/** Reports as rows to tap: the child, when, urgency and where each stands; the reception also sees who sent it. */
export function ReportList({
  reports,
  href,
  showSender,
}: {
  reports: ReportSummary[];
  href: (report: ReportSummary) => string;
  showSender: boolean;
}) {
  const { t, locale } = useT();
  return (
    <ul class="concern-list">
      {reports.map((report) => {
        const waiting = report.status === 'sent';
        const tone = [
          'concern-row',
          waiting ? 'concern-row-waiting' : '',
          waiting && report.urgency === 'immediate' ? 'concern-row-immediate' : '',
        ].join(' ');
        return (
          <li key={report.id}>
            <a class={tone} href={href(report)}>
              <span class="concern-row-title">{report.childName ?? t('concerns.list.unknownChild')}</span>
              <span class="concern-row-meta">
                {t('concerns.list.sentAt')} {formatDateTime(report.sentAt, locale)}
                {showSender && ` · ${report.reporterName}, ${report.unit.name}`}
              </span>
              <span class="concern-badges">
                <span class={`badge ${report.urgency === 'normal' ? 'badge-muted' : 'badge-danger'}`}>
                  {t(`concerns.urgency.${report.urgency}`)}
                </span>
                <span class={`badge ${waiting ? 'badge-waiting' : 'badge-active'}`}>
                  {waiting ? t('concerns.list.waiting') : t('concerns.status.acknowledged')}
                </span>
                {report.feedback && <span class="badge">{t(`concerns.feedback.${report.feedback}`)}</span>}
              </span>
            </a>
          </li>
        );
      })}
    </ul>
  );
}
