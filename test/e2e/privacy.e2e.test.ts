import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/server/demo/demo-organisation';
import { readPdf } from '../../src/server/documents/pdf-read';
import { axeViolations } from './accessibility';
import { DESKTOP, launchChromium, newPage, PHONE, signIn } from './browser';

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

  it('hands a young person their register extract as a Swedish PDF, with the consent day right', async () => {
    const field = await newPage(browser, DESKTOP);
    await signIn(field.page, 'falt@demo.faltlogg.se', DEMO_PASSWORD);
    await field.page.waitForURL((url) => !url.pathname.startsWith('/logga-in'));
    const session = (await (await field.page.request.get('/api/auth/session')).json()) as {
      csrfToken: string;
      user: { roles: { unitId: string | null }[] };
    };
    const unitId = session.user.roles.find((grant) => grant.unitId)?.unitId;
    const created = await field.page.request.post(`/api/units/${unitId}/support-contacts`, {
      headers: { 'X-CSRF-Token': session.csrfToken },
      data: {
        name: 'Registerutdrag',
        birthYear: 2008,
        gender: 'other',
        areaId: null,
        plan: null,
        consent: { youngPerson: true, guardian: false, consentedOn: '2026-12-01', scope: 'Stödsamtal' },
      },
    });
    expect(created.status()).toBe(201);
    await field.context.close();

    const { context, page } = await newPage(browser, DESKTOP);
    await signIn(page, 'admin@demo.faltlogg.se', DEMO_PASSWORD);
    await page.waitForURL((url) => !url.pathname.startsWith('/logga-in'));
    await page.goto('/admin/dataskydd');
    await page.getByLabel('Förnamn eller pseudonym').fill('registerutdrag');
    await page.getByLabel('Födelseår').fill('2008');
    await page.getByRole('button', { name: 'Sök' }).click();
    await page.getByRole('button', { name: 'Visa registerutdrag' }).click();
    await page.getByText('1 december 2026', { exact: true }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const href = await page
      .getByRole('link', { name: 'Ladda ner utdraget för den unga (PDF)' })
      .getAttribute('href');
    const response = await page.request.get(href ?? '');
    expect(response.headers()['content-type']).toBe('application/pdf');
    const pdf = await readPdf(new Uint8Array(await response.body()));
    expect(pdf.text).toContain('Datum för samtycket\n1 december 2026');
    await context.close();
  });
});
