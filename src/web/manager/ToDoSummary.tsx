import { useT } from '../i18n/i18n';
import type { ToDo } from './todo';

/** "3 pass saknar logg", "5 loggar att granska": the manager's to-do in two sentences. */
export function ToDoSummary({ todo }: { todo: ToDo | undefined }) {
  const { t } = useT();
  if (!todo) return null;
  const missing = todo.needsLog.length;
  const review = todo.needsReview.length;
  return (
    <section class="todo" aria-labelledby="manager-todo">
      <h2 id="manager-todo" class="visually-hidden">
        {t('manager.todo')}
      </h2>
      <ul class="todo-list">
        <li class={missing > 0 ? 'todo-item todo-item-warning' : 'todo-item'}>
          {missing === 0
            ? t('manager.needsLogNone')
            : missing === 1
              ? t('manager.needsLogCountOne')
              : t('manager.needsLogCount', { count: missing })}
        </li>
        <li class={review > 0 ? 'todo-item todo-item-info' : 'todo-item'}>
          {review === 0
            ? t('manager.reviewNone')
            : review === 1
              ? t('manager.reviewCountOne')
              : t('manager.reviewCount', { count: review })}
        </li>
      </ul>
    </section>
  );
}
