import { useEffect, useState } from 'preact/hooks';
import { api, call } from '../../api/client';
import type { User } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { ErrorAlert } from '../../ui/errors';
import { LiveStatus, TextField } from '../../ui/Field';
import { takeFlash } from '../../ui/flash';
import { PageHeading } from '../../ui/PageHeading';
import { roleText } from '../../ui/roleText';
import { useResource } from '../../ui/useResource';
import { UserStatus } from './UserStatus';

const SEARCH_DELAY_MS = 250;

/** All accounts: search, show deactivated, and a way to create a new one. */
export function UsersPage() {
  const { t } = useT();
  const [flash] = useState(takeFlash);
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState('');
  const [showInactive, setShowInactive] = useState(false);

  useEffect(() => {
    const timer = setTimeout(() => setSearch(query.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [query]);

  const includeInactive = showInactive ? 'true' : 'false';
  const users = useResource(
    () => call(api.api.users.$get({ query: search ? { q: search, includeInactive } : { includeInactive } })),
    [search, includeInactive],
  );
  const list = users.data?.users;

  return (
    <>
      <div class="page-head">
        <PageHeading title={t('users.heading')} />
        <a class="button button-primary" href="/admin/anvandare/ny">
          {t('users.newUser')}
        </a>
      </div>
      {flash && (
        <p class="alert alert-success" role="status">
          {flash}
        </p>
      )}

      <search class="filters">
        <TextField label={t('users.search')} type="search" value={query} onInput={setQuery} />
        <label class="checkbox">
          <input
            type="checkbox"
            checked={showInactive}
            onChange={(event) => setShowInactive(event.currentTarget.checked)}
          />
          {t('users.showInactive')}
        </label>
      </search>

      <LiveStatus>
        {users.loading ? t('app.loading') : list ? t('users.count', { count: list.length }) : ''}
      </LiveStatus>
      <ErrorAlert error={users.error} />
      {list && list.length === 0 && <p>{t('users.none')}</p>}
      {list && list.length > 0 && (
        <ul class="user-list">
          {list.map((user) => (
            <UserRow key={user.id} user={user} />
          ))}
        </ul>
      )}
    </>
  );
}

function UserRow({ user }: { user: User }) {
  const { t } = useT();
  return (
    <li class={user.active ? 'user-row' : 'user-row user-row-inactive'}>
      <div class="user-row-head">
        <a class="user-name-link" href={`/admin/anvandare/${user.id}`}>
          {user.displayName}
        </a>
        <UserStatus user={user} />
      </div>
      <div class="user-email">{user.email}</div>
      <div class="user-roles">{user.roles.map((grant) => roleText(grant, t)).join(' · ')}</div>
    </li>
  );
}
