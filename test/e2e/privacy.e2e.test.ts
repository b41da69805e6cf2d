import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/server/demo/demo-organisation';
import { launchChromium, newPage, PHONE, signIn } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

describe('data protection, in a real browser', () => {
  it('lets the administrator set retention and run the deletion, on a phone', async () => {
    const { context, page } = await newPage(browser, PHONE);
    await signIn(page, 'admin@demo.faltlogg.se', DEMO_PASSWORD);
    await page.waitForURL((url) => !url.pathname.startsWith('/logga-in'));
    await page.goto('/admin/dataskydd');
    await page.getByRole('heading', { name: 'Dataskydd', level: 1 }).waitFor();
    // The schedule ran at start: its run is listed.
    await page.getByRole('cell', { name: 'Schemat' }).first().waitFor();

    await page.getByLabel('Orosanmälningar: månader efter bekräftat mottagande').selectOption('6');
    await page.getByRole('button', { name: 'Spara gallringstider' }).click();
    await page.getByText('Gallringstiderna är sparade.').waitFor();
    await page.reload();
    await expect
      .poll(() => page.getByLabel('Orosanmälningar: månader efter bekräftat mottagande').inputValue())
      .toBe('6');

    await page.getByRole('button', { name: 'Kör gallring nu' }).click();
    await page.getByText(/Gallringen raderade \d+ stödkontakter och \d+ orosanmälningar/).waitFor();
    await page.getByRole('cell', { name: 'Administratör' }).first().waitFor();

    await page.getByLabel('Förnamn eller pseudonym').fill('Ingen');
    await page.getByLabel('Födelseår').fill('2009');
    await page.getByRole('button', { name: 'Sök' }).click();
    await page.getByText('Ingen stödkontakt matchar.').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
    await context.close();
  });
});
