import { ROLES } from '../../shared/roles';
import { useT } from '../i18n/i18n';
import { dateTime } from './dates';
import type { Namer } from './namer';
import { fieldLabel, revisionValue } from './revisionValues';
import type { ShiftRevision } from './types';

type RevisionHistoryProps = { revisions: ShiftRevision[]; name: Namer };

/** Who changed what and when, newest first; every value shown as words, not ids. */
export function RevisionHistory({ revisions, name }: RevisionHistoryProps) {
  const { t, locale } = useT();
  if (revisions.length === 0) return <p>{t('manager.review.noHistory')}</p>;
  const newestFirst = [...revisions].sort((a, b) => b.version - a.version);
  const context = { t, locale, name };

  const roles = (text: string) =>
    text
      .split(',')
      .map((role) => role.trim())
      .filter((role): role is (typeof ROLES)[number] => (ROLES as readonly string[]).includes(role))
      .map((role) => t(`roles.${role}`))
      .join(', ');

  return (
    <ol class="revision-list">
      {newestFirst.map((revision) => {
        const who = revision.changedBy?.displayName ?? t('manager.review.unknownPerson');
        const whoRoles = roles(revision.changedByRoles);
        const created = revision.version === 1;
        return (
          <li key={revision.version} class="revision">
            <h3 class="revision-head">
              <span class="revision-version">
                {t('manager.review.version', { version: revision.version })}
              </span>{' '}
              <span class="revision-meta">
                {t('manager.review.changedBy', { date: dateTime(revision.changedAt, locale), name: who })}
                {whoRoles && ` (${whoRoles})`}
              </span>
            </h3>
            {created ? (
              <p class="muted">{t('manager.review.created')}</p>
            ) : (
              <dl class="change-list">
                {revision.changes.map((change) => (
                  <div key={change.field} class="change">
                    <dt>{fieldLabel(change.field, t)}</dt>
                    <dd>
                      <span class="change-before">{revisionValue(change.field, change.before, context)}</span>
                      <span class="change-arrow">{' → '}</span>
                      <span class="change-after">{revisionValue(change.field, change.after, context)}</span>
                    </dd>
                  </div>
                ))}
              </dl>
            )}
          </li>
        );
      })}
    </ol>
  );
}
