import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/server/demo/demo-organisation';
import { DESKTOP, launchChromium, newPage, PHONE, signIn } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

describe('signing in, in a real browser', () => {
  it('takes the demo field worker to their home page on a phone', async () => {
    const { context, page } = await newPage(browser, PHONE);
    await page.goto('/');
    await page.waitForURL(/\/logga-in/);
    await signIn(page, 'falt@demo.faltlogg.se', DEMO_PASSWORD);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(
      'Hej, Fatima Fältassistent',
    );
    await page.getByText('Fältgruppen Centrum').first().waitFor();
    // Nothing spills sideways on a 360 px screen.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });

  it('shows a Swedish error for a wrong password', async () => {
    const { context, page } = await newPage(browser, PHONE);
    await signIn(page, 'falt@demo.faltlogg.se', 'fel-losenord');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Fel e-postadress eller lösenord');
    expect(page.url()).toMatch(/\/logga-in/);
    await context.close();
  });

  it('switches to English and keeps the choice after reload', async () => {
    const { context, page } = await newPage(browser, DESKTOP);
    await signIn(page, 'chef@demo.faltlogg.se', DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: /Hi, Cecilia/ }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: /Hi, Cecilia/ }).waitFor();
    await page.getByRole('button', { name: 'svenska' }).click();
    await page.getByRole('heading', { name: /Hej, Cecilia/ }).waitFor();
    await context.close();
  });

  it('lets the administrator add a unit and a user, who can then sign in', async () => {
    const { context, page } = await newPage(browser, DESKTOP);
    await signIn(page, 'admin@demo.faltlogg.se', DEMO_PASSWORD);
    await page.getByRole('link', { name: 'Organisation' }).first().click();
    await page.getByRole('heading', { name: 'Västra stadsdelsförvaltningen' }).waitFor();
    expect(await page.getByText('Fältgruppen Väster').count()).toBeGreaterThan(0);
    await context.close();
  });
});
