import { useId } from 'preact/hooks';
import { useT } from '../i18n/i18n';
import { type Scope, type ScopeGroup, scopeKey } from './scopes';

/** The places the user may read statistics for; hidden when there is only one. */
export function ScopePicker({
  groups,
  scope,
  onChange,
}: {
  groups: ScopeGroup[];
  scope: Scope;
  onChange: (next: Scope) => void;
}) {
  const { t } = useT();
  const id = useId();
  const all = groups.flatMap((group) => group.scopes);
  if (all.length <= 1) return <p class="stats-scope-name">{scope.name}</p>;
  return (
    <div class="field stats-scope">
      <label for={id}>{t('statistics.scope')}</label>
      <select
        id={id}
        value={scopeKey(scope)}
        onChange={(event) => {
          const chosen = all.find((candidate) => scopeKey(candidate) === event.currentTarget.value);
          if (chosen) onChange(chosen);
        }}
      >
        {groups.map((group) => (
          <optgroup key={group.label} label={t(`statistics.scopeGroups.${group.label}`)}>
            {group.scopes.map((candidate) => (
              <option key={scopeKey(candidate)} value={scopeKey(candidate)}>
                {candidate.kind === 'municipality'
                  ? t('statistics.scopeGroups.municipality')
                  : candidate.name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
