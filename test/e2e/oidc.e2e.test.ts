import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/server/demo/demo-organisation';
import { startTestProvider, type TestProvider } from '../support/oidc-provider';
import { axeViolations } from './accessibility';
import { DESKTOP, launchChromium, newPage, signIn } from './browser';

const PHONE_390 = { width: 390, height: 844 };
const LABEL = 'Logga in med Demo stad';

let browser: Browser;
let provider: TestProvider;
beforeAll(async () => {
  browser = await launchChromium();
  const baseUrl = inject('baseUrl');
  provider = await startTestProvider({
    redirectUris: [`${baseUrl}/api/auth/oidc/callback`],
    postLogoutRedirectUris: [`${baseUrl}/logga-in`],
    accounts: [{ login: 'fatima', sub: 'e2e-fatima', email: 'falt@demo.faltlogg.se', amr: ['pwd', 'otp'] }],
  });
});
afterAll(async () => {
  await browser?.close();
  await provider?.close();
});

/** Turns the provider off again, so the other browser tests see the sign-in page as they expect. */
async function turnOff(page: Page) {
  const session = (await (await page.request.get('/api/auth/session')).json()) as { csrfToken: string };
  const current = (await (await page.request.get('/api/admin/oidc')).json()) as {
    settings: Record<string, unknown> & { clientSecretSaved?: boolean; updatedAt?: string };
  };
  const { clientSecretSaved: _saved, updatedAt: _at, ...settings } = current.settings;
  await page.request.put('/api/admin/oidc', {
    data: { ...settings, enabled: false },
    headers: { 'X-CSRF-Token': session.csrfToken },
  });
}

describe('signing in through the municipality’s identity provider', () => {
  it('an administrator sets it up on a desktop, and a field worker signs in with the button on a phone', async () => {
    const admin = await newPage(browser, DESKTOP);
    try {
      await signIn(admin.page, 'admin@demo.faltlogg.se', DEMO_PASSWORD);
      await admin.page.getByRole('navigation').getByRole('link', { name: 'Inloggning (OIDC)' }).click();
      await admin.page.getByRole('heading', { level: 1, name: 'Inloggning (OIDC)' }).waitFor();
      await admin.page.getByText(`${inject('baseUrl')}/api/auth/oidc/callback`).waitFor();
      expect(await axeViolations(admin.page)).toEqual([]);

      // Entra's shared endpoint is refused with a message that says why.
      await admin.page.getByLabel('Utfärdare (issuer)').fill('https://login.microsoftonline.com/common/v2.0');
      await admin.page.getByLabel('Klient-id', { exact: true }).fill(provider.clientId);
      await admin.page.getByLabel('Klienthemlighet').fill(provider.clientSecret);
      await admin.page.getByLabel('Text på inloggningsknappen').fill(LABEL);
      await admin.page.getByRole('button', { name: 'Spara inställningar' }).click();
      await admin.page
        .getByRole('alert')
        .getByText(/gemensam för alla organisationer/)
        .waitFor();

      await admin.page.getByLabel('Utfärdare (issuer)').fill(provider.issuer);
      await admin.page.getByRole('button', { name: 'Spara inställningar' }).click();
      await admin.page.getByText('Inställningarna är sparade.').waitFor();
      // The secret is never shown again: the field is empty and says it is saved.
      await admin.page.getByLabel('Klienthemlighet (sparad)').waitFor();
      expect(await admin.page.getByLabel('Klienthemlighet (sparad)').inputValue()).toBe('');
      expect(await admin.page.content()).not.toContain(provider.clientSecret);
      expect(await axeViolations(admin.page)).toEqual([]);

      const phone = await newPage(browser, PHONE_390);
      try {
        await phone.page.goto('/logga-in');
        const button = phone.page.getByRole('link', { name: LABEL });
        await button.waitFor();
        expect(await axeViolations(phone.page)).toEqual([]);
        const overflow = await phone.page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
        await button.click();
        // The provider's own sign-in form.
        await phone.page.getByLabel('Användarnamn').fill('fatima');
        await phone.page.getByRole('button', { name: 'Logga in hos leverantören' }).click();
        await phone.page.getByRole('heading', { name: 'Hej, Fatima Fältassistent' }).waitFor();
        expect(new URL(phone.page.url()).pathname).toBe('/');
        expect(await axeViolations(phone.page)).toEqual([]);
      } finally {
        await phone.context.close();
      }
    } finally {
      await turnOff(admin.page);
      await admin.context.close();
    }
  });

  it('says in Swedish why a provider sign-in failed', async () => {
    const { context, page } = await newPage(browser, PHONE_390);
    try {
      await page.goto('/logga-in?oidc_error=oidc_user_unknown');
      await page.getByRole('alert').getByText('Det finns inget Fältlogg-konto för dig').waitFor();
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
