import { useState } from 'preact/hooks';
import { useT } from '../i18n/i18n';
import { ErrorAlert } from '../ui/errors';
import { takeFlash } from '../ui/flash';
import { PageHeading } from '../ui/PageHeading';
import { useResource } from '../ui/useResource';
import { CONCERNS_PATH } from './access';
import { fetchUnitReport, unitReportPdfUrl } from './api';
import { DocumentActions, ReceptionAnswer, ReportView } from './ReportView';
import './concerns.css';

/** `/orosanmalan/:unitId/:reportId`: one report as sent, and what the reception has answered. */
export function ConcernPage({ unitId, reportId }: { unitId: string; reportId: string }) {
  const { t } = useT();
  const [flash] = useState(takeFlash);
  const report = useResource(() => fetchUnitReport(unitId, reportId), [unitId, reportId]);
  return (
    <div class="concern-page">
      <p class="concern-back">
        <a href={CONCERNS_PATH}>{t('concerns.detail.back')}</a>
      </p>
      <PageHeading title={t('concerns.detail.heading')} />
      {flash && (
        <p class="alert alert-success" role="status">
          {flash}
        </p>
      )}
      <ErrorAlert error={report.error} />
      {report.loading && !report.data && <p class="live-status">{t('app.loading')}</p>}
      {report.data && (
        <>
          <ReceptionAnswer report={report.data} />
          <DocumentActions pdfUrl={unitReportPdfUrl(unitId, reportId)} />
          <ReportView report={report.data} />
        </>
      )}
    </div>
  );
}
