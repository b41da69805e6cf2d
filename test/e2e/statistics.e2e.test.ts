import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/server/demo/demo-organisation';
import { axeFindings } from './accessibility';
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
    // Every sheet named in whole words within Excel's 31 characters, none cut ("…typ och allva").
    const sheets = book.worksheets.map((sheet) => sheet.name);
    expect(sheets).toContain('Timmar i fält per veckodag');
    expect(sheets).toContain('Observationer, typ och allvar');
    for (const sheet of sheets) expect(sheet.length).toBeLessThanOrEqual(31);
    expect(new Set(sheets).size).toBe(sheets.length);
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

/** A large phone and a desktop, as issue 11 tried them. */
const VIEWPORTS = [
  ['phone', { width: 390, height: 844 }],
  ['desktop', DESKTOP],
] as const;

/** Charts about counts: their value axis has whole, distinct ticks. */
const COUNT_CHARTS = [
  'Stapeldiagram över kontakter per månad',
  'Stapeldiagram: Pass per status',
  'Stapeldiagram: Samtalsämnen',
  'Stapeldiagram: Observationer per typ och allvar',
  'Stapeldiagram: Åtgärder per kön',
  'Stapeldiagram: Stödkontakter',
];

/** Signs in at `viewport`, opens Statistik for the year so far, and waits until every chart is drawn. */
async function statisticsAt(viewport: { width: number; height: number }, email: string, place?: string) {
  const session = await onStatistics(browser, viewport, email, DEMO_PASSWORD);
  const { page } = session;
  if (place) {
    await page.getByLabel('Visa för').selectOption({ label: place });
    await expect.poll(() => page.url()).toContain('scope=');
  }
  await choosePeriod(page, 'År');
  await page.getByRole('heading', { name: 'Möten med unga', level: 2 }).waitFor();
  await expect.poll(() => page.getByText('Laddar diagrammet…').count()).toBe(0);
  await expect.poll(() => page.locator('.stats-chart svg[role="img"]').count()).toBeGreaterThan(10);
  return session;
}

type ChartText = { chart: string; text: string; clipped: boolean };
type ChartAxis = { chart: string; ticks: string[] };

/** Every text of every chart (lines joined), whether the chart's frame cuts it, and the value axes' ticks. */
function readCharts(page: Page): Promise<{ texts: ChartText[]; axes: ChartAxis[] }> {
  return page.evaluate(() => {
    const texts: ChartText[] = [];
    const axes: ChartAxis[] = [];
    for (const svg of document.querySelectorAll('.stats-chart svg[role="img"]')) {
      const chart = svg.getAttribute('aria-label') ?? '';
      const frame = svg.getBoundingClientRect();
      const box = svg.closest('.stats-chart')?.getBoundingClientRect() ?? frame;
      const left = Math.max(frame.left, box.left) - 0.5;
      const right = Math.min(frame.right, box.right) + 0.5;
      for (const text of svg.querySelectorAll('text')) {
        // What it shows: its lines, or its own text (a tooltip's <title> is not shown).
        const tspans = [...text.querySelectorAll('tspan')].map((line) => line.textContent ?? '');
        const own = [...text.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE);
        const lines = tspans.length > 0 ? tspans : own.map((node) => node.textContent ?? '');
        const r = text.getBoundingClientRect();
        texts.push({
          chart,
          text: lines.join(' '),
          clipped:
            r.left < left || r.right > right || r.top < frame.top - 0.5 || r.bottom > frame.bottom + 0.5,
        });
      }
      for (const group of svg.querySelectorAll('g[data-mark$="tick label"]')) {
        const ticks = [...group.querySelectorAll('text')].map((text) => text.textContent ?? '');
        if (ticks.length > 0 && ticks.every((tick) => /^[\d\s,]+$/.test(tick))) axes.push({ chart, ticks });
      }
    }
    return { texts, axes };
  });
}

