import { useLocation } from 'preact-iso';
import { useUser } from '../../auth/session';
import { useT } from '../../i18n/i18n';
import { ErrorAlert } from '../../ui/errors';
import { PageHeading } from '../../ui/PageHeading';
import { SHIFTS_PATH, shiftUnits } from '../access';
import { useReference } from '../reference';
import '../shifts.css';
import { ShiftEditor } from './ShiftEditor';
import { useShiftDocument } from './useShiftDocument';

/** `/enhet/:unitId/pass/:shiftId`: loads the shift and what names things, then the editor. */
export function ShiftEditorPage({ unitId, shiftId }: { unitId: string; shiftId: string }) {
  const { t } = useT();
  const user = useUser();
  const { query } = useLocation();
  const mine = shiftUnits(user).some((unit) => unit.id === unitId);
  const { reference, error } = useReference(user.id, unitId);
  const { loaded, reload } = useShiftDocument(unitId, shiftId, user.id, query.ny === '1');

  const back = (
    <p>
      <a href={SHIFTS_PATH}>{t('shifts.editor.back')}</a>
    </p>
  );
  if (!mine) {
    return (
      <>
        <PageHeading title={t('forbidden.heading')} />
        <p>{t('shifts.editor.notYourUnit')}</p>
        {back}
      </>
    );
  }
  if (loaded.status === 'missing' || loaded.status === 'error' || (!reference && error)) {
    return (
      <>
        <PageHeading title={t('shifts.editor.newHeading')} />
        {loaded.status === 'missing' && (
          <p class="alert alert-warning">
            {loaded.offline ? t('shifts.editor.missingOffline') : t('shifts.editor.missing')}
          </p>
        )}
        <ErrorAlert error={loaded.status === 'error' ? loaded.error : error} />
        {back}
      </>
    );
  }
  if (loaded.status === 'loading' || !reference) {
    return (
      <p class="page-loading" role="status">
        {t('shifts.editor.loading')}
      </p>
    );
  }
  return (
    <ShiftEditor
      key={shiftId}
      unitId={unitId}
      shiftId={shiftId}
      userId={user.id}
      reference={reference}
      loaded={loaded}
      onReload={reload}
    />
  );
}
