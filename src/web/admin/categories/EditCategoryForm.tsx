import { useT } from '../../i18n/i18n';
import { ErrorAlert } from '../../ui/errors';
import { CategoryFields } from './CategoryFields';
import type { Category, CategoryChange } from './types';
import { useCategoryDraft } from './useCategoryDraft';

type EditCategoryFormProps = {
  category: Category;
  name: string;
  onSave: (change: CategoryChange) => Promise<void>;
  onCancel: () => void;
};

const ageText = (age: number | null) => (age === null ? '' : String(age));

/** Renames a category in both languages (and for an age band, changes its ages). */
export function EditCategoryForm({ category, name, onSave, onCancel }: EditCategoryFormProps) {
  const { t } = useT();
  const withAges = category.kind === 'age_band';
  const { draft, setDraft, issues, error, busy, submit } = useCategoryDraft(
    {
      labelSv: category.labelSv,
      labelEn: category.labelEn,
      minAge: ageText(category.minAge),
      maxAge: ageText(category.maxAge),
    },
    withAges,
    onSave,
  );

  return (
    <form
      class="category-edit"
      onSubmit={submit}
      aria-label={t('categories.editHeading', { name })}
      noValidate
    >
      <CategoryFields draft={draft} onChange={setDraft} issues={issues} withAges={withAges} autoFocus />
      <ErrorAlert error={error} />
      <div class="actions">
        <button
          type="submit"
          class="button button-primary"
          disabled={busy}
          aria-label={t('categories.saveItem', { name })}
        >
          {t('categories.save')}
        </button>
        <button type="button" class="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
