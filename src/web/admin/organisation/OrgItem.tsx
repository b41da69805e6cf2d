import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { useT } from '../../i18n/i18n';
import { ErrorAlert } from '../../ui/errors';
import { NameForm } from './NameForm';

type OrgItemProps = {
  name: string;
  active: boolean;
  /** `h3` for administrations, `h4` for units. */
  level: 3 | 4;
  onRename: (name: string) => Promise<void>;
  onSetActive: (active: boolean) => Promise<void>;
  children?: ComponentChildren;
};

/** An administration or unit: its name, rename in place, and deactivate or reactivate. */
export function OrgItem({ name, active, level, onRename, onSetActive, children }: OrgItemProps) {
  const { t } = useT();
  const [renaming, setRenaming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const Heading = level === 3 ? 'h3' : 'h4';

  async function toggleActive() {
    setBusy(true);
    setError(null);
    try {
      await onSetActive(!active);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class={active ? 'org-item' : 'org-item org-item-inactive'}>
      <div class="org-item-head">
        <Heading class="org-item-name">
          {name}
          {!active && <span class="badge badge-muted">{t('common.inactive')}</span>}
        </Heading>
        {!renaming && (
          <div class="actions">
            <button
              type="button"
              class="button button-small"
              onClick={() => setRenaming(true)}
              aria-label={t('common.renameItem', { name })}
            >
              {t('common.rename')}
            </button>
            <button
              type="button"
              class="button button-small"
              onClick={() => void toggleActive()}
              disabled={busy}
              aria-label={t(active ? 'common.deactivateItem' : 'common.reactivateItem', { name })}
            >
              {t(active ? 'common.deactivate' : 'common.reactivate')}
            </button>
          </div>
        )}
      </div>
      {renaming && (
        <NameForm
          label={t('common.newNameFor', { name })}
          submitLabel={t('common.save')}
          submitName={t('common.saveItem', { name })}
          initial={name}
          autoFocus
          onCancel={() => setRenaming(false)}
          onSubmit={async (newName) => {
            await onRename(newName);
            setRenaming(false);
          }}
        />
      )}
      <ErrorAlert error={error} />
      {children}
    </div>
  );
}
