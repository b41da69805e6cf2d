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

// A year long past, so the demo's own figures (which statistics use) stay as they are.
const YEAR = '2001';

describe('population import, in a real browser', () => {
  it('lets the administrator preview a CSV, see its errors, import it and see the table', async () => {
    const { context, page } = await newPage(browser, PHONE);
    await signIn(page, 'admin@demo.faltlogg.se', DEMO_PASSWORD);
    await page
      .getByRole('link', { name: /Befolkning/ })
      .first()
      .click();
    await page.getByRole('heading', { name: 'Befolkning', level: 1 }).waitFor();
    // The demo's seeded years are listed, newest first, with a table.
    await page.getByRole('row', { name: /Alla områden/ }).waitFor();

    await page.getByLabel('År', { exact: true }).fill(YEAR);
    // Saved by Swedish Excel as plain CSV: Windows-1252, with an age range on line 3.
    const broken = 'Område;Kön;Ålder;Antal\r\nNorrparken;Flickor;14;40\r\nNorrparken;Pojkar;13-15;120\r\n';
    await page.getByLabel('CSV-fil').setInputFiles({
      name: 'befolkning.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(broken, 'latin1'),
    });
    await expect.poll(() => page.getByLabel('Eller klistra in texten').inputValue()).toContain('Område;Kön');
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
    const issues = page.getByRole('alert').filter({ hasText: 'Filen kan inte importeras' });
    await issues.getByText('Rad 3, ålder: Ange en ålder per rad').waitFor();
    expect(await page.getByRole('button', { name: 'Importera' }).count()).toBe(0);

    await page
      .getByLabel('Eller klistra in texten')
      .fill(
        'Område;Kön;Ålder;Antal\nNorrparken;Flickor;14;40\nNorrparken;Pojkar;14;1 046\nStortorget;annat;15;3\n',
      );
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
    const preview = page.locator('section[aria-labelledby="population-preview-heading"]');
    await preview.getByRole('heading', { name: `Förhandsgranskning för ${YEAR}` }).waitFor();
    await preview.getByText(/3 rader: 1\s089 personer i åldrarna 14–15 år/).waitFor();
    const norrparken = preview.getByRole('row', { name: /Norrparken/ });
    expect(await norrparken.textContent()).toMatch(/40.*1\s046.*0.*1\s086/);

    expect(await sidewaysOverflow(page)).toBe(0);
    await page.getByRole('button', { name: 'Importera' }).click();
    await page
      .getByText(new RegExp(`Befolkningen för ${YEAR} är importerad: 1\\s089 personer i 2 områden`))
      .waitFor();
    await page.getByRole('button', { name: YEAR, exact: true }).click();
    await page.getByRole('heading', { name: YEAR, level: 3 }).waitFor();
    const imported = page.locator('section[aria-labelledby="population-years-heading"]');
    expect(await imported.getByRole('row', { name: /Stortorget/ }).textContent()).toMatch(/0.*0.*3.*3/);
    await imported.getByText(/Importerad .* av /).waitFor();

    expect(await sidewaysOverflow(page)).toBe(0);
    await context.close();
  });
});
