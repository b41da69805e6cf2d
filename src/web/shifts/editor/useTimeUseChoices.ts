import { useState } from 'preact/hooks';
import { timeUseChoices } from '../../../shared/activity-tag';
import type { TimeUse } from '../../../shared/field-log';
import { api, call } from '../../api/client';
import { useUser } from '../../auth/session';
import { useCached } from '../useCached';

const fetchRoleSeparation = () => call(api.api.privacy['role-separation'].$get());

/**
 * The time uses to offer: authority tasks only where the municipality lets field workers carry them
 * out. Offline and never asked, the phone assumes not; the server's check is the one that counts.
 */
export function useTimeUseChoices(current: TimeUse): TimeUse[] {
  const allowed = useAuthorityTasksAllowed();
  // The time use the shift opened with stays on offer, so an older authority shift can be kept as it was.
  const [opened] = useState(current);
  return timeUseChoices([current, opened], allowed);
}

/** Whether field workers here may carry out authority tasks (offline and never asked: no). */
export function useAuthorityTasksAllowed(): boolean {
  const user = useUser();
  const setting = useCached(`${user.id}:roleSeparation`, fetchRoleSeparation);
  return setting.data?.fieldWorkersDoAuthorityTasks ?? false;
}
