import { useState } from 'preact/hooks';
import { api, call } from '../../api/client';
import type { User } from '../../api/types';
import { formatDateTime } from '../../i18n/format';
import { useT } from '../../i18n/i18n';
import { ErrorAlert } from '../../ui/errors';
import { LiveStatus } from '../../ui/Field';
import { PageHeading } from '../../ui/PageHeading';
import { useResource } from '../../ui/useResource';
import { AccountSection } from './AccountSection';
import { PasswordForm } from './PasswordForm';
import { SecondFactorResetSection } from './SecondFactorResetSection';
import { UserDetailsForm } from './UserDetailsForm';
import { UserRolesForm } from './UserRolesForm';
import { UserStatus } from './UserStatus';

/** One account: details, roles, a new password, and deactivate or reactivate. */
export function EditUserPage({ userId }: { userId: string }) {
  const { t, locale } = useT();
  const [status, setStatus] = useState('');
  const user = useResource(() => call(api.api.users[':userId'].$get({ param: { userId } })), [userId]);
  const tree = useResource(
    () => call(api.api.organisation.$get({ query: { includeInactive: 'false' } })),
    [],
  );

  /** Each form hands back the saved user; the page shows it and announces `message`. */
  function saved(next: User, message: string) {
    user.set(() => next);
    setStatus(message);
  }

  const current = user.data;
  return (
    <>
      <p class="breadcrumb">
        <a href="/admin/anvandare">{t('users.backToList')}</a>
      </p>
      <PageHeading title={current?.displayName ?? t('users.heading')} />
      <LiveStatus>{user.loading && !current ? t('app.loading') : status}</LiveStatus>
      <ErrorAlert error={user.error} />
      {current && (
        <>
          <dl class="facts">
            <div>
              <dt>{t('users.statusLabel')}</dt>
              <dd>
                <UserStatus user={current} />
              </dd>
            </div>
            <div>
              <dt>{t('users.lastSignIn')}</dt>
              <dd>
                {current.lastSignInAt
                  ? formatDateTime(current.lastSignInAt, locale)
                  : t('users.neverSignedIn')}
              </dd>
            </div>
            <div>
              <dt>{t('users.created')}</dt>
              <dd>{formatDateTime(current.createdAt, locale)}</dd>
            </div>
          </dl>
          <UserDetailsForm key={`details-${current.id}`} user={current} onSaved={saved} />
          <UserRolesForm
            key={`roles-${current.id}`}
            user={current}
            administrations={tree.data?.administrations ?? []}
            onSaved={saved}
          />
          <PasswordForm user={current} onSaved={saved} />
          <SecondFactorResetSection user={current} onDone={setStatus} />
          <AccountSection user={current} onSaved={saved} />
        </>
      )}
    </>
  );
}
