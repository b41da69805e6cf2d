import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/server/demo/demo-organisation';
import { launchChromium, newPage, PHONE, signIn } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

/** How far the page reaches past a phone's screen: nothing may spill sideways at 360 px. */
function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

describe('the audit log, in a real browser', () => {
  it('shows the administrator an unbroken chain and the events, filterable, on a phone', async () => {
    const { context, page } = await newPage(browser, PHONE);
    await signIn(page, 'admin@demo.faltlogg.se', DEMO_PASSWORD);
    await page
      .getByRole('link', { name: /Granskningslogg/ })
      .first()
      .click();
    await page.getByRole('heading', { name: 'Granskningslogg', level: 1 }).waitFor();
    await page.getByText(/Kedjan är obruten – \d+ händelser? kontrollerad/).waitFor();

    // The administrator's own sign-in is there, in Swedish, with role and time.
    const signInEvent = page.locator('.audit-event').filter({ hasText: 'Inloggning' }).first();
    await signInEvent.waitFor();
    expect(await signInEvent.textContent()).toMatch(/Ej inloggad/);
    expect(await sidewaysOverflow(page)).toBe(0);

    await page.getByLabel('Händelse', { exact: true }).selectOption({ label: 'Granskningsloggen' });
    // The first page view was itself recorded.
    await page.locator('.audit-event').filter({ hasText: 'Granskningsloggen läst' }).first().waitFor();
    await expect
      .poll(async () => {
        const actions = await page.locator('.audit-event-action').allTextContents();
        return actions.length > 0 && actions.every((action) => action === 'Granskningsloggen läst');
      })
      .toBe(true);
    expect(await sidewaysOverflow(page)).toBe(0);
    await context.close();
  });

  it('is not offered to a field worker', async () => {
    const { context, page } = await newPage(browser, PHONE);
    await signIn(page, 'falt@demo.faltlogg.se', DEMO_PASSWORD);
    await page.getByRole('heading', { name: /^Hej/, level: 1 }).waitFor();
    expect(await page.getByRole('link', { name: /Granskningslogg/ }).count()).toBe(0);
    await page.goto('/admin/granskningslogg');
    await page.getByRole('heading', { name: 'Ingen behörighet' }).waitFor();
    await context.close();
  });
});
