import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/server/demo/demo-organisation';
import { makeContactInput } from '../../src/server/support/support.fixtures';
import { axeViolations } from './accessibility';
import { DESKTOP, launchChromium, signIn } from './browser';

/** The phone field workers carry. */
const PHONE_390 = { width: 390, height: 844 };

/**
 * WebAuthn needs a secure context and a domain for its relying party id: http://localhost is both,
 * the server's http://127.0.0.1 is neither, so the browser talks to it by name.
 */
const baseUrl = () => inject('baseUrl').replace('127.0.0.1', 'localhost');

let browser: Browser;
const opened: BrowserContext[] = [];
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  for (const context of opened) await context.close().catch(() => undefined);
  await browser?.close();
});

async function signedIn(email: string, viewport: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    viewport,
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
  });
  opened.push(context);
  const page = await context.newPage();
  await signIn(page, email, DEMO_PASSWORD);
  await page.waitForURL((url) => url.pathname !== '/logga-in');
  return page;
}

/** Chromium's own virtual authenticator: a platform passkey that says the user verified. */
async function withVirtualAuthenticator(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
    },
  });
}

async function setRule(admin: Page, on: boolean): Promise<void> {
  await admin.goto('/admin/dataskydd');
  await admin.getByRole('heading', { name: 'Andra faktor', level: 2 }).waitFor();
  const box = admin.getByLabel('Kräv andra faktor för personuppgifter');
  if ((await box.isChecked()) === on) return;
  await box.setChecked(on);
  const section = admin.locator('section', { has: admin.getByRole('heading', { name: 'Andra faktor' }) });
  await section.getByRole('button', { name: 'Spara' }).click();
  await admin
    .getByRole('status')
    .filter({
      hasText: on ? 'En andra faktor krävs nu för personuppgifter.' : 'En andra faktor krävs inte längre.',
    })
    .waitFor();
}

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

describe('a second factor with step-up, in a real browser', () => {
  for (const [name, viewport] of [
    ['phone', PHONE_390],
    ['desktop', DESKTOP],
  ] as const) {
    it(`asks a field worker for the passkey before a support contact opens (${name})`, async () => {
      // Units no other browser test counts support contacts in (support.e2e expects Centrum's empty).
      const email = name === 'phone' ? 'falt.norr@demo.faltlogg.se' : 'falt.hamnen@demo.faltlogg.se';
      const worker = await signedIn(email, viewport);
      const admin = await signedIn('admin@demo.faltlogg.se', DESKTOP);
      await setRule(admin, false);

      // A contact to open later (the API, as the app would send it).
      const units = (await (await worker.request.get('/api/auth/session')).json()) as {
        csrfToken: string;
        user: { roles: { unitId: string | null }[] };
      };
      const unitId = units.user.roles.find((role) => role.unitId)?.unitId;
      const created = await worker.request.post(`/api/units/${unitId}/support-contacts`, {
        data: makeContactInput({ name: `Sam ${name}` }),
        headers: { 'X-CSRF-Token': units.csrfToken },
      });
      expect(created.status()).toBe(201);
      const contact = (await created.json()) as { id: string };

      // Säkerhet, from the header (inside "Meny" on a phone).
      await withVirtualAuthenticator(worker);
      await worker.goto('/');
      if (name === 'phone') await worker.getByRole('button', { name: 'Meny' }).click();
      await worker.getByRole('link', { name: 'Säkerhet' }).click();
      await worker.getByRole('heading', { name: 'Säkerhet', level: 1 }).waitFor();
      expect(await axeViolations(worker)).toEqual([]);
      await worker.getByLabel('Namn på nyckeln').fill('Jobbtelefonen');
      await worker.getByRole('button', { name: 'Lägg till nyckel' }).click();
      await worker.getByRole('heading', { name: 'Dina återställningskoder' }).waitFor();
      expect(await worker.locator('.recovery-code-list li').count()).toBe(10);
      await worker.getByRole('status').filter({ hasText: 'Nyckeln ”Jobbtelefonen” är tillagd.' }).waitFor();
      expect(await axeViolations(worker)).toEqual([]);
      await worker.getByRole('button', { name: 'Jag har sparat koderna' }).click();
      await worker.getByText('Jobbtelefonen', { exact: true }).waitFor();
      await worker.getByText('10 av 10 koder kvar.').waitFor();
      expect(await horizontalOverflow(worker)).toBeLessThanOrEqual(0);

      // The administrator turns the rule on. Enrolling stepped this session up, so the worker
      // signs out and in again (the virtual authenticator stays with the tab) to be asked.
      await setRule(admin, true);
      try {
        await worker.goto('/');
        if (name === 'phone') await worker.getByRole('button', { name: 'Meny' }).click();
        await worker.getByRole('button', { name: 'Logga ut' }).click();
        await worker.waitForURL((url) => url.pathname === '/logga-in');
        await signIn(worker, email, DEMO_PASSWORD);
        await worker.waitForURL((url) => url.pathname !== '/logga-in');

        await worker.goto(`/stodkontakter/${unitId}/${contact.id}`);
        const dialog = worker.getByRole('dialog', { name: 'Bekräfta att det är du' });
        await dialog.waitFor();
        const passkey = dialog.getByRole('button', { name: 'Använd nyckel (passkey)' });
        await expect.poll(() => passkey.evaluate((button) => button === document.activeElement)).toBe(true);
        await dialog.getByRole('button', { name: 'Använd en återställningskod' }).waitFor();
        expect(await axeViolations(worker)).toEqual([]);
        expect(await horizontalOverflow(worker)).toBeLessThanOrEqual(0);
        await passkey.click();
        await worker.getByRole('heading', { name: `Sam ${name}`, level: 1 }).waitFor();
        expect(await dialog.isVisible()).toBe(false);
      } finally {
        // Whatever happened, the next browser test finds the rule off.
        await setRule(admin, false);
      }
    });
  }

  it('closes with Escape, and the page says why it is empty', async () => {
    const admin = await signedIn('admin@demo.faltlogg.se', DESKTOP);
    await setRule(admin, true);
    try {
      const reception = await signedIn('mottagning@demo.faltlogg.se', PHONE_390);
      await reception.goto('/mottagning');
      // The reception has no factor yet: the dialog sends them to enrol.
      const dialog = reception.getByRole('dialog', { name: 'Lägg till en andra faktor' });
      await dialog.waitFor();
      expect(await axeViolations(reception)).toEqual([]);
      await reception.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      await reception.getByText('Det här kräver att du bekräftar med en andra faktor.').waitFor();
    } finally {
      await setRule(admin, false);
    }
  });
});
