import type { Page } from 'playwright-core';

/**
 * Tabs through a page from its heading to the end and returns every focus stop, and those that
 * something sticky or fixed (a save bar, a header) covers or that are off the screen: WCAG 2.2's
 * 2.4.11, focus not obscured.
 */
export async function walkFocus(page: Page, limit = 400): Promise<{ stops: string[]; hidden: string[] }> {
  await page.locator('h1').first().focus();
  const stops: string[] = [];
  const hidden: string[] = [];
  const seen = new Set<string>();
  let previous = '';
  for (let stop = 0; stop < limit; stop++) {
    await page.keyboard.press('Tab');
    const report = await page.evaluate((index) => {
      const focused = document.activeElement;
      if (!(focused instanceof HTMLElement) || focused === document.body) return { end: true };
      focused.dataset.focusStop ??= String(index);
      const key = focused.dataset.focusStop;
      const rect = focused.getBoundingClientRect();
      const x = Math.min(Math.max(rect.left + rect.width / 2, 0), window.innerWidth - 1);
      const label = (focused.getAttribute('aria-label') ?? focused.textContent ?? '').trim().slice(0, 40);
      const name = `${focused.tagName.toLowerCase()} "${label}"`;
      const middle = rect.top + rect.height / 2;
      if (middle < 0 || middle >= window.innerHeight)
        return { key, name, problem: `${name} is off the screen` };
      const related = (node: Element) =>
        focused.contains(node) ||
        node.contains(focused) ||
        [...((focused as HTMLInputElement).labels ?? [])].some((l) => l.contains(node));
      // Top edge, middle and bottom edge must show. A text box shows where one types: browsers
      // scroll its caret line into view, not the whole box, so its first line must show.
      const points =
        focused instanceof HTMLTextAreaElement
          ? [rect.top + 1, rect.top + Math.min(rect.height - 1, 32)]
          : [rect.top + 1, middle, rect.bottom - 1];
      for (const y of points) {
        const hit = document.elementFromPoint(x, y);
        if (!hit || related(hit)) continue;
        // Covered: by what? Only author-made sticky or fixed content counts.
        for (let node: Element | null = hit; node; node = node.parentElement) {
          const position = getComputedStyle(node).position;
          if ((position === 'sticky' || position === 'fixed') && !node.contains(focused))
            return { key, name, problem: `${name} is under .${[...node.classList].join('.')}` };
        }
      }
      return { key, name };
    }, stop);
    if ('end' in report) break;
    const key = report.key ?? '';
    // Tab also walks the parts of one field (a time's hours and minutes): count the field once.
    if (key === previous) continue;
    if (seen.has(key)) break;
    seen.add(key);
    previous = key;
    stops.push(report.name ?? '');
    if (report.problem) hidden.push(report.problem);
  }
  return { stops, hidden };
}
