import { useUser } from '../auth/session';
import { useT } from '../i18n/i18n';
import { ErrorAlert } from '../ui/errors';
import { PageHeading } from '../ui/PageHeading';
import { useResource } from '../ui/useResource';
import { concernPath, newConcernPath, reportingUnits } from './access';
import { fetchUnitReports } from './api';
import { ReportList } from './ReportList';
import './concerns.css';

/** `/orosanmalan`: the reports the user sent (a unit manager: the unit's), with the reception's answers. */
export function MyConcernsPage() {
  const { t } = useT();
  const user = useUser();
  const units = reportingUnits(user);
  const manages = user.roles.some((grant) => grant.role === 'unit_manager');
  const reports = useResource(async () => {
    const lists = await Promise.all(units.map((unit) => fetchUnitReports(unit.id)));
    return lists.flat().sort((a, b) => b.sentAt.localeCompare(a.sentAt));
  }, [user.id]);

  return (
    <div class="concern-page">
      <PageHeading title={t('concerns.mine.heading')} />
      <p class="lead">{manages ? t('concerns.mine.managerIntro') : t('concerns.mine.intro')}</p>
      <p>
        <a class="button button-primary" href={newConcernPath()}>
          {t('concerns.mine.new')}
        </a>
      </p>
      <ErrorAlert error={reports.error} />
      {reports.loading && !reports.data && (
        <p class="live-status" role="status">
          {t('app.loading')}
        </p>
      )}
      {reports.data?.length === 0 && <p class="muted">{t('concerns.mine.none')}</p>}
      {reports.data && reports.data.length > 0 && (
        <ReportList
          reports={reports.data}
          href={(report) => concernPath(report.unit.id, report.id)}
          showSender={manages}
        />
      )}
    </div>
  );
}
