import type { SessionUser } from '../api/types';
import { can, useUser } from '../auth/session';
import { useT } from '../i18n/i18n';
import { stepUpBeforeDownload } from '../security/download';
import type { Period } from './period';
import type { Scope } from './scopes';

export const RESEARCH_EXPORT_HEADING = 'stats-research-export';

/** Whether the research export is offered for this place: the whole municipality, to those who may export. */
export const offersResearchExport = (scope: Scope, user: SessionUser) =>
  scope.kind === 'municipality' && can(user, 'statistics.export');

/**
 * The anonymous research export of the period, for analysts who reach the whole municipality.
 * A plain link: the browser sends the session cookie and saves the file the server names.
 */
export function ResearchExport({ scope, period }: { scope: Scope; period: Period }) {
  const { t } = useT();
  const user = useUser();
  if (!offersResearchExport(scope, user)) return null;
  const query = new URLSearchParams({ from: period.from, to: period.to });
  return (
    <section class="stats-section no-print" aria-labelledby={RESEARCH_EXPORT_HEADING}>
      <div class="stats-section-head">
        <h2 id={RESEARCH_EXPORT_HEADING} tabIndex={-1}>
          {t('statistics.researchExport.heading')}
        </h2>
        <a
          class="button button-small"
          href={`/api/statistics/research-export?${query}`}
          download
          onClick={stepUpBeforeDownload}
        >
          {t('statistics.researchExport.download', { from: period.from, to: period.to })}
        </a>
      </div>
      <p class="muted">{t('statistics.researchExport.text')}</p>
    </section>
  );
}
