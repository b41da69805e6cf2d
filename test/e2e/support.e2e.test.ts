import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/server/demo/demo-organisation';
import { DESKTOP, launchChromium, newPage, signIn } from './browser';

/** The phone field workers carry. */
const PHONE_390 = { width: 390, height: 844 };

let browser: Browser;
const opened: BrowserContext[] = [];
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  for (const context of opened) await context.close().catch(() => undefined);
  await browser?.close();
});

async function signedIn(email: string, viewport = PHONE_390): Promise<Page> {
  const { context, page } = await newPage(browser, viewport);
  opened.push(context);
  await signIn(page, email, DEMO_PASSWORD);
  await page.getByRole('heading', { name: /^Hej/ }).waitFor();
  return page;
}

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

describe('support contacts, in a real browser', () => {
  // Young enough that a guardian must consent too, whatever year the test runs.
  const birthYear = String(new Date().getFullYear() - 13);
  let contactPath = '';

  it('lets a field worker open a support contact with consent on a phone, and log a contact', async () => {
    const page = await signedIn('falt@demo.faltlogg.se');
    await page
      .getByRole('link', { name: /Stödkontakter/ })
      .first()
      .click();
    await page.getByRole('heading', { name: 'Stödkontakter', level: 1 }).waitFor();
    await page.getByText('Inga pågående stödkontakter.').waitFor();
    await page.getByRole('link', { name: 'Ny stödkontakt' }).click();
    await page.getByRole('heading', { name: 'Ny stödkontakt', level: 1 }).waitFor();

    // The consent comes first, with the rule spelled out.
    await page.getByText('Är den unga under 15 år krävs också vårdnadshavares samtycke.').waitFor();
    await page.getByLabel('Den unga själv').check();
    await page.getByLabel('Vad gäller samtycket?').fill('Stödsamtal och lotsning till ungdomsmottagningen');
    await page.getByLabel('Namn', { exact: true }).fill('Kim');
    await page.getByLabel('Födelseår').fill(birthYear);
    await page.getByLabel('Kön').selectOption({ label: 'Tjej' });
    await page
      .getByText(
        `Vårdnadshavares samtycke krävs: den som är född ${birthYear} kan vara under 15 år när samtycket ges`,
      )
      .waitFor();

    // Without the guardian's consent the form says why, before anything is sent.
    await page.getByRole('button', { name: 'Öppna stödkontakten' }).click();
    await page.getByText('Vårdnadshavares samtycke krävs under 15 år.').waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.getByLabel('Vårdnadshavare', { exact: true }).check();
    await page.getByRole('button', { name: 'Öppna stödkontakten' }).click();

    await page.getByRole('heading', { name: 'Kim', level: 1 }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Stödkontakten är öppnad.' }).waitFor();
    await page.getByText(/Samtycke givet .* av den unga och vårdnadshavare\./).waitFor();
    contactPath = new URL(page.url()).pathname;
    expect(contactPath).toMatch(/^\/stodkontakter\/[0-9a-f-]+\/[0-9a-f-]+$/);

    // Log a contact, on one of the unit's recent shifts if the list offers one.
    await page.getByLabel('Anteckning').fill('Pratade om skolan och fritiden.');
    const shift = page.getByLabel('Under fältpass (valfritt)');
    const options = await shift.locator('option').count();
    if (options > 1) await shift.selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Spara kontakten' }).click();
    await page.getByRole('status').filter({ hasText: 'Kontakten är loggad.' }).waitFor();
    await page.locator('.support-log').getByText('Pratade om skolan och fritiden.').waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });

  it('shows the unit manager who has read the contact, with the field worker’s read', async () => {
    expect(contactPath).not.toBe('');
    const page = await signedIn('chef@demo.faltlogg.se', DESKTOP);
    await page.goto(contactPath);
    await page.getByRole('heading', { name: 'Kim', level: 1 }).waitFor();
    const readers = page.getByRole('table', { name: 'Vem har läst eller ändrat stödkontakten' });
    await readers.getByRole('row').nth(1).waitFor();
    await readers
      .getByRole('row', { name: /Fatima Fältassistent.*Fältassistent.*Läste/ })
      .first()
      .waitFor();
    await readers.getByRole('row', { name: /Fatima Fältassistent.*Öppnade/ }).waitFor();
    // The manager's own read of this page is there too.
    await readers
      .getByRole('row', { name: /Cecilia Fältchef.*Läste/ })
      .first()
      .waitFor();
  });

  it('keeps a field worker of another unit out', async () => {
    const page = await signedIn('falt.soder@demo.faltlogg.se');
    await page.goto(contactPath);
    await page.getByRole('heading', { name: 'Ingen behörighet' }).waitFor();
    const [, , unitId, contactId] = contactPath.split('/');
    const response = await page.request.get(`/api/units/${unitId}/support-contacts/${contactId}`);
    expect(response.status()).toBe(404);
  });
});
