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
  const user = useUser();
  const setting = useCached(`${user.id}:roleSeparation`, fetchRoleSeparation);
  // The time use the shift opened with stays on offer, so an older authority shift can be kept as it was.
  const [opened] = useState(current);
  return timeUseChoices([current, opened], setting.data?.fieldWorkersDoAuthorityTasks ?? false);
}
