import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/server/demo/demo-organisation';
import { axeFindings } from './accessibility';
import { DESKTOP, launchChromium, newPage, signIn } from './browser';

const IPHONE = { width: 390, height: 844 };
let browser: Browser;
const opened: BrowserContext[] = [];
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  for (const context of opened) await context.close();
  await browser?.close();
});

async function signedIn(email: string, viewport = IPHONE): Promise<Page> {
  const session = await newPage(browser, viewport);
  opened.push(session.context);
  await signIn(session.page, email, DEMO_PASSWORD);
  await session.page.getByRole('heading', { name: /^Hej/ }).waitFor();
  return session.page;
}

const noOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** The demo puts out this year's and next year's nights; next year's are all still ahead. */
const nextYear = new Date().getUTCFullYear() + 1;

describe('the risk-night calendar, in a real browser', () => {
  it('a unit answers the risk-night calendar: the manager plans staffing on a phone and gets a planned shift', async () => {
    const page = await signedIn('chef@demo.faltlogg.se');
    await page.getByRole('main').getByRole('link', { name: 'Riskkvällar' }).click();
    await page.getByRole('heading', { name: 'Riskkvällar', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Nästa år' }).click();
    await page.getByText(`År ${nextYear}`).waitFor();

    const answer = page.getByRole('form', { name: new RegExp(`^Svar för Skolavslutning .* ${nextYear}$`) });
    await answer.getByText('Inte svarat').waitFor();
    await answer.getByLabel('Antal personal').fill('3');
    await answer.getByLabel('Kommentar (valfritt)').fill('Skolgården och Stortorget');
    await answer.getByRole('button', { name: 'Spara svar' }).click();
    await answer.getByText('3 personal planerade').waitFor();
    expect(await noOverflow(page)).toBe(0);
    expect(await axeFindings(page)).toEqual([]);

    await answer.getByRole('button', { name: 'Gör till planerat pass' }).click();
    const shiftLink = answer.getByRole('link', { name: 'Visa det planerade passet' });
    await shiftLink.waitFor();
    expect(await answer.getByRole('button', { name: 'Gör till planerat pass' }).count()).toBe(0);
    const href = (await shiftLink.getAttribute('href')) ?? '';
    const unitId = href.split('/')[2];

    // The coverage counts the unit: the demo's three answers to Valborg, and now one to Skolavslutning.
    const coverage = page.getByRole('region', { name: 'Täckning i staden' });
    await coverage.getByText('1 av 5 enheter har svarat, 3 personal planerade').waitFor();

    await page.goto(`/enhet/${unitId}/oversikt?month=${nextYear}-06&view=list`);
    const planned = page.locator('.shift-row-planned', { hasText: 'Skolavslutning' });
    await planned.waitFor();
    expect(await planned.count()).toBe(1);
    expect(await noOverflow(page)).toBe(0);
  });

  it('shows an administrator the coverage and the tools to put out a year at a desktop', async () => {
    const page = await signedIn('admin@demo.faltlogg.se', DESKTOP);
    await page.goto('/riskkvallar');
    await page.getByRole('button', { name: 'Nästa år' }).click();
    await page.getByText('3 av 5 enheter har svarat, 9 personal planerade').waitFor();
    await page
      .getByText(/Har inte svarat: .*Fältgruppen Hamnen/)
      .first()
      .waitFor();
    await page.getByRole('button', { name: `Lägg till standardkvällar för ${nextYear}` }).click();
    await page.getByText('0 kvällar lades till.').waitFor();

    // The municipality's schools end a day earlier than the default.
    await page.getByRole('button', { name: /^Ändra Skolavslutning/ }).click();
    await page.getByRole('heading', { name: 'Ändra Skolavslutning' }).waitFor();
    await page.getByLabel('Datum').fill(`${nextYear}-06-10`);
    await page.getByRole('button', { name: 'Spara ändringen' }).click();
    await page.getByText('Kvällen är ändrad.').waitFor();
    const coverage = page.getByRole('region', { name: 'Täckning i staden' });
    await coverage
      .locator('li', { hasText: 'Skolavslutning' })
      .locator(`time[datetime="${nextYear}-06-10"]`)
      .waitFor();
    expect(await axeFindings(page)).toEqual([]);
  });
});
