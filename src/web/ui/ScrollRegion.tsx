import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

type Props = {
  /** The id of the table's caption or heading, which names the region for screen readers. */
  labelledBy: string;
  class?: string;
  children: ComponentChildren;
};

/**
 * The box a wide table scrolls sideways in. While it does scroll it is a tab stop, so a keyboard
 * can scroll it too (WCAG 2.1.1); while everything fits it stays out of the tab order.
 */
export function ScrollRegion({ labelledBy, class: extra, children }: Props) {
  const ref = useRef<HTMLElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const measure = () => setScrolls(box.scrollWidth > box.clientWidth);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <section
      ref={ref}
      class={extra ? `table-wrap ${extra}` : 'table-wrap'}
      aria-labelledby={labelledBy}
      tabIndex={scrolls ? 0 : undefined}
    >
      {children}
    </section>
  );
}
