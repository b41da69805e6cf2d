import type { ComponentType } from 'preact';
import { useUser } from '../auth/session';
import { ForbiddenPage } from '../layout/StatusPages';
import { managesSupport, worksWithSupport } from './access';

/** Renders `Page` only for the unit's own staff; everyone else sees "Ingen behörighet". */
export function requiringSupportUnit<P extends { unitId: string }>(Page: ComponentType<P>) {
  return function SupportGuard(props: P) {
    const user = useUser();
    return worksWithSupport(user, props.unitId) ? <Page {...props} /> : <ForbiddenPage />;
  };
}

/** Renders `Page` only for the unit's manager. */
export function requiringSupportManager<P extends { unitId: string }>(Page: ComponentType<P>) {
  return function SupportManagerGuard(props: P) {
    const user = useUser();
    return managesSupport(user, props.unitId) ? <Page {...props} /> : <ForbiddenPage />;
  };
}
