import { useState } from 'preact/hooks';
import type { SessionUser } from '../api/types';
import { can, useUser } from '../auth/session';
import { useT } from '../i18n/i18n';
import { PageHeading } from '../ui/PageHeading';
import type { CalendarNight } from './api';
import { CoverageSection } from './CoverageSection';
import { ManageNights } from './ManageNights';
import { UnitAnswers } from './UnitAnswers';
import './risk-nights.css';

/** The unit whose answers the page shows: the one the user manages, else the one they work in. */
function ownUnit(user: SessionUser): { id: string; name: string } | undefined {
  const grant =
    user.roles.find((g) => g.role === 'unit_manager' && g.unitId) ??
    user.roles.find((g) => g.role === 'field_worker' && g.unitId);
  return grant?.unitId ? { id: grant.unitId, name: grant.unitName ?? '' } : undefined;
}

const stockholmYear = () =>
  Number(
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm', year: 'numeric' }).format(new Date()),
  );

/**
 * `/riskkvallar`: the year's risk nights. A unit's staff see their unit's answers (its manager
 * answers and plans the shift), everyone sees the city's coverage, administrators put out dates.
 */
export function RiskNightsPage() {
  const { t } = useT();
  const user = useUser();
  const [year, setYear] = useState(stockholmYear);
  // Bumped after every change, so the unit's answers and the coverage load again together.
  const [revision, setRevision] = useState(0);
  const changed = () => setRevision((r) => r + 1);
  // The night the administrator is changing, in the form at the top; null adds a new one.
  const [editing, setEditing] = useState<CalendarNight | null>(null);
  const unit = ownUnit(user);
  return (
    <div class="risk-page">
      <PageHeading title={t('riskNights.heading')} />
      <p class="lead">{t('riskNights.intro')}</p>
      <nav class="risk-year" aria-label={t('riskNights.year', { year })}>
        <button type="button" class="button button-quiet" onClick={() => setYear(year - 1)}>
          {t('riskNights.previousYear')}
        </button>
        <p aria-live="polite">
          <strong>{t('riskNights.year', { year })}</strong>
        </p>
        <button type="button" class="button button-quiet" onClick={() => setYear(year + 1)}>
          {t('riskNights.nextYear')}
        </button>
      </nav>
      {can(user, 'riskNights.manage') && (
        <ManageNights year={year} editing={editing} onDone={() => setEditing(null)} onChanged={changed} />
      )}
      {unit && (
        <UnitAnswers
          unit={unit}
          year={year}
          revision={revision}
          canAnswer={can(user, 'riskNights.answer')}
          onChanged={changed}
        />
      )}
      <CoverageSection
        year={year}
        revision={revision}
        onEdit={can(user, 'riskNights.manage') ? setEditing : undefined}
        onChanged={changed}
      />
    </div>
  );
}
