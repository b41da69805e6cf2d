import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/server/demo/demo-organisation';
import { DESKTOP, launchChromium, newPage, PHONE, signIn } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

/** The number on a filter button, e.g. 7 on "Ej granskade 7". */
async function filterCount(page: Page, name: string): Promise<number> {
  const text = await page.getByRole('button', { name: new RegExp(`^${name}`) }).textContent();
  return Number(text?.match(/\d+/)?.[0] ?? Number.NaN);
}

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

describe('the unit manager’s overview, in a real browser', () => {
  it('shows the month, the shifts without a log, and lets the manager review a log', async () => {
    const { context, page } = await newPage(browser, DESKTOP);
    await signIn(page, 'chef@demo.faltlogg.se', DEMO_PASSWORD);
    await page.getByRole('navigation').getByRole('link', { name: 'Enhetens pass' }).click();
    await page.getByRole('heading', { name: 'Enhetens pass', level: 1 }).waitFor();

    // The month calendar, Monday first, with the demo unit's shifts as links.
    const calendar = page.getByRole('table');
    await calendar.getByRole('columnheader').first().waitFor();
    expect(await calendar.getByRole('columnheader').first().getAttribute('abbr')).toBe('måndag');
    await calendar.getByRole('link').first().waitFor();
    expect(await calendar.getByRole('link').count()).toBeGreaterThan(0);
    await page.getByText(/\d+ pass saknar logg|Inga pass saknar logg/).waitFor();
    await page.getByText(/\d+ loggar? att granska|Inga loggar att granska/).waitFor();

    // "Saknar logg": planned shifts whose end has passed.
    await page.getByRole('button', { name: /^Saknar logg/ }).click();
    await page.getByRole('heading', { name: 'Pass som saknar logg' }).waitFor();
    const missing = await filterCount(page, 'Saknar logg');
    const rows = page.locator('.shift-list > li');
    await expect.poll(() => rows.count()).toBe(missing);
    expect(await rows.filter({ hasText: /Saknar logg/ }).count()).toBe(missing);

    // "Ej granskade": open the newest done shift and mark it reviewed.
    await page.getByRole('button', { name: /^Ej granskade/ }).click();
    await page.getByRole('heading', { name: 'Loggar att granska' }).waitFor();
    const before = await filterCount(page, 'Ej granskade');
    expect(before).toBeGreaterThan(0);
    const firstShift = page.locator('.shift-list').getByRole('link').first();
    const href = await firstShift.getAttribute('href');
    expect(href).toMatch(/\/pass\/[0-9a-f-]+\/granska$/);
    await firstShift.click();
    await page.getByRole('heading', { name: 'Ändringshistorik' }).waitFor();
    await page.getByText('Antal kontakter, inte unika personer.').waitFor();
    expect(await page.getByRole('link', { name: 'Rätta' }).getAttribute('href')).toBe(
      href?.replace(/\/granska$/, ''),
    );
    await page.getByRole('button', { name: 'Markera som granskad' }).click();
    await page.getByRole('status').filter({ hasText: 'Passet är markerat som granskat.' }).waitFor();
    await page.getByText(/Granskad .* av Cecilia Fältchef/).waitFor();
    expect(await page.getByRole('button', { name: 'Markera som granskad' }).count()).toBe(0);

    // Back in "Ej granskade", the shift is gone and the count is one less.
    await page.getByRole('main').getByRole('link', { name: 'Enhetens pass' }).click();
    await page.getByRole('heading', { name: 'Loggar att granska' }).waitFor();
    await expect.poll(() => filterCount(page, 'Ej granskade')).toBe(before - 1);
    expect(await page.locator(`a[href="${href}"]`).count()).toBe(0);
    await context.close();
  });

  it('folds the calendar into a list of days on a phone, with nothing spilling sideways', async () => {
    const { context, page } = await newPage(browser, PHONE);
    await signIn(page, 'chef@demo.faltlogg.se', DEMO_PASSWORD);
    await page
      .getByRole('link', { name: /Enhetens pass/ })
      .first()
      .click();
    await page.getByRole('table').getByRole('link').first().waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Lista' }).click();
    await page.getByRole('main').getByRole('heading', { level: 3 }).first().waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await context.close();
  });

  it('keeps people who do not work in the unit out of its shifts', async () => {
    const { context, page } = await newPage(browser, DESKTOP);
    await signIn(page, 'falt.soder@demo.faltlogg.se', DEMO_PASSWORD);
    await page.getByRole('heading', { name: /Hej, Sara Söder/ }).waitFor();
    const centre = await page.evaluate(async () => {
      const response = await fetch('/api/organisation');
      const body = (await response.json()) as {
        administrations: { units: { id: string; name: string }[] }[];
      };
      return body.administrations.flatMap((a) => a.units).find((unit) => unit.name === 'Fältgruppen Centrum')
        ?.id;
    });
    expect(centre).toBeTruthy();
    await page.goto(`/enhet/${centre}/oversikt`);
    await page.getByRole('heading', { name: 'Ingen behörighet' }).waitFor();
    await context.close();
  });
});

