import { adjustTally, topicKey } from '../../../shared/tallies';
import { useT } from '../../i18n/i18n';
import type { Category, TopicTally } from '../model';
import { categoryLabel, choices } from '../reference';

type Props = { topics: TopicTally[]; categories: Category[]; onChange: (topics: TopicTally[]) => void };

/** Topics of conversation: each tap on a chip counts one more; chosen ones get a − beside them. */
export function TopicSection({ topics, categories, onChange }: Props) {
  const { t, locale } = useT();
  const count = (topicId: string) => topics.find((tally) => tally.topicId === topicId)?.count ?? 0;
  const add = (topicId: string, delta: number) => onChange(adjustTally(topics, { topicId }, delta, topicKey));
  const list = choices(
    categories,
    'topic',
    topics.map((tally) => tally.topicId),
  );
  return (
    <section class="editor-section" aria-labelledby="topics-heading">
      <h2 id="topics-heading">{t('shifts.editor.topics')}</h2>
      <p class="field-hint">{t('shifts.editor.topicsHint')}</p>
      <ul class="chips chips-scroll">
        {list.map((topic) => {
          const label = categoryLabel(topic, locale);
          const n = count(topic.id);
          return (
            <li key={topic.id} class={n > 0 ? 'count-chip count-chip-on' : 'count-chip'}>
              <button type="button" class="chip" aria-pressed={n > 0} onClick={() => add(topic.id, 1)}>
                {label}
                {n > 0 && (
                  <>
                    <span class="chip-count" aria-hidden="true">
                      {n}
                    </span>
                    <span class="visually-hidden">, {t('shifts.editor.timesCount', { count: n })}</span>
                  </>
                )}
              </button>
              {n > 0 && (
                <button
                  type="button"
                  class="chip-minus"
                  aria-label={t('shifts.editor.removeOne', { what: label })}
                  onClick={() => add(topic.id, -1)}
                >
                  <span aria-hidden="true">−</span>
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
