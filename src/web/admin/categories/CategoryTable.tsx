import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../../i18n/i18n';
import { EditCategoryForm } from './EditCategoryForm';
import type { Category, CategoryChange } from './types';

type CategoryTableProps = {
  categories: Category[];
  withAges: boolean;
  busy: boolean;
  nameOf: (category: Category) => string;
  onMove: (category: Category, delta: -1 | 1) => void;
  onSave: (category: Category, change: CategoryChange) => Promise<void>;
  onRetire: (category: Category) => void;
  onReinstate: (category: Category) => void;
};

/** The categories of one kind in order: labels, ages, and move, edit, retire or reinstate. */
export function CategoryTable(props: CategoryTableProps) {
  const { t } = useT();
  const { categories, withAges } = props;
  const [editing, setEditing] = useState<string | null>(null);
  /** The row whose "Ändra" takes the focus back when its form closes. */
  const [returnTo, setReturnTo] = useState<string | null>(null);
  const closeEditor = () => {
    setReturnTo(editing);
    setEditing(null);
  };
  const columns = withAges ? 5 : 4;
  return (
    <div class="table-wrap">
      <table class="table table-stack category-table">
        <thead>
          <tr>
            <th scope="col" class="number">
              {t('categories.order')}
            </th>
            <th scope="col">{t('categories.labelSv')}</th>
            <th scope="col">{t('categories.labelEn')}</th>
            {withAges && <th scope="col">{t('categories.ages')}</th>}
            <th scope="col">
              <span class="visually-hidden">{t('categories.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {categories.map((category, index) =>
            editing === category.id ? (
              <tr key={category.id} class="category-editing">
                <td colSpan={columns}>
                  <EditCategoryForm
                    category={category}
                    name={props.nameOf(category)}
                    onCancel={closeEditor}
                    onSave={async (change) => {
                      await props.onSave(category, change);
                      closeEditor();
                    }}
                  />
                </td>
              </tr>
            ) : (
              <CategoryRow
                key={category.id}
                {...props}
                category={category}
                first={index === 0}
                last={index === categories.length - 1}
                position={index + 1}
                onEdit={() => {
                  setReturnTo(null);
                  setEditing(category.id);
                }}
                takeFocus={returnTo === category.id}
              />
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}

type CategoryRowProps = CategoryTableProps & {
  category: Category;
  first: boolean;
  last: boolean;
  position: number;
  onEdit: () => void;
  takeFocus: boolean;
};

// The move buttons use aria-disabled, not disabled: a disabled button drops the keyboard focus, and
// after a move the same button (now maybe at the top or bottom) should keep it.
function CategoryRow({
  category,
  first,
  last,
  position,
  withAges,
  busy,
  nameOf,
  takeFocus,
  ...on
}: CategoryRowProps) {
  const { t } = useT();
  const editButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (takeFocus) editButton.current?.focus();
  }, [takeFocus]);
  const name = nameOf(category);
  return (
    <tr class={category.retired ? 'row-inactive' : undefined}>
      <td class="number category-position" data-label={t('categories.order')}>
        {position}
      </td>
      <th scope="row" lang="sv">
        {category.labelSv}
        {category.retired && <span class="badge badge-muted">{t('categories.retired')}</span>}
      </th>
      <td data-label={t('categories.labelEn')} lang="en">
        {category.labelEn}
      </td>
      {withAges && <td data-label={t('categories.ages')}>{ages(category, t)}</td>}
      <td class="category-actions">
        <div class="actions">
          <button
            type="button"
            class="button button-small button-icon"
            onClick={() => {
              if (!busy && !first) on.onMove(category, -1);
            }}
            aria-disabled={busy || first || undefined}
            aria-label={t('categories.moveUpItem', { name })}
            title={t('categories.moveUp')}
          >
            <span aria-hidden="true">↑</span>
          </button>
          <button
            type="button"
            class="button button-small button-icon"
            onClick={() => {
              if (!busy && !last) on.onMove(category, 1);
            }}
            aria-disabled={busy || last || undefined}
            aria-label={t('categories.moveDownItem', { name })}
            title={t('categories.moveDown')}
          >
            <span aria-hidden="true">↓</span>
          </button>
          <button
            type="button"
            class="button button-small"
            onClick={on.onEdit}
            ref={editButton}
            aria-label={t('categories.editItem', { name })}
          >
            {t('categories.edit')}
          </button>
          {category.retired ? (
            <button
              type="button"
              class="button button-small"
              disabled={busy}
              onClick={() => on.onReinstate(category)}
              aria-label={t('categories.reinstateItem', { name })}
            >
              {t('categories.reinstate')}
            </button>
          ) : (
            <button
              type="button"
              class="button button-small"
              disabled={busy}
              onClick={() => on.onRetire(category)}
              aria-label={t('categories.retireItem', { name })}
            >
              {t('categories.retire')}
            </button>
          )}
        </div>
      </td>
    </tr>
  );
}

function ages(category: Category, t: ReturnType<typeof useT>['t']): string {
  const { minAge: min, maxAge: max } = category;
  if (min !== null && max !== null) return t('categories.agesRange', { min, max });
  if (min !== null) return t('categories.agesFrom', { min });
  if (max !== null) return t('categories.agesTo', { max });
  return '–';
}
