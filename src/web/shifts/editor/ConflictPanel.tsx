import { useState } from 'preact/hooks';
import { type Locale, type MessageKey, type Translate, useT } from '../../i18n/i18n';
import { type ConflictChoice, type CountDiff, diffShift } from '../../outbox/conflict';
import { formatDay, formatMinutes, formatTime } from '../format';
import { inputOf, type Shift, type ShiftInput } from '../model';
import { categoryLabel, type Reference } from '../reference';

type Props = {
  base: ShiftInput | null;
  mine: ShiftInput;
  theirs: Shift;
  reference: Reference;
  onChoose: (choice: ConflictChoice) => Promise<void>;
};

type Namer = { t: Translate; locale: Locale; reference: Reference };

function nameOf(id: string, { locale, reference }: Namer): string {
  const category = reference.categories.find((c) => c.id === id);
  if (category) return categoryLabel(category, locale);
  return (
    reference.areas.find((a) => a.id === id)?.name ??
    reference.members.find((m) => m.id === id)?.displayName ??
    id.slice(0, 8)
  );
}

/** A field's value in words, for the side-by-side table. */
function fieldText(field: keyof ShiftInput, value: unknown, namer: Namer): string {
  const { t, locale } = namer;
  if (value === null || value === undefined || value === '') return '–';
  switch (field) {
    case 'status':
      return t(`fieldLog.statuses.${value as ShiftInput['status']}`);
    case 'kind':
      return t(`fieldLog.kinds.${value as ShiftInput['kind']}`);
    case 'timeUse':
      return t(`fieldLog.timeUses.${value as ShiftInput['timeUse']}`);
    case 'preventionLevel':
      return t(`fieldLog.preventionLevels.${value as NonNullable<ShiftInput['preventionLevel']>}`);
    case 'startsAt':
    case 'endsAt':
      return `${formatDay(value as string, locale)} ${formatTime(value as string, locale)}`;
    case 'partners':
      return (value as ShiftInput['partners']).map((p) => t(`fieldLog.partners.${p}`)).join(', ') || '–';
    case 'staffMinutes':
      return (
        (value as ShiftInput['staffMinutes'])
          .map((entry) => `${nameOf(entry.userId, namer)}: ${formatMinutes(entry.minutes, locale)}`)
          .join(', ') || '–'
      );
    case 'timeSplit':
      return (
        (value as ShiftInput['timeSplit'])
          .map((part) => `${t(`fieldLog.timeUses.${part.timeUse}`)}: ${formatMinutes(part.minutes, locale)}`)
          .join(', ') || '–'
      );
    case 'staffIds':
    case 'areaIds':
    case 'arenaIds':
    case 'riskFactorIds':
    case 'protectiveFactorIds':
      return (value as string[]).map((id) => nameOf(id, namer)).join(', ') || '–';
    default:
      return String(value);
  }
}

function countText(diff: CountDiff, namer: Namer): string {
  const { t, locale, reference } = namer;
  const age = (id: string) => {
    const band = reference.categories.find((c) => c.id === id);
    return band ? categoryLabel(band, locale) : '';
  };
  switch (diff.field) {
    case 'encounters':
      return t('shifts.editor.cell', {
        gender: t(`fieldLog.genders.${diff.cell.gender}`),
        age: age(diff.cell.ageBandId),
        depth: t(`fieldLog.depths.${diff.cell.depth}`),
      });
    case 'topics':
      return `${t('shifts.editor.topics')}: ${nameOf(diff.cell.topicId, namer)}`;
    case 'actions': {
      const service = diff.cell.serviceId ? ` (${nameOf(diff.cell.serviceId, namer)})` : '';
      return `${t(`fieldLog.actionKinds.${diff.cell.kind}`)}${service}, ${t(`fieldLog.genders.${diff.cell.gender}`)} ${age(diff.cell.ageBandId)}`;
    }
    default: {
      const never: never = diff;
      return String(never);
    }
  }
}

