import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * For a card just added with "Lägg till …": brings it into view and puts focus on its first field,
 * so the keyboard and the screen reader are where the new fields are, not left on the button below.
 */
export function useFocusWhenAdded<T extends HTMLElement>(added: boolean): RefObject<T | null> {
  const ref = useRef<T>(null);
  useEffect(() => {
    const card = ref.current;
    if (!added || !card) return;
    card.scrollIntoView({ block: 'start' });
    card.querySelector<HTMLElement>('input, select, textarea, button')?.focus({ preventScroll: true });
  }, []);
  return ref;
}
