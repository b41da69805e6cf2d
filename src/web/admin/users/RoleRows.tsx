import type { Administration } from '../../api/types';
import { PARTNER_KINDS, ROLES } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { SelectField } from '../../ui/Field';
import type { FieldErrors } from './issues';
import { needsUnit, newDraft, type RoleDraft } from './roleDraft';

type RoleRowsProps = {
  drafts: RoleDraft[];
  onChange: (drafts: RoleDraft[]) => void;
  /** Active administrations with their active units: what roles can be placed in. */
  administrations: Administration[];
  errors: FieldErrors;
};

/** One fieldset per role, each with the place it applies: unit, administration or partner kind. */
export function RoleRows({ drafts, onChange, administrations, errors }: RoleRowsProps) {
  const { t } = useT();
  const update = (key: number, patch: Partial<RoleDraft>) =>
    onChange(drafts.map((draft) => (draft.key === key ? { ...draft, ...patch } : draft)));

  return (
    <div class="role-rows">
      {errors.roles && <p class="field-error">{errors.roles}</p>}
      {drafts.map((draft, index) => (
        <RoleRow
          key={draft.key}
          draft={draft}
          number={index + 1}
          administrations={administrations}
          errors={errors}
          path={`roles.${index}`}
          canRemove={drafts.length > 1}
          onUpdate={(patch) => update(draft.key, patch)}
          onRemove={() => onChange(drafts.filter((other) => other.key !== draft.key))}
        />
      ))}
      <button type="button" class="button" onClick={() => onChange([...drafts, newDraft()])}>
        {t('users.role.add')}
      </button>
    </div>
  );
}

type RoleRowProps = {
  draft: RoleDraft;
  number: number;
  administrations: Administration[];
  errors: FieldErrors;
  path: string;
  canRemove: boolean;
  onUpdate: (patch: Partial<RoleDraft>) => void;
  onRemove: () => void;
};

function RoleRow({
  draft,
  number,
  administrations,
  errors,
  path,
  canRemove,
  onUpdate,
  onRemove,
}: RoleRowProps) {
  const { t } = useT();
  const unitGroups = administrations
    .filter((administration) => administration.units.length > 0)
    .map((administration) => ({
      label: administration.name,
      options: administration.units.map((unit) => ({ value: unit.id, label: unit.name })),
    }));
  const offered = unitGroups.some((group) => group.options.some((option) => option.value === draft.unitId));
  const keptUnit =
    draft.unitId && !offered ? [{ value: draft.unitId, label: draft.unitName || draft.unitId }] : [];
  const administrationOptions = administrations.map((administration) => ({
    value: administration.id,
    label: administration.name,
  }));
  if (
    draft.administrationId &&
    !administrationOptions.some((option) => option.value === draft.administrationId)
  ) {
    administrationOptions.push({ value: draft.administrationId, label: draft.administrationName });
  }

  return (
    <fieldset class="role-row">
      <legend>{t('users.role.legend', { number })}</legend>
      {errors[path] && <p class="field-error">{errors[path]}</p>}
      <SelectField
        label={t('users.role.role')}
        value={draft.role}
        onChange={(value) => {
          const role = ROLES.find((known) => known === value);
          if (role) onUpdate({ role });
        }}
        options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
      />
      {needsUnit(draft.role) && (
        <SelectField
          label={t('users.role.unit')}
          value={draft.unitId}
          onChange={(unitId) => onUpdate({ unitId })}
          placeholder={t('users.role.chooseUnit')}
          options={keptUnit}
          groups={unitGroups}
          error={errors[`${path}.unitId`]}
          required
        />
      )}
      {draft.role === 'analyst' && (
        <SelectField
          label={t('users.role.scope')}
          value={draft.administrationId}
          onChange={(administrationId) => onUpdate({ administrationId })}
          options={[{ value: '', label: t('roles.wholeMunicipality') }, ...administrationOptions]}
          error={errors[`${path}.administrationId`]}
        />
      )}
      {draft.role === 'partner' && (
        <SelectField
          label={t('users.role.partnerKind')}
          value={draft.partnerKind}
          onChange={(value) => onUpdate({ partnerKind: PARTNER_KINDS.find((kind) => kind === value) ?? '' })}
          placeholder={t('users.role.choosePartnerKind')}
          options={PARTNER_KINDS.map((kind) => ({ value: kind, label: t(`partnerKinds.${kind}`) }))}
          error={errors[`${path}.partnerKind`]}
          required
        />
      )}
      {(draft.role === 'reception' || draft.role === 'administrator') && (
        <p class="muted">{t('users.role.municipalityWide')}</p>
      )}
      {canRemove && (
        // Inside the fieldset "Roll 2", "Ta bort" already says which role it removes.
        <button type="button" class="button button-small" onClick={onRemove}>
          {t('common.remove')}
        </button>
      )}
    </fieldset>
  );
}
