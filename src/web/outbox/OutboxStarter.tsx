import { useEffect } from 'preact/hooks';
import { useUser } from '../auth/session';
import { shiftUnits } from '../shifts/access';

/**
 * Starts sending the signed-in user's queued saves as soon as the app is open (the outbox itself is
 * loaded lazily, outside the first screen's code), and resumes after a new sign-in. Also caches what
 * the editor needs, for logging offline later.
 */
export function OutboxStarter() {
  const user = useUser();
  const writes = user.permissions.includes('shifts.write');
  useEffect(() => {
    if (!writes) return;
    void import('./outbox').then((outbox) => outbox.startOutbox(user.id));
    const unitIds = shiftUnits(user).map((unit) => unit.id);
    void import('../shifts/reference').then((reference) => reference.warmReference(user.id, unitIds));
    return () => {
      void import('./outbox').then((outbox) => outbox.pauseOutbox());
    };
  }, [user.id, writes]);
  return null;
}
