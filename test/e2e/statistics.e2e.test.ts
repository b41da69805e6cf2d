import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/server/demo/demo-organisation';
import { DESKTOP, launchChromium, newPage, onStatistics, PHONE, signIn } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

async function openStatistics(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: 'Statistik' }).first().click();
  await page.getByRole('heading', { name: 'Statistik', level: 1 }).waitFor();
}

/** The municipality's analyst on a phone, on the statistics page (the menu hides the navigation). */
const analystOnPhone = () => onStatistics(browser, PHONE, 'analytiker@demo.faltlogg.se', DEMO_PASSWORD);

/** Chooses a period and waits for its figures to arrive and show. */
async function choosePeriod(page: Page, name: string): Promise<void> {
  await Promise.all([
    page.waitForResponse((response) => response.url().includes('/statistics/contacts?')),
    page.getByRole('button', { name, exact: true }).click(),
  ]);
  await page.locator('.stats-figures[aria-busy="false"]').waitFor();
}

/** The big total under "Kontakter", as a number ("3 206" → 3206). */
async function headlineTotal(page: Page): Promise<number> {
  const text = await page.locator('.stats-total').textContent();
  return Number(text?.replace(/\D/g, '') ?? Number.NaN);
}

describe('statistics, in a real browser', () => {
  it('shows the unit manager the unit’s contacts, a chart, a table and a CSV file', async () => {
    const { context, page } = await newPage(browser, DESKTOP);
    await signIn(page, 'chef@demo.faltlogg.se', DEMO_PASSWORD);
    await openStatistics(page);
    await page.getByText('Fältgruppen Centrum').first().waitFor();
    await page.getByText('Kontakter är inte unika personer', { exact: false }).waitFor();
    // The unit's own manager sees the unit's exact figures, and is told so.
    await page.getByText('Du ser enhetens exakta tal.', { exact: false }).waitFor();

    // A year of demo shifts: this year's total and the chart.
    await choosePeriod(page, 'År');
    expect(page.url()).toContain('period=year');
    const yearTotal = await headlineTotal(page);
    expect(yearTotal).toBeGreaterThan(0);
    await page.locator('section[aria-labelledby="stats-by-month"] .stats-chart svg[aria-label]').waitFor();
    expect(await page.locator('.stats-chart svg rect').count()).toBeGreaterThan(0);
    await page.getByText(/Tjejer \d+\s%, killar \d+\s%, annat\/okänt \d+\s%/).waitFor();

    // Back to the month: a different, smaller or equal figure.
    await choosePeriod(page, 'Månad');
    expect(page.url()).toContain('period=month');
    expect(await headlineTotal(page)).toBeLessThanOrEqual(yearTotal);
    await choosePeriod(page, 'År');
    expect(await headlineTotal(page)).toBe(yearTotal);

    // The chart's table view, and its figures as a CSV file for Swedish Excel.
    const byMonth = page.locator('section[aria-labelledby="stats-by-month"]');
    await byMonth.getByRole('button', { name: 'Tabell' }).click();
    await byMonth.getByRole('columnheader', { name: 'Tjejer' }).waitFor();
    expect(await byMonth.getByRole('row').count()).toBeGreaterThan(1);

    const byAge = page.locator('section[aria-labelledby="stats-by-age"]').first();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      byAge.getByRole('button', { name: 'Ladda ner CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^kontakter_Fältgruppen-Centrum_\d{4}-01-01_\d{4}-12-31\.csv$/,
    );
    const bytes = await readFile((await download.path()) as string);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^Kön;.*;Totalt$/);
    for (const gender of ['Tjejer', 'Killar', 'Annat/okänt']) {
      expect(lines.filter((line) => line.startsWith(`${gender};`))).toHaveLength(1);
    }
    expect(lines.at(-1)).toMatch(/^Totalt;/);
    expect(lines.at(-1)?.split(';').at(-1)).toBe(String(yearTotal));

    // The rest of the catalogue: hours by weekday as a table, and as Excel with its definition.
    await page.getByRole('heading', { name: 'Pass och tid', level: 2 }).waitFor();
    const weekday = page.locator('section[aria-labelledby="stats-fieldHoursByWeekday"]');
    await weekday.getByRole('button', { name: 'Tabell' }).click();
    await weekday.getByRole('rowheader', { name: 'Fredag' }).waitFor();
    const [workbook] = await Promise.all([
      page.waitForEvent('download'),
      weekday.getByRole('button', { name: 'Ladda ner Excel' }).click(),
    ]);
    expect(workbook.suggestedFilename()).toMatch(/^timmar-i-fält-per-veckodag_Fältgruppen-Centrum_.*\.xlsx$/);
    const zip = await readFile((await workbook.path()) as string);
    expect(zip.subarray(0, 2).toString('latin1')).toBe('PK');
    const [all] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Ladda ner hela vyn (Excel)' }).click(),
    ]);
    expect(all.suggestedFilename()).toMatch(/\.xlsx$/);
    // Its definitions say how the figures are protected: exact, for the unit's own staff.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await readFile((await all.path()) as string)) as unknown as ExcelJS.Buffer);
    const protection = book.getWorksheet('Definitioner')?.getRow(3);
    expect(protection?.getCell(1).value).toBe('Röjandeskydd');
    expect(String(protection?.getCell(2).value)).toMatch(/^Enhetens exakta tal.*\/statistik\/metod$/);
    await page.getByRole('heading', { name: 'Kontakter per timme i fält' }).waitFor();
    await context.close();
  });

  it('lets an analyst set two units side by side', async () => {
    const { context, page } = await analystOnPhone();
    await page.getByLabel('Visa för').selectOption({ label: 'Hela kommunen' });
    await choosePeriod(page, 'År');
    const comparison = page.locator('section[aria-labelledby="stats-comparison"]');
    await comparison.getByRole('heading', { name: 'Jämför enheter' }).waitFor();
    // Every active unit (other browser tests may have added one to the shared server).
    expect(await comparison.locator('tbody tr').count()).toBeGreaterThanOrEqual(5);
    await comparison.getByRole('button', { name: 'Fältgruppen Centrum' }).click();
    await comparison.getByRole('button', { name: 'Fältgruppen Söder' }).click();
    await expect.poll(() => comparison.locator('tbody tr').count()).toBe(2);
    const names = await comparison.locator('tbody th').allTextContents();
    expect(names.sort()).toEqual(['Fältgruppen Centrum', 'Fältgruppen Söder']);
    // Shifts and hours are not about young people: exact numbers for everyone.
    const centre = comparison.getByRole('row', { name: /Fältgruppen Centrum/ });
    expect(await centre.getByRole('cell').first().textContent()).toMatch(/^\d[\d\s]*$/);
    await comparison.locator('.stats-chart svg').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
    await context.close();
  });

  it('shows the municipality’s analyst a unit’s figures protected, every one a number', async () => {
    const { context, page } = await analystOnPhone();
    await page.getByLabel('Visa för').selectOption({ label: 'Fältgruppen Centrum' });
    await expect.poll(() => page.url()).toContain('scope=unit');
    await choosePeriod(page, 'År');
    await page.getByText('Talen är skyddade med cell-key-metoden', { exact: false }).waitFor();
    await page.getByText(/Tjejer \d+\s%, killar \d+\s%, annat\/okänt \d+\s%/).waitFor();
    const byMonth = page.locator('section[aria-labelledby="stats-by-month"]');
    await byMonth.getByRole('button', { name: 'Tabell' }).click();
    await byMonth.getByRole('columnheader', { name: 'Tjejer' }).waitFor();
    const cells = await byMonth.getByRole('cell').allTextContents();
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) expect(cell).toMatch(/^\d[\d\s]*$/);
    // The cell-key method never publishes a 1 (js = 1).
    expect(cells).not.toContain('1');
    // Nothing is hidden any more: no "<5" and no "..", anywhere on the page.
    expect(await page.getByText(/<\d|^\.\.$/).count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
    await context.close();
  });
});
