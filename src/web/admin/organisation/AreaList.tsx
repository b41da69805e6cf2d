import type { Area, Unit } from '../../api/types';
import { useT } from '../../i18n/i18n';

/** The areas with their kind and the unit that works there. */
export function AreaList({ areas, units }: { areas: Area[]; units: Unit[] }) {
  const { t } = useT();
  if (areas.length === 0) return <p>{t('organisation.noAreas')}</p>;
  const unitNames = new Map(units.map((unit) => [unit.id, unit.name]));
  return (
    <div class="table-wrap">
      <table class="table table-stack">
        <thead>
          <tr>
            <th scope="col">{t('organisation.areaName')}</th>
            <th scope="col">{t('organisation.areaKind')}</th>
            <th scope="col">{t('organisation.areaUnit')}</th>
          </tr>
        </thead>
        <tbody>
          {areas.map((area) => (
            <tr key={area.id} class={area.active ? undefined : 'row-inactive'}>
              <th scope="row">
                {area.name}
                {!area.active && <span class="badge badge-muted">{t('common.inactive')}</span>}
              </th>
              <td data-label={t('organisation.areaKind')}>{t(`areaKinds.${area.kind}`)}</td>
              <td data-label={t('organisation.areaUnit')}>
                {area.unitId ? (unitNames.get(area.unitId) ?? '–') : t('organisation.noUnit')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
