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

/**
 * One choice among several, as a wrapping row of chips (radio buttons underneath): one tap where a
 * drop-down list takes two, and every option in sight.
 */
export function ChoiceChips<V extends string>({
  legend,
  value,
  options,
  onChange,
  error,
  name,
}: {
  legend: string;
  value: V | null;
  options: readonly { value: V; label: string }[];
  onChange: (value: V) => void;
  error?: string | undefined;
  /** The radio group's name; one is made when not given. */
  name?: string;
}) {
  const made = useId();
  const group = name ?? made;
  const errorId = `${group}-error`;
  return (
    <fieldset
      class={error ? 'chip-group chip-group-invalid' : 'chip-group'}
      aria-describedby={error ? errorId : undefined}
    >
      <legend>{legend}</legend>
      <div class="chips">
        {options.map((option) => (
          <label key={option.value} class="chip choice-chip">
            <input
              type="radio"
              name={group}
              value={option.value}
              checked={value === option.value}
              aria-invalid={error ? true : undefined}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {error && (
        <p class="field-error" id={errorId}>
          {error}
        </p>
      )}
    </fieldset>
  );
}

/** Adds or removes `id` in a list of ids. */
export function toggled(ids: readonly string[], id: string): string[] {
  return ids.includes(id) ? ids.filter((other) => other !== id) : [...ids, id];
}
