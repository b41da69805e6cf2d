import { type Translate, useT } from '../../i18n/i18n';
import { actionLabel, auditTime, entityLabel, rolesLabel } from './labels';
import type { AuditEvent } from './types';

type Props = {
  events: AuditEvent[];
  /** Account names by id, to name the accounts an event concerns. */
  names: ReadonlyMap<string, string>;
};

/** Events as cards, not a table: they stay readable on a 360 px phone. */
export function AuditEventList({ events, names }: Props) {
  return (
    <ol class="audit-list">
      {events.map((event) => (
        <AuditEventItem key={event.id} event={event} names={names} />
      ))}
    </ol>
  );
}

function who(event: AuditEvent, t: Translate): string {
  if (event.actor.name) return event.actor.name;
  return event.actor.userId ? t('audit.list.unknownUser') : t('audit.list.system');
}

function AuditEventItem({ event, names }: { event: AuditEvent; names: ReadonlyMap<string, string> }) {
  const { t, locale } = useT();
  const entityName = event.entityType === 'user' && event.entityId ? names.get(event.entityId) : undefined;
  const hasDetails = Object.keys(event.details).length > 0;
  return (
    <li class="audit-event">
      <div class="audit-event-head">
        <span class="audit-event-action">{actionLabel(event.action, t)}</span>
        <span class="audit-event-seq">{t('audit.list.number', { seq: event.seq })}</span>
      </div>
      <time class="audit-event-time" dateTime={event.occurredAt}>
        {auditTime(event.occurredAt, locale)}
      </time>
      <dl class="audit-event-facts">
        <div>
          <dt>{t('audit.list.who')}</dt>
          <dd>{who(event, t)}</dd>
        </div>
        <div>
          <dt>{t('audit.list.role')}</dt>
          <dd>{rolesLabel(event.roles, t)}</dd>
        </div>
        <div>
          <dt>{t('audit.list.entity')}</dt>
          <dd>
            {entityLabel(event.entityType, t)}
            {entityName && `: ${entityName}`}
            {event.entityId && !entityName && <code class="audit-id"> {event.entityId}</code>}
          </dd>
        </div>
        <div>
          <dt>{t('audit.list.from')}</dt>
          <dd>{event.ip ?? t('audit.list.unknownAddress')}</dd>
        </div>
      </dl>
      {hasDetails && (
        <details class="audit-details">
          <summary>{t('audit.list.details')}</summary>
          <pre>{JSON.stringify(event.details, null, 2)}</pre>
        </details>
      )}
    </li>
  );
}
