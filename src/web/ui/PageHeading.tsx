import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../i18n/i18n';

let focusOnNextHeading = false;

/** Called on client-side navigation: the next page heading takes focus, so screen readers hear the new page. */
export function headingShouldTakeFocus(): void {
  focusOnNextHeading = true;
}

/** The page's `<h1>`: also sets the document title, and takes focus after a navigation. */
export function PageHeading({ title, children }: { title: string; children?: ComponentChildren }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = t('app.pageTitle', { title });
  }, [title]);
  useEffect(() => {
    if (focusOnNextHeading) {
      focusOnNextHeading = false;
      ref.current?.focus();
    }
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children ?? title}
    </h1>
  );
}
