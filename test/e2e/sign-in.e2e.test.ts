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
    await page.getByRole('heading', { name: 'Hej, Fatima Fältassistent' }).waitFor();
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
    // Wait for the home page: the sign-in page has a heading of its own.
    await page.getByRole('heading', { name: /Hej, Cecilia/ }).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: /Hi, Cecilia/ }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: /Hi, Cecilia/ }).waitFor();
    await page.getByRole('button', { name: 'svenska' }).click();
    await page.getByRole('heading', { name: /Hej, Cecilia/ }).waitFor();
    await context.close();
  });

  it('lets the administrator add a unit and a user in it, who can then sign in', async () => {
    const { context, page } = await newPage(browser, DESKTOP);
    await signIn(page, 'admin@demo.faltlogg.se', DEMO_PASSWORD);
    const nav = page.getByRole('navigation');
    await nav.getByRole('link', { name: 'Organisation' }).click();
    await page.getByLabel('Ny enhet i Västra stadsdelsförvaltningen').fill('Fältgruppen Vallby');
    await page.getByRole('button', { name: 'Lägg till enhet i Västra stadsdelsförvaltningen' }).click();
    await page.getByRole('button', { name: 'Byt namn på Fältgruppen Vallby' }).waitFor();

    await nav.getByRole('link', { name: 'Användare' }).click();
    await page.getByRole('link', { name: 'Ny användare' }).click();
    await page.getByLabel('Namn', { exact: true }).fill('Vera Vallby');
    await page.getByLabel('E-post').fill('vera@demo.faltlogg.se');
    await page.getByLabel('Startlösenord').fill('vallby-losenord-1');
    const role = page.getByRole('group', { name: 'Roll 1' });
    await role.getByLabel('Roll', { exact: true }).selectOption({ label: 'Fältassistent' });
    await role.getByLabel('Enhet').selectOption({ label: 'Fältgruppen Vallby' });
    await page.getByRole('button', { name: 'Skapa användare' }).click();
    await page.getByRole('status').filter({ hasText: 'Vera Vallby' }).waitFor();
    await context.close();

    const vera = await newPage(browser, PHONE);
    await signIn(vera.page, 'vera@demo.faltlogg.se', 'vallby-losenord-1');
    await vera.page.getByRole('heading', { name: 'Hej, Vera Vallby' }).waitFor();
    await vera.page.getByText('Fältassistent – Fältgruppen Vallby').waitFor();
    await vera.context.close();
  });

  it('keeps a partner out of the administration pages', async () => {
    const { context, page } = await newPage(browser, PHONE);
    await signIn(page, 'polis@demo.faltlogg.se', DEMO_PASSWORD);
    await page.getByRole('heading', { name: /Hej, Per Polis/ }).waitFor();
    await page.goto('/admin/anvandare');
    await page.getByText('Ingen behörighet').first().waitFor();
    expect(await page.getByText('admin@demo.faltlogg.se').count()).toBe(0);
    await context.close();
  });
});
