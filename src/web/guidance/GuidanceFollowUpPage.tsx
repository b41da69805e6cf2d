import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useUser } from '../auth/session';
import { useT } from '../i18n/i18n';
import { shiftUnits } from '../shifts/access';
import { ErrorAlert } from '../ui/errors';
import { LiveStatus, SelectField } from '../ui/Field';
import { PageHeading } from '../ui/PageHeading';
import { useResource } from '../ui/useResource';
import { type FollowUpShift, fetchFollowUp } from './api';
import { remaining } from './draft';
import { ShiftFollowUp } from './ShiftFollowUp';
import '../shifts/shifts.css';
import './guidance.css';
import { GUIDANCE_PATH } from './paths';

/**
 * `/lotsning`: "Lotsning", the follow-up of guidance, for the user's unit (`?enhet=` picks another of theirs):
 * guidance from done shifts that awaits an outcome, as counts, never identities.
 */
export function GuidanceFollowUpPage() {
  const { t } = useT();
  const user = useUser();
  const { query, route } = useLocation();
  const units = shiftUnits(user);
  const unitId = units.find((unit) => unit.id === query.enhet)?.id ?? units[0]?.id ?? '';
  const list = useResource(() => fetchFollowUp(unitId), [unitId]);
  const [status, setStatus] = useState('');

  function saved(shift: FollowUpShift) {
    const done = shift.cells.every((cell) => remaining(cell) === 0);
    setStatus(t(done ? 'guidance.savedAll' : 'guidance.saved'));
    // A shift followed up in full leaves the list; others stay with what was saved.
    list.set(
      (current) =>
        current && {
          ...current,
          shifts: current.shifts
            .map((s) => (s.shiftId === shift.shiftId ? shift : s))
            .filter((s) => !(done && s.shiftId === shift.shiftId)),
        },
    );
  }

  return (
    <>
      <PageHeading title={t('guidance.heading')} />
      {units.length > 1 && (
        <SelectField
          label={t('guidance.unit')}
          value={unitId}
          onChange={(id) => route(`${GUIDANCE_PATH}?enhet=${id}`)}
          options={units.map((unit) => ({ value: unit.id, label: unit.name }))}
        />
      )}
      {list.data && (
        <p class="lead">
          {t('guidance.intro', { after: list.data.followUpAfterDays, within: list.data.followUpWithinDays })}
        </p>
      )}
      <LiveStatus>{list.loading && !list.data ? t('guidance.loading') : status}</LiveStatus>
      <ErrorAlert error={list.error} />
      {list.data?.shifts.length === 0 && <p>{t('guidance.empty')}</p>}
      {list.data?.shifts.map((shift) => (
        <ShiftFollowUp key={`${unitId}:${shift.shiftId}`} unitId={unitId} shift={shift} onSaved={saved} />
      ))}
    </>
  );
}
