import { useT } from '../i18n/i18n';
import { newShiftPath } from './access';

/** "Nytt pass", one per unit the user logs shifts in (named when there are several). */
export function NewShiftButtons({
  units,
  quiet = false,
}: {
  units: { id: string; name: string }[];
  /** A plain button, where logging a planned shift is the first thing offered. */
  quiet?: boolean;
}) {
  const { t } = useT();
  return (
    <div class="new-shift">
      {units.map((unit) => (
        <a
          key={unit.id}
          class={quiet ? 'button button-big' : 'button button-primary button-big'}
          href={newShiftPath(unit.id)}
        >
          {units.length > 1 ? t('shifts.newShiftIn', { unit: unit.name }) : t('shifts.newShift')}
        </a>
      ))}
    </div>
  );
}
