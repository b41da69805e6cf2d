import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/server/demo/demo-organisation';
import { DESKTOP, launchChromium, newPage, PHONE, signIn } from './browser';

let browser: Browser;
const opened: BrowserContext[] = [];
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  for (const context of opened) await context.close();
  await browser?.close();
});

async function signedIn(email: string, viewport = PHONE): Promise<Page> {
  const session = await newPage(browser, viewport);
  opened.push(session.context);
  await signIn(session.page, email, DEMO_PASSWORD);
  await session.page.getByRole('heading', { name: /^Hej/ }).waitFor();
  return session.page;
}

describe('guidance follow-up and role separation, in a real browser', () => {
  it('lets a field worker on a phone record that the young people guided arrived', async () => {
    const page = await signedIn('falt@demo.faltlogg.se');
    await page.goto('/lotsning');
    await page.getByRole('heading', { name: 'Lotsning', level: 1 }).waitFor();
    const shifts = page.locator('.follow-up-shift');
    await shifts.first().waitFor();
    const before = await shifts.count();
    const first = shifts.first();
    const heading = await first.getByRole('heading').textContent();

    // Every young person of the shift's guidance arrived: + on "Kom fram" until nobody is left.
    for (const cell of await first.locator('fieldset').all()) {
      const add = cell.getByRole('button', { name: 'En till: Kom fram' });
      while (await add.isEnabled()) await add.click();
      await cell.getByText('Kvar att följa upp: 0').waitFor();
    }
    await first.getByRole('button', { name: 'Spara uppföljningen' }).click();
    await page.getByText('Passets lotsning är färdigt uppföljd.').waitFor();
    await expect.poll(() => shifts.count()).toBe(before - 1);
    expect(await page.getByRole('heading', { name: heading ?? '' }).count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
  });

  it('offers authority tasks in the shift editor only while an administrator allows them', async () => {
    const worker = await signedIn('falt@demo.faltlogg.se');
    const timeUseOptions = async () => {
      await worker.goto('/pass');
      await worker.getByRole('link', { name: 'Nytt pass' }).click();
      await worker.getByRole('heading', { name: 'Nytt pass' }).waitFor();
      await worker.getByText('Tid, typ och personal').click();
      const select = worker.getByLabel('Tiden användes till');
      await select.waitFor();
      return select.locator('option').allTextContents();
    };
    const admin = await signedIn('admin@demo.faltlogg.se', DESKTOP);
    await admin.goto('/admin/organisation');
    const section = admin.getByRole('region', { name: 'Förebyggande arbete och myndighetsutövning' });
    const allowed = section.getByLabel('Fältassistenterna utför även myndighetsutövning');
    // Demo stad starts with authority tasks allowed, so its figures can show them.
    expect(await allowed.isChecked()).toBe(true);
    await allowed.uncheck();
    await section.getByRole('button', { name: 'Spara' }).click();
    await admin.getByText('Fältassistenterna utför nu inte myndighetsutövning.').waitFor();
    await expect.poll(timeUseOptions).not.toContain('Myndighetsutövning');

    await allowed.check();
    await section.getByRole('button', { name: 'Spara' }).click();
    await admin.getByText('Fältassistenterna får nu även utföra myndighetsutövning.').waitFor();
    await expect.poll(timeUseOptions).toContain('Myndighetsutövning');
  });

  it('shows the manager the outcomes and the preventive / authority split in the statistics', async () => {
    const page = await signedIn('chef@demo.faltlogg.se', DESKTOP);
    await page.getByRole('navigation').getByRole('link', { name: 'Statistik' }).first().click();
    await page.getByRole('heading', { name: 'Statistik', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Utfall av lotsning' }).waitFor();
    await page.getByRole('heading', { name: 'Förebyggande / myndighetsutövning' }).waitFor();
  });
});
