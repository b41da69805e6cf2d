import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { useT } from '../i18n/i18n';
import './chips.css';

/** A labelled group of chips (or other controls); a `<fieldset>` so the legend names the group. */
export function ChipGroup({
  legend,
  hint,
  children,
}: {
  legend: string;
  hint?: string;
  children: ComponentChildren;
}) {
  const hintId = useId();
  return (
    <fieldset class="chip-group" aria-describedby={hint ? hintId : undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p class="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      <div class="chips">{children}</div>
    </fieldset>
  );
}

/**
 * A chip that is on or off: one tap. On is unmistakable — filled, a check mark, and "vald" in its
 * name — so a chosen one is not tapped again "to choose it" and switched off by mistake.
 */
export function ToggleChip({
  label,
  pressed,
  onToggle,
}: {
  label: string;
  pressed: boolean;
  onToggle: () => void;
}) {
  const { t } = useT();
  return (
    <button
      type="button"
      class="chip"
      aria-pressed={pressed}
      aria-label={pressed ? `${label}, ${t('common.chosen')}` : undefined}
      onClick={onToggle}
    >
      {label}
    </button>
  );
}

/** Adds or removes `id` in a list of ids. */
export function toggled(ids: readonly string[], id: string): string[] {
  return ids.includes(id) ? ids.filter((other) => other !== id) : [...ids, id];
}
