import { useState } from 'preact/hooks';
import { api, call } from '../../api/client';
import type { Administration, User } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { ErrorAlert } from '../../ui/errors';
import { type FieldErrors, fieldErrors } from './issues';
import { RoleRows } from './RoleRows';
import { draftFromGrant, draftIssues, type RoleDraft, toGrantInput } from './roleDraft';

type Props = {
  user: User;
  administrations: Administration[];
  onSaved: (user: User, message: string) => void;
};

export function UserRolesForm({ user, administrations, onSaved }: Props) {
  const { t } = useT();
  const [drafts, setDrafts] = useState<RoleDraft[]>(() => user.roles.map(draftFromGrant));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    if (busy) return;
    const found: FieldErrors = {};
    for (const [path, issue] of Object.entries(draftIssues(drafts))) found[path] = t(`users.issues.${issue}`);
    setErrors(found);
    setError(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const json = { roles: drafts.map(toGrantInput) };
      const next = await call(api.api.users[':userId'].roles.$put({ param: { userId: user.id }, json }));
      setDrafts(next.roles.map(draftFromGrant));
      onSaved(next, t('users.rolesSaved'));
    } catch (caught) {
      setErrors(fieldErrors(caught, t));
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="panel" aria-labelledby="user-roles">
      <h2 id="user-roles">{t('users.roles')}</h2>
      <form class="form" onSubmit={submit} noValidate aria-busy={busy}>
        <RoleRows drafts={drafts} onChange={setDrafts} administrations={administrations} errors={errors} />
        {Object.keys(errors).length > 0 && !error && (
          <p class="alert alert-error" role="alert">
            {t('errors.validation_failed')}
          </p>
        )}
        <ErrorAlert error={error} />
        <button type="submit" class="button button-primary" disabled={busy}>
          {t('users.saveRoles')}
        </button>
      </form>
    </section>
  );
}
