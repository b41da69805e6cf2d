import { api, call } from '../api/client';
import { Redirect } from '../auth/Redirect';
import { useUser } from '../auth/session';
import { useT } from '../i18n/i18n';
import { unitLink, userUnits } from '../layout/navigation';
import { ErrorAlert } from '../ui/errors';
import { LiveStatus } from '../ui/Field';
import { PageHeading } from '../ui/PageHeading';
import { useResource } from '../ui/useResource';

/** "Min enhet" for someone in several units, or all units for someone who oversees them all. */
export function UnitListPage() {
  const { t } = useT();
  const user = useUser();
  const own = userUnits(user);
  const only = own.length === 1 ? own[0] : undefined;
  if (only) return <Redirect to={`/enhet/${only.id}`} />;
  return (
    <>
      <PageHeading title={t(unitLink(user).label)} />
      <p>{t('unit.chooseIntro')}</p>
      {own.length > 0 ? <UnitLinks units={own} /> : <AllUnits />}
    </>
  );
}

function UnitLinks({ units }: { units: { id: string; name: string }[] }) {
  return (
    <ul class="link-list">
      {units.map((unit) => (
        <li key={unit.id}>
          <a href={`/enhet/${unit.id}`}>{unit.name}</a>
        </li>
      ))}
    </ul>
  );
}

function AllUnits() {
  const { t } = useT();
  const tree = useResource(
    () => call(api.api.organisation.$get({ query: { includeInactive: 'false' } })),
    [],
  );
  const withUnits = tree.data?.administrations.filter((administration) => administration.units.length > 0);
  return (
    <>
      <LiveStatus>{tree.loading ? t('app.loading') : ''}</LiveStatus>
      <ErrorAlert error={tree.error} />
      {withUnits?.map((administration) => (
        <section key={administration.id} aria-labelledby={`adm-${administration.id}`}>
          <h2 id={`adm-${administration.id}`}>{administration.name}</h2>
          <UnitLinks units={administration.units} />
        </section>
      ))}
      {withUnits?.length === 0 && <p>{t('unit.noUnits')}</p>}
    </>
  );
}
