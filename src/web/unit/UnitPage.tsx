import { api, call } from '../api/client';
import { useUser } from '../auth/session';
import { useT } from '../i18n/i18n';
import { ErrorAlert } from '../ui/errors';
import { LiveStatus } from '../ui/Field';
import { PageHeading } from '../ui/PageHeading';
import { useResource } from '../ui/useResource';

/** Who works in one field unit. */
export function UnitPage({ unitId }: { unitId: string }) {
  const { t } = useT();
  const user = useUser();
  const members = useResource(
    () => call(api.api.units[':unitId'].members.$get({ param: { unitId } })),
    [unitId],
  );
  const ownName = user.roles.find((grant) => grant.unitId === unitId)?.unitName;
  const tree = useResource(
    async () => (ownName ? null : call(api.api.organisation.$get({ query: { includeInactive: 'true' } }))),
    [ownName],
  );
  const name =
    ownName ??
    tree.data?.administrations
      .flatMap((administration) => administration.units)
      .find((unit) => unit.id === unitId)?.name ??
    t('unit.heading');

  // One's own unit carries the menu's name ("Min enhet"); the unit's own name comes under it.
  return (
    <>
      <PageHeading title={ownName ? t('nav.myUnit') : name} />
      {ownName && <p class="lead">{ownName}</p>}
      <section aria-labelledby="unit-members">
        <h2 id="unit-members">{t('unit.members')}</h2>
        <LiveStatus>{members.loading ? t('app.loading') : ''}</LiveStatus>
        <ErrorAlert error={members.error} />
        {members.data && members.data.members.length === 0 && <p>{t('unit.noMembers')}</p>}
        {members.data && members.data.members.length > 0 && (
          <ul class="member-list">
            {members.data.members.map((member) => (
              <li key={member.id}>
                <span class="member-name">{member.displayName}</span>
                <span class="member-roles">{member.roles.map((role) => t(`roles.${role}`)).join(', ')}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
