import { useId } from 'preact/hooks';
import { auditSv } from '../../i18n/audit.sv';
import { useT } from '../../i18n/i18n';
import { SelectField } from '../../ui/Field';
import { type AuditFilter, NO_FILTER } from './types';

// The groups and entities that have names; the server accepts any code.
const ACTION_GROUPS = Object.keys(auditSv.groups) as (keyof typeof auditSv.groups)[];
const ENTITY_TYPES = Object.keys(auditSv.entities) as (keyof typeof auditSv.entities)[];

type Props = {
  value: AuditFilter;
  onChange: (filter: AuditFilter) => void;
  /** People to filter by; null when the user may not list accounts. */
  actors: { id: string; name: string }[] | null;
};

export function AuditFilters({ value, onChange, actors }: Props) {
  const { t } = useT();
  const id = useId();
  const set = (change: Partial<AuditFilter>) => onChange({ ...value, ...change });
  const filtered = Object.values(value).some((field) => field !== '');
  return (
    <search class="filters audit-filters" aria-label={t('audit.filters.label')}>
      <SelectField
        label={t('audit.filters.action')}
        value={value.action}
        onChange={(action) => set({ action })}
        options={[
          { value: '', label: t('audit.filters.allActions') },
          ...ACTION_GROUPS.map((group) => ({ value: `${group}.`, label: t(`audit.groups.${group}`) })),
        ]}
      />
      <SelectField
        label={t('audit.filters.entity')}
        value={value.entityType}
        onChange={(entityType) => set({ entityType })}
        options={[
          { value: '', label: t('audit.filters.allEntities') },
          ...ENTITY_TYPES.map((type) => ({ value: type, label: t(`audit.entities.${type}`) })),
        ]}
      />
      {actors && (
        <SelectField
          label={t('audit.filters.actor')}
          value={value.actor}
          onChange={(actor) => set({ actor })}
          options={[
            { value: '', label: t('audit.filters.allActors') },
            ...actors.map((actor) => ({ value: actor.id, label: actor.name })),
          ]}
        />
      )}
      <div class="field">
        <label for={`${id}-from`}>{t('audit.filters.from')}</label>
        <input
          id={`${id}-from`}
          type="date"
          value={value.from}
          max={value.to || undefined}
          onChange={(event) => set({ from: event.currentTarget.value })}
        />
      </div>
      <div class="field">
        <label for={`${id}-to`}>{t('audit.filters.to')}</label>
        <input
          id={`${id}-to`}
          type="date"
          value={value.to}
          min={value.from || undefined}
          onChange={(event) => set({ to: event.currentTarget.value })}
        />
      </div>
      {filtered && (
        <button type="button" class="button button-quiet" onClick={() => onChange(NO_FILTER)}>
          {t('audit.filters.clear')}
        </button>
      )}
    </search>
  );
}
