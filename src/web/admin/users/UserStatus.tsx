import type { User } from '../../api/types';
import { useT } from '../../i18n/i18n';

export type UserStatusKind = 'active' | 'inactive' | 'locked';

export function userStatus(user: Pick<User, 'active' | 'locked'>): UserStatusKind {
  if (!user.active) return 'inactive';
  return user.locked ? 'locked' : 'active';
}

/** "aktiv", "avaktiverad" or "spärrad från en adress" (wrong passwords hold one address back), as a badge. */
export function UserStatus({ user }: { user: Pick<User, 'active' | 'locked'> }) {
  const { t } = useT();
  const status = userStatus(user);
  return <span class={`badge badge-${status}`}>{t(`users.status.${status}`)}</span>;
}