/** axe-core's serious and critical findings on the page as it is now. */
async function seriousAxeFindings(page: Page): Promise<string[]> {
  return (await axeFindings(page))
    .filter((finding) => finding.impact === 'serious' || finding.impact === 'critical')
    .map((finding) => `${finding.rule}: ${finding.target}`);
}

describe.each(VIEWPORTS)('statistics that read right on a %s', (_, viewport) => {
  it('shows an analyst whole labels, whole ticks, hours by weekday, and Jämför enheter one tap away', async () => {
    const { context, page } = await statisticsAt(viewport, 'analytiker@demo.faltlogg.se', 'Hela kommunen');

    // No chart's frame cuts a label ("e och relationsskapande"); long ones are there in full.
    const { texts, axes } = await readCharts(page);
    expect(texts.filter((text) => text.clipped)).toEqual([]);
    const labels = texts.map((text) => text.text);
    expect(labels).toContain('Uppsökande och relationsskapande');
    expect(labels).toContain('Öppna vid periodens slut');
    expect(labels.filter((label) => label.endsWith('…'))).toEqual([]);

    // Value axes never repeat a tick ("0 0 0 1 1 1"), and counts have whole ones.
    expect(axes.length).toBeGreaterThan(10);
    for (const axis of axes) {
      expect(new Set(axis.ticks).size, `${axis.chart}: ${axis.ticks.join(' | ')}`).toBe(axis.ticks.length);
      expect(axis.ticks.length).toBeGreaterThanOrEqual(2);
    }
    for (const chart of COUNT_CHARTS) {
      const axis = axes.find((candidate) => candidate.chart.startsWith(chart));
      expect(axis, chart).toBeDefined();
      for (const tick of axis?.ticks ?? []) expect(tick, chart).toMatch(/^\d{1,3}(\s\d{3})*$/);
    }

    // "Timmar i fält per veckodag" draws hours: bar lengths in proportion to the table's hours.
    const weekday = page.locator('section[aria-labelledby="stats-fieldHoursByWeekday"]');
    const bars = await weekday.locator('.stats-chart svg[role="img"] rect').evaluateAll((rects) =>
      rects.flatMap((rect) => {
        const title = rect.querySelector('title')?.textContent ?? '';
        return title ? [{ title, width: rect.getBoundingClientRect().width }] : [];
      }),
    );
    await weekday.getByRole('button', { name: 'Tabell' }).click();
    const hours = new Map<string, number>();
    for (const row of await weekday.locator('tbody tr').all()) {
      const day = (await row.getByRole('rowheader').textContent()) ?? '';
      const cells = await row.getByRole('cell').allTextContents();
      hours.set(day, Number((cells[1] ?? '').replace(/\s/g, '').replace(',', '.')));
    }
    expect(bars.length).toBeGreaterThanOrEqual(5);
    const perHour = bars.flatMap((bar) => {
      const [day = '', value = ''] = bar.title.split(': ');
      const drawn = Number(value.replace(/\s/g, '').replace(',', '.'));
      expect(drawn, bar.title).toBe(hours.get(day));
      return drawn > 0 ? [bar.width / drawn] : [];
    });
    for (const ratio of perHour) expect(ratio / (perHour[0] ?? 1)).toBeCloseTo(1, 1);

    // Comparisons read from then to now, between like periods: the year so far against the same days last year.
    const change = (await page.locator('.stats-change').textContent()) ?? '';
    expect(change).toMatch(/^Hittills jämfört med samma period i fjol: [+−-]?[\d\s]+\s%$/);
    const [now = 0, then = 0] = (await page.locator('.stats-comparisons dd').allTextContents()).map((text) =>
      Number(text.replace(/\D/g, '')),
    );
    const sign = change.match(/: ([+−-])/)?.[1];
    if (now !== then) expect(sign).toBe(now > then ? '+' : '−');
    expect(await page.getByText('jämfört med nu').count()).toBe(0);

    // The summary's gender shares are the table's.
    const balance = (await page.locator('.stats-balance').textContent()) ?? '';
    const byAge = page.locator('section[aria-labelledby="stats-by-age"]').first();
    for (const gender of ['Tjejer', 'Killar', 'Annat/okänt']) {
      const share =
        (await byAge
          .getByRole('row', { name: new RegExp(`^${gender}`) })
          .getByRole('cell')
          .last()
          .textContent()) ?? '';
      expect(balance).toContain(`${gender === 'Tjejer' ? gender : gender.toLowerCase()} ${share}`);
    }

    // One tap from the top reaches Jämför enheter, and focus goes with it.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page
      .getByRole('navigation', { name: 'Avsnitt på sidan' })
      .getByRole('link', { name: 'Jämför enheter' })
      .click();
    const heading = page.getByRole('heading', { name: 'Jämför enheter', level: 2 });
    await expect.poll(() => heading.evaluate((element) => element === document.activeElement)).toBe(true);
    const top = await heading.evaluate((element) => element.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(viewport.height / 2);

    // The comparison fits a desktop; on a phone it scrolls in a named region a keyboard can scroll.
    const region = page.locator('.stats-comparison .table-wrap');
    const fit = await region.evaluate((element) => ({
      scrolls: element.scrollWidth > element.clientWidth,
      tabIndex: element.getAttribute('tabindex'),
      name: document.getElementById(element.getAttribute('aria-labelledby') ?? '')?.textContent,
      tag: element.tagName,
    }));
    expect(fit.name).toBe('Jämför enheter');
    expect(fit.tag).toBe('SECTION'); // a named section is a region
    if (viewport.width >= 1280) expect(fit.scrolls).toBe(false);
    else {
      expect(fit).toMatchObject({ scrolls: true, tabIndex: '0' });
      await region.focus();
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
    }

    expect(await seriousAxeFindings(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
    await context.close();
  });

  it.each([
    ['the unit manager', 'chef@demo.faltlogg.se'],
    ['a field worker', 'falt@demo.faltlogg.se'],
  ])('gives %s whole labels and no serious axe finding', async (_, email) => {
    const { context, page } = await statisticsAt(viewport, email);
    const { texts } = await readCharts(page);
    expect(texts.filter((text) => text.clipped)).toEqual([]);
    // A unit's own page has no unit comparison, so its index does not offer one.
    const index = page.getByRole('navigation', { name: 'Avsnitt på sidan' });
    expect(await index.getByRole('link').allTextContents()).toEqual([
      'Kontakter',
      'Pass och tid',
      'Möten med unga',
    ]);
    expect(await seriousAxeFindings(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
    await context.close();
  });
});

describe('statistics comparisons', () => {
  it('compares a finished period with the same period a year earlier, not "hittills"', async () => {
    const { context, page } = await onStatistics(browser, DESKTOP, 'chef@demo.faltlogg.se', DEMO_PASSWORD);
    await choosePeriod(page, 'Månad');
    await Promise.all([
      page.waitForResponse((response) => response.url().includes('/statistics/contacts?')),
      page.getByRole('button', { name: 'Föregående period' }).click(),
    ]);
    await page.locator('.stats-figures[aria-busy="false"]').waitFor();
    const summary = page.locator('.stats-summary');
    await summary.getByText(/^Samma period i fjol \(/).waitFor();
    expect(await summary.getByText(/Hittills/).count()).toBe(0);
    expect(await summary.locator('.stats-change').textContent()).toMatch(
      /^(Jämfört med samma period i fjol: [+−-]?[\d\s]+\s%|Ingen jämförelse med i fjol: .*)$/,
    );
    // "december 2026", as Intl writes it, in the period and in the month table alike.
    const label = (await page.locator('.stats-period-label').textContent()) ?? '';
    expect(label).toMatch(/^[a-zåäö]+ \d{4}$/);
    await context.close();
  });
});
