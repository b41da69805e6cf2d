import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { uuidv7 } from '../../shared/uuidv7';
import { useUser } from '../auth/session';
import { useT } from '../i18n/i18n';
import { canInUnit } from '../manager/paths';
import { shiftUnits } from '../shifts/access';
import { useAuthorityTasksAllowed } from '../shifts/editor/useTimeUseChoices';
import { formatMinutes } from '../shifts/format';
import { addDays, today } from '../statistics/period';
import { ErrorAlert } from '../ui/errors';
import { LiveStatus, SelectField } from '../ui/Field';
import { PageHeading } from '../ui/PageHeading';
import { useResource } from '../ui/useResource';
import { ActivityForm } from './ActivityForm';
import { ActivityList } from './ActivityList';
import { AssignmentsPanel } from './AssignmentsPanel';
import { type ActivityInput, deleteActivity, fetchActivities, fetchAssignments } from './api';
import { ACTIVITIES_PATH } from './paths';
import { dropPending, keepPending, type PendingActivity, pendingActivities, sendPending } from './pending';
import './activities.css';

/**
 * `/annat-arbete`: work outside shifts, logged in a few taps. Saved on the phone first and sent
 * when it can be, so nothing typed in a basement is lost. A manager also keeps the unit's list of
 * municipal assignments here, and sees everyone's activities.
 */
export function ActivitiesPage() {
  const { t, locale } = useT();
  const user = useUser();
  const { query, route } = useLocation();
  const units = shiftUnits(user);
  const unitId = units.find((unit) => unit.id === query.enhet)?.id ?? units[0]?.id ?? '';
  const manages = canInUnit(user, 'shifts.review', unitId);
  const from = `${addDays(today(), -62).slice(0, 7)}-01`;
  const to = addDays(today(), 1);
  const list = useResource(() => fetchActivities(unitId, from, to), [unitId]);
  const assignments = useResource(() => fetchAssignments(unitId), [unitId]);
  const authorityAllowed = useAuthorityTasksAllowed();
  const [pending, setPending] = useState<PendingActivity[]>([]);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<unknown>(null);

  async function flush() {
    const sent = await sendPending(user.id);
    setPending(await pendingActivities(user.id));
    if (sent.length > 0)
      list.set((current) => [...sent, ...(current ?? []).filter((a) => !sent.some((s) => s.id === a.id))]);
  }
  useEffect(() => {
    void flush();
    const online = () => void flush();
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, [user.id]);

  async function save(input: ActivityInput) {
    const entry: PendingActivity = {
      id: uuidv7(),
      unitId,
      ownerId: user.id,
      input,
      savedAt: new Date().toISOString(),
      refused: null,
    };
    await keepPending(entry);
    await flush();
    const left = (await pendingActivities(user.id)).find((p) => p.id === entry.id);
    const what = `${t(`fieldLog.activityKinds.${input.kind}`)}, ${formatMinutes(input.minutes, locale)}`;
    setStatus(
      left
        ? left.refused
          ? t('activities.refused', { message: left.refused.message })
          : t('activities.savedOnPhone')
        : t('activities.saved', { what }),
    );
  }

  async function remove(id: string) {
    setError(null);
    if (pending.some((p) => p.id === id)) {
      await dropPending(id);
      setPending(await pendingActivities(user.id));
    } else {
      try {
        await deleteActivity(unitId, id);
      } catch (failure) {
        return setError(failure);
      }
      list.set((current) => (current ?? []).filter((a) => a.id !== id));
    }
    setStatus(t('activities.removed'));
  }

  return (
    <>
      <PageHeading title={t('activities.heading')} />
      <p class="lead">{t('activities.intro')}</p>
      {units.length > 1 && (
        <SelectField
          label={t('activities.unit')}
          value={unitId}
          onChange={(id) => route(`${ACTIVITIES_PATH}?enhet=${id}`)}
          options={units.map((unit) => ({ value: unit.id, label: unit.name }))}
        />
      )}
      <ActivityForm assignments={assignments.data ?? []} authorityAllowed={authorityAllowed} onSave={save} />
      <LiveStatus>{status}</LiveStatus>
      <ErrorAlert error={error ?? list.error} />
      <ActivityList
        activities={list.data ?? []}
        pending={pending.filter((p) => p.unitId === unitId)}
        showNames={manages}
        loading={list.loading && !list.data}
        onRemove={remove}
      />
      {manages && <AssignmentsPanel unitId={unitId} assignments={assignments} />}
    </>
  );
}
