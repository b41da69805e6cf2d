import { useT } from '../i18n/i18n';

export type SectionLink = { id: string; label: string };

/**
 * Links to the page's main sections, so a phone reaches the last of some fifteen screens in one
 * tap. A link moves focus to its section's heading (focusable with tabIndex -1), so a keyboard or
 * screen reader carries on from there, not from the top.
 */
export function SectionIndex({ links }: { links: readonly SectionLink[] }) {
  const { t } = useT();
  function go(event: MouseEvent, id: string) {
    const heading = document.getElementById(id);
    if (!heading) return; // the browser follows the #link as any
    event.preventDefault();
    // Scrolled first, to the top (under the sticky header, by the page's scroll padding), then focused.
    heading.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
  }
  return (
    <nav class="stats-index" aria-label={t('statistics.sectionIndex')}>
      <ul>
        {links.map((link) => (
          <li key={link.id}>
            <a href={`#${link.id}`} onClick={(event) => go(event, link.id)}>
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
