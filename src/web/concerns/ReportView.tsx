import { formatDateTime } from '../i18n/format';
import { useT } from '../i18n/i18n';
import { stepUpBeforeDownload } from '../security/download';
import type { Report } from './api';

type Row = [label: string, value: string | null];

/** A titled list of label/value pairs; blanks say "not given" rather than vanish. */
function Facts({ title, rows }: { title: string; rows: Row[] }) {
  const { t } = useT();
  return (
    <section>
      <h2>{title}</h2>
      <dl>
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd class={value === null ? 'muted' : undefined}>{value ?? t('concerns.detail.notGiven')}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** The report as sent: the same document for the reporter, the unit manager and the reception. */
export function ReportView({ report }: { report: Report }) {
  const { t, locale } = useT();
  const when = (iso: string | null) => (iso ? formatDateTime(iso, locale) : null);
  const yesNo = (value: boolean | null) =>
    value === null ? null : t(value ? 'concerns.yesNo.yes' : 'concerns.yesNo.no');
  const { child } = report;
  return (
    <div class="concern-doc">
      <p class="lead">
        {t('concerns.detail.sentFrom', { sent: when(report.sentAt) ?? '', unit: report.unit.name })}
      </p>
      <Facts
        title={t('concerns.form.urgencySection')}
        rows={[
          [t('concerns.list.urgency'), t(`concerns.urgency.${report.urgency}`)],
          ...(report.urgency === 'immediate'
            ? ([[t('concerns.detail.emergencyContacted'), yesNo(report.emergencyContacted)]] as Row[])
            : []),
        ]}
      />
      <Facts
        title={t('concerns.form.childSection')}
        rows={[
          [t('concerns.form.childName'), child.name],
          [t('concerns.form.childPersonalIdentityNumber'), child.personalIdentityNumber],
          [t('concerns.form.childBirthDate'), child.birthDate],
          [t('concerns.form.childAddress'), child.address],
          [t('concerns.form.childSchool'), child.school],
          [t('concerns.form.childDescription'), child.description],
        ]}
      />
      <Facts
        title={t('concerns.form.guardianSection')}
        rows={[
          [t('concerns.form.guardians'), report.guardians],
          [t('concerns.form.guardianInformed'), t(`concerns.guardianInformed.${report.guardianInformed}`)],
          ...(report.guardianInformed === 'no'
            ? ([[t('concerns.form.guardianNotInformedReason'), report.guardianNotInformedReason]] as Row[])
            : []),
        ]}
      />
      <Facts
        title={t('concerns.form.concernSection')}
        rows={[
          [t('concerns.form.concern'), report.concern],
          [t('concerns.form.seenAndHeard'), report.seenAndHeard],
          [t('concerns.form.place'), report.place],
          [t('concerns.form.occurredAt'), when(report.occurredAt)],
        ]}
      />
      <Facts
        title={t('concerns.form.reporterSection')}
        rows={[
          [t('concerns.form.reporterName'), report.reporter.name],
          [t('concerns.form.reporterRole'), report.reporter.role],
          [t('concerns.form.reporterPhone'), report.reporter.phone],
        ]}
      />
      {report.shiftId && <p class="muted">{t('concerns.detail.shiftLinked')}</p>}
    </div>
  );
}

/** Where the report stands at the reception: acknowledged or not, and its feedback. */
export function ReceptionAnswer({ report }: { report: Report }) {
  const { t, locale } = useT();
  const { feedback } = report;
  return (
    <section class="panel" aria-labelledby="concern-answer-heading">
      <h2 id="concern-answer-heading">{t('concerns.detail.feedbackHeading')}</h2>
      <p>
        {report.acknowledgedAt
          ? t('concerns.detail.acknowledged', {
              at: formatDateTime(report.acknowledgedAt, locale),
              name: report.acknowledgedBy?.displayName ?? '',
            })
          : t('concerns.detail.notAcknowledged')}
      </p>
      {feedback ? (
        <div class="alert alert-info">
          <strong>{t(`concerns.feedback.${feedback.kind}`)}</strong>
          <p class="muted">
            {t('concerns.detail.feedbackGiven', {
              at: formatDateTime(feedback.at, locale),
              name: feedback.by.displayName,
            })}
          </p>
          {feedback.message && <p>{feedback.message}</p>}
        </div>
      ) : (
        report.acknowledgedAt && <p class="muted">{t('concerns.detail.noFeedback')}</p>
      )}
    </section>
  );
}

/** Download and print, kept out of the printout itself. */
export function DocumentActions({ pdfUrl }: { pdfUrl: string }) {
  const { t } = useT();
  return (
    <div class="actions concern-actions">
      <a class="button" href={pdfUrl} download onClick={stepUpBeforeDownload}>
        {t('concerns.detail.pdf')}
      </a>
      <button type="button" class="button button-quiet" onClick={() => window.print()}>
        {t('concerns.detail.print')}
      </button>
    </div>
  );
}
