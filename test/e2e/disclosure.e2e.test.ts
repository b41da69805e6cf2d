import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/server/demo/demo-organisation';
import { axeViolations } from './accessibility';
import { DESKTOP, launchChromium, newPage, onStatistics } from './browser';

/** The phone the method page is checked on: a common large phone, as the brief for it names. */
const LARGE_PHONE = { width: 390, height: 844 };
const METHOD_PATH = '/statistik/metod';

type Method = {
  parameters: { maxDeviation: number; variance: number; js: number; keyModulus: number };
  ptable: { count: number; noises: { noise: number; probability: number }[] }[];
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** The method page shows the server's parameters and its whole perturbation table, as Swedish text. */
async function expectMethodShown(page: Page, method: Method): Promise<void> {
  const { maxDeviation: D, variance: V, js } = method.parameters;
  await page.getByRole('heading', { name: 'Så skyddas talen om unga', level: 1 }).waitFor();
  const parameters = page.locator('.method-parameters');
  expect(await parameters.getByRole('term').allTextContents()).toEqual([
    'Största avvikelse, D',
    'Varians, V',
    'js',
  ]);
  const values = await parameters.locator('.method-value').allTextContents();
  expect(values).toEqual([String(D), new Intl.NumberFormat('sv-SE').format(V), String(js)]);
  expect(values[1]).toBe('1,2');
  await page.getByText(`(D = ${D}, V = ${values[1]}, js = ${js})`, { exact: false }).waitFor();

  const table = page.getByRole('table', { name: 'Sannolikheten för varje brus, per sant antal' });
  const noiseHeaders = await table.locator('thead tr').nth(1).getByRole('columnheader').allTextContents();
  expect(noiseHeaders).toHaveLength(2 * D + 1);
  expect(noiseHeaders[0]).toBe(`\u2212${D}`);
  expect(noiseHeaders[D]).toBe('0');
  expect(noiseHeaders.at(-1)).toBe(`+${D}`);

  const rows = table.locator('tbody tr');
  expect(await rows.count()).toBe(method.ptable.length);
  const last = method.ptable.at(-1);
  expect(await rows.last().getByRole('rowheader').textContent()).toBe(`${last?.count} och fler`);

  // Every probability as a Swedish percentage in its noise's column; impossible noises empty.
  const percent = new Intl.NumberFormat('sv-SE', { style: 'percent', maximumSignificantDigits: 2 });
  const shown = await rows.evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
  );
  const expected = method.ptable.map((row) =>
    Array.from({ length: 2 * D + 1 }, (_, i) => {
      const entry = row.noises.find((n) => n.noise === i - D);
      return entry ? percent.format(entry.probability) : '';
    }),
  );
  expect(shown).toEqual(expected);
  expect(shown[0]?.[D]).toBe('100\u00a0%');
  // No published figure is 1: a true 1 never gets the noise 0.
  expect(shown[1]?.[D]).toBe('');
}

describe('the method page, in a real browser', () => {
  for (const [name, viewport] of [
    ['phone', LARGE_PHONE],
    ['desktop', DESKTOP],
  ] as const) {
    it(`opens signed out on a ${name} and shows the parameters and the table`, async () => {
      const { context, page } = await newPage(browser, viewport);
      const method = (await (await page.request.get('/api/disclosure/method')).json()) as Method;
      expect(method.parameters).toMatchObject({ maxDeviation: 4, variance: 1.2, js: 1 });

      await page.goto(METHOD_PATH);
      await expectMethodShown(page, method);
      // Not sent to the sign-in page: the way in is offered, not forced.
      expect(new URL(page.url()).pathname).toBe(METHOD_PATH);
      await page.getByRole('link', { name: 'Logga in' }).waitFor();
      await page.getByText('Källa: Fältlogg, [kommun].', { exact: false }).waitFor();

      expect(await axeViolations(page)).toEqual([]);
      expect(await horizontalOverflow(page)).toBe(0);
      await context.close();
    });
  }

  it('is in English too', async () => {
    const { context, page } = await newPage(browser, LARGE_PHONE);
    await page.goto(METHOD_PATH);
    await page.getByRole('button', { name: 'English' }).click();
    await page
      .getByRole('heading', { name: 'How figures about young people are protected', level: 1 })
      .waitFor();
    await page.getByRole('columnheader', { name: 'True count' }).waitFor();
    await page.getByRole('rowheader', { name: '6 and more' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('shows the analyst the protection line on the statistics page, and its link leads to the method', async () => {
    const { context, page } = await onStatistics(
      browser,
      LARGE_PHONE,
      'analytiker@demo.faltlogg.se',
      DEMO_PASSWORD,
    );
    await page.locator('.stats-figures[aria-busy="false"]').waitFor();
    const line = page.getByText(
      'Talen är skyddade med cell-key-metoden: små tal är ungefärliga och delarna summerar inte alltid till totalen.',
    );
    await line.waitFor();
    expect(await line.count()).toBe(1);

    await page.getByRole('link', { name: 'Om metoden' }).click();
    await page.getByRole('heading', { name: 'Så skyddas talen om unga', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe(METHOD_PATH);
    await page.getByRole('table', { name: 'Sannolikheten för varje brus, per sant antal' }).waitFor();
    // Signed in, the citation names the analyst's own municipality.
    await page.getByText('Källa: Fältlogg, Demo stad.', { exact: false }).waitFor();
    expect(await horizontalOverflow(page)).toBe(0);
    await context.close();
  });
});
