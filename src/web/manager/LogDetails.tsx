import { useT } from '../i18n/i18n';
import { formatPoint } from '../map/geo';
import { clock } from './dates';
import type { Namer } from './namer';
import type { Shift } from './types';

/** Topics of conversation with their counts, most talked about first. */
export function TopicList({ topics, name }: { topics: Shift['topics']; name: Namer }) {
  const { t } = useT();
  if (topics.length === 0) return <p>{t('manager.review.noTopics')}</p>;
  const sorted = [...topics].sort((a, b) => b.count - a.count);
  return (
    <ul class="tally-list">
      {sorted.map((topic) => (
        <li key={topic.topicId}>
          <span>{name.category(topic.topicId)}</span>
          <span class="tally-count">{topic.count}</span>
        </li>
      ))}
    </ul>
  );
}

/** Guidance, guardian contacts, reports of concern and the rest, with who they concerned. */
export function ActionList({ actions, name }: { actions: Shift['actions']; name: Namer }) {
  const { t } = useT();
  if (actions.length === 0) return <p>{t('manager.review.noActions')}</p>;
  return (
    <ul class="tally-list">
      {actions.map((action, index) => {
        const kind = t(`fieldLog.actionKinds.${action.kind}`);
        const what = action.serviceId
          ? t('manager.review.actionService', { kind, service: name.category(action.serviceId) })
          : kind;
        return (
          // Tallies have no id of their own; their order is stable within one version.
          <li key={`${action.kind}:${action.serviceId}:${action.gender}:${action.ageBandId}:${index}`}>
            <span>
              {what}
              <span class="muted">
                {' '}
                ({t(`fieldLog.genders.${action.gender}`)}, {name.category(action.ageBandId)})
              </span>
            </span>
            <span class="tally-count">{action.count}</span>
          </li>
        );
      })}
    </ul>
  );
}

/** What was seen, where, when and how serious. */
export function ObservationList({
  observations,
  name,
}: {
  observations: Shift['observations'];
  name: Namer;
}) {
  const { t, locale } = useT();
  if (observations.length === 0) return <p>{t('manager.review.noObservations')}</p>;
  const sorted = [...observations].sort((a, b) => a.observedAt.localeCompare(b.observedAt));
  return (
    <ul class="observation-list">
      {sorted.map((observation) => (
        <li key={observation.id} class={`observation observation-${observation.severity}`}>
          <div class="observation-head">
            <strong>{name.category(observation.typeId)}</strong>
            <span class={`badge badge-severity-${observation.severity}`}>
              {t('manager.review.severity', { level: t(`fieldLog.severities.${observation.severity}`) })}
            </span>
          </div>
          <p class="observation-meta">
            {[
              clock(observation.observedAt, locale),
              observation.areaId ? name.area(observation.areaId) : null,
              observation.estimatedSize
                ? t('manager.review.estimatedSize', { count: observation.estimatedSize })
                : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
          {observation.point && (
            <p class="observation-point">
              {t('manager.review.point', { point: formatPoint(observation.point) })}
            </p>
          )}
          {observation.note && <p class="observation-note">{observation.note}</p>}
        </li>
      ))}
    </ul>
  );
}