/** One difference: what, mine, the server's, and for counts what both started from. */
function DiffItem({
  what,
  mine,
  theirs,
  before,
}: {
  what: string;
  mine: string;
  theirs: string;
  before?: string;
}) {
  const { t } = useT();
  return (
    <li>
      <span class="diff-what">{what}</span>
      <span class="diff-values">
        <span>
          {t('shifts.conflict.mine')}: <strong>{mine}</strong>
        </span>
        <span>
          {t('shifts.conflict.theirs')}: <strong>{theirs}</strong>
        </span>
        {before !== undefined && (
          <span class="muted">
            {t('shifts.conflict.before')}: {before}
          </span>
        )}
      </span>
    </li>
  );
}

/**
 * Someone saved the shift while this phone had changes of its own. Shows what differs and offers
 * the three ways out; nothing is overwritten until one is chosen.
 */
/** The three ways out of a conflict, merging first: it keeps both people's counts. */
const CHOICES = [
  { choice: 'merge', label: 'shifts.conflict.merge', hint: 'shifts.conflict.mergeHint', primary: true },
  { choice: 'mine', label: 'shifts.conflict.keepMine', hint: 'shifts.conflict.keepMineHint', primary: false },
  {
    choice: 'theirs',
    label: 'shifts.conflict.useTheirs',
    hint: 'shifts.conflict.useTheirsHint',
    primary: false,
  },
] as const satisfies readonly {
  choice: ConflictChoice;
  label: MessageKey;
  hint: MessageKey;
  primary: boolean;
}[];

export function ConflictPanel({ base, mine, theirs, reference, onChoose }: Props) {
  const { t, locale } = useT();
  const [busy, setBusy] = useState(false);
  const namer: Namer = { t, locale, reference };
  const theirsInput = inputOf(theirs);
  const diff = diffShift(base, mine, theirsInput);
  const o = diff.observations;
  const nothing = diff.fields.length === 0 && diff.counts.length === 0 && o.mine + o.theirs + o.changed === 0;

  async function choose(choice: ConflictChoice) {
    setBusy(true);
    try {
      await onChoose(choice);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="conflict-panel" aria-labelledby="conflict-heading">
      <h2 id="conflict-heading">{t('shifts.conflict.heading')}</h2>
      <p role="alert">{t('shifts.conflict.banner')}</p>
      {theirs.updatedBy && (
        <p class="muted">{t('shifts.conflict.changedBy', { name: theirs.updatedBy.displayName })}</p>
      )}
      {nothing ? (
        <p>{t('shifts.conflict.nothing')}</p>
      ) : (
        <>
          <p>{t('shifts.conflict.intro')}</p>
          <ul class="diff-list">
            {diff.fields.map((field) => (
              <DiffItem
                key={field}
                what={t(`fieldLog.fields.${field}`)}
                mine={fieldText(field, mine[field], namer)}
                theirs={fieldText(field, theirsInput[field], namer)}
              />
            ))}
            {diff.counts.map((count) => (
              <DiffItem
                key={`${count.field}:${JSON.stringify(count.cell)}`}
                what={countText(count, namer)}
                mine={String(count.mine)}
                theirs={String(count.theirs)}
                before={String(count.base)}
              />
            ))}
          </ul>
          {o.mine + o.theirs + o.changed > 0 && (
            <p>{t('shifts.conflict.observations', { mine: o.mine, theirs: o.theirs, changed: o.changed })}</p>
          )}
        </>
      )}
      <ul class="conflict-choices">
        {CHOICES.map(({ choice, label, hint, primary }) => (
          <li key={choice}>
            <button
              type="button"
              class={primary ? 'button button-primary button-block' : 'button button-block'}
              disabled={busy}
              onClick={() => void choose(choice)}
            >
              {t(label)}
            </button>
            <p class="field-hint">{t(hint)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
