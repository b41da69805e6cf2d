import { useMemo } from 'preact/hooks';
import { uuidv7 } from '../../shared/uuidv7';
import { Redirect } from '../auth/Redirect';
import { editorPath } from './access';

/** `/enhet/:unitId/pass/ny`: makes the new shift's id on the phone (works offline) and opens it. */
export function NewShiftPage({ unitId }: { unitId: string }) {
  const shiftId = useMemo(() => uuidv7(), []);
  return <Redirect to={`${editorPath(unitId, shiftId)}?ny=1`} />;
}
