import type { ComponentType } from 'preact';
import { useUser } from '../auth/session';
import { ForbiddenPage } from '../layout/StatusPages';
import { canInUnit } from './paths';

/** Renders `Page` only for users who may read this unit's shifts; others see "Ingen behörighet". */
export function requiringUnitShifts<P extends { unitId: string }>(Page: ComponentType<P>) {
  return function UnitShiftsGuard(props: P) {
    const user = useUser();
    return canInUnit(user, 'shifts.read', props.unitId) ? <Page {...props} /> : <ForbiddenPage />;
  };
}