describe('the categories administration, in a real browser', () => {
  it('adds a topic, renames it, retires it, and shows it only with "Visa avvecklade"', async () => {
    const { context, page } = await newPage(browser, DESKTOP);
    await signIn(page, 'admin@demo.faltlogg.se', DEMO_PASSWORD);
    await page.getByRole('navigation').getByRole('link', { name: 'Kategorier' }).click();
    await page.getByRole('heading', { name: 'Samtalsämnen', level: 2 }).waitFor();
    await page.getByRole('row', { name: /Skola/ }).waitFor();

    const addForm = page.getByRole('form', { name: 'Ny kategori' });
    await addForm.getByLabel('Namn på svenska').fill('Gaming');
    await addForm.getByLabel('Namn på engelska').fill('Gaming');
    await addForm.getByRole('button', { name: 'Lägg till' }).click();
    await page.getByRole('status').filter({ hasText: 'Gaming lades till.' }).waitFor();
    await page.getByRole('row', { name: /Gaming/ }).waitFor();

    // The same name again is a conflict, said in Swedish.
    await addForm.getByLabel('Namn på svenska').fill('Gaming');
    await addForm.getByLabel('Namn på engelska').fill('Gaming');
    await addForm.getByRole('button', { name: 'Lägg till' }).click();
    await addForm.getByRole('alert').filter({ hasText: 'Det finns redan en kategori' }).waitFor();

    await page.getByRole('button', { name: 'Ändra Gaming' }).click();
    const editForm = page.getByRole('form', { name: 'Ändra Gaming' });
    await editForm.getByLabel('Namn på svenska').fill('Dataspel');
    await editForm.getByLabel('Namn på engelska').fill('Video games');
    await editForm.getByRole('button', { name: 'Spara Gaming' }).click();
    await page.getByRole('status').filter({ hasText: 'Dataspel sparades.' }).waitFor();
    const row = page.getByRole('row', { name: /Dataspel/ });
    await row.getByText('Video games').waitFor();

    await page.getByRole('button', { name: 'Avveckla Dataspel' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('finns kvar i historik och statistik').waitFor();
    await dialog.getByRole('button', { name: 'Ja, avveckla' }).click();
    await page.getByRole('status').filter({ hasText: 'Dataspel avvecklades.' }).waitFor();
    await expect.poll(() => row.count()).toBe(0);

    await page.getByLabel('Visa avvecklade').check();
    await row.getByText('Avvecklad').waitFor();
    await page.getByRole('button', { name: 'Återinför Dataspel' }).waitFor();
    await page.getByLabel('Visa avvecklade').uncheck();
    await expect.poll(() => row.count()).toBe(0);
    await context.close();
  });

  it('keeps unit managers out of the categories administration', async () => {
    const { context, page } = await newPage(browser, PHONE);
    await signIn(page, 'chef@demo.faltlogg.se', DEMO_PASSWORD);
    await page.getByRole('heading', { name: /Hej, Cecilia/ }).waitFor();
    await page.goto('/admin/kategorier');
    await page.getByRole('heading', { name: 'Ingen behörighet' }).waitFor();
    await context.close();
  });
});
