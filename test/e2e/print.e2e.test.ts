import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/server/demo/demo-organisation';
import { browserForFile, DESKTOP } from './browser';

const { signedIn } = browserForFile(DEMO_PASSWORD);

/** Pages in a PDF: one `/Type /Page` object per page (`/Type /Pages` is the page tree). */
function pdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
}

/** Elements that are rendered in print although they are only for the screen. */
function shownControls(page: Page) {
  return page.evaluate(() => {
    const shown = (element: Element) => {
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      return style.visibility !== 'hidden' && style.display !== 'none' && box.width > 0 && box.height > 0;
    };
    const controls = document.querySelectorAll(
      '.app-header, nav, button, select, input, .stats-period, .skip-link, .language-switch',
    );
    return [...controls].filter(shown).map((element) => element.outerHTML.slice(0, 120));
  });
}

/** Table wrappers whose content is wider than the box, i.e. clipped on paper. */
function clippedTables(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.table-wrap')]
      .filter((box) => box.scrollWidth > box.clientWidth)
      .map((box) => box.getAttribute('aria-labelledby')),
  );
}

const isVisible = (page: Page, selector: string) =>
  page.evaluate((css) => {
    const element = document.querySelector(css);
    return !!element && getComputedStyle(element).display !== 'none' && element.getClientRects().length > 0;
  }, selector);

describe('printing a report', () => {
  it('prints Statistik as a clean A4 report: no menu or buttons, the place and period as text', async () => {
    const { page } = await signedIn('chef@demo.faltlogg.se', DESKTOP);
    await page.goto('/statistik?period=tertial&from=2026-01-01');
    await page.getByRole('heading', { name: 'Statistik', level: 1 }).waitFor();
    await page.locator('.stats-figures table').first().waitFor();
    await page.emulateMedia({ media: 'print' });

    expect(await shownControls(page)).toEqual([]);
    expect(await isVisible(page, 'h1')).toBe(true);
    expect(await isVisible(page, '.stats-print-scope')).toBe(true);
    expect(await page.locator('.stats-print-scope').textContent()).toContain('Fältgruppen Centrum');
    expect(await isVisible(page, '.stats-figures table')).toBe(true);
    expect(await clippedTables(page)).toEqual([]);

    const pdf = await page.pdf({ format: 'A4' });
    // Measured for Fältgruppen Centrum, tertial 1 2026: 2 pages alone, 6 after the other browser
    // tests have logged into the same server; the bound catches a return of menus and buttons.
    expect(pdfPages(pdf)).toBeGreaterThan(0);
    expect(pdfPages(pdf)).toBeLessThanOrEqual(8);
    // Text streams are compressed; a report with text embeds at least one font.
    expect(pdf.toString('latin1')).toMatch(/\/FontFile|\/Font/);
  });
});
