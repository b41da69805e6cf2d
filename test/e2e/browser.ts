import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 800 };

/** Debian's Chromium, headless, kept off the network it cannot reach anyway. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export async function newPage(
  browser: Browser,
  viewport = PHONE,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: inject('baseUrl'),
    viewport,
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
  });
  return { context, page: await context.newPage() };
}

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/logga-in');
  await page.getByLabel('E-post').fill(email);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
}

/** Signs in on a new page and opens Statistik through the app's own link (the menu on a phone). */
export async function onStatistics(
  browser: Browser,
  viewport: { width: number; height: number },
  email: string,
  password: string,
) {
  const session = await newPage(browser, viewport);
  await signIn(session.page, email, password);
  await session.page
    .getByRole('link', { name: /Statistik/ })
    .first()
    .click();
  await session.page.getByRole('heading', { name: 'Statistik', level: 1 }).waitFor();
  return session;
}

/** The phone the newer browser tests use: an iPhone's 390 × 844. */
export const IPHONE = { width: 390, height: 844 };

/**
 * One Chromium for a test file, and demo users signed in on their own pages (closed after the
 * file): the setup every flow test starts with.
 */
export function browserForFile(password: string) {
  let browser: Browser;
  const opened: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    for (const context of opened) await context.close();
    await browser?.close();
  });
  return {
    async signedIn(email: string, viewport = IPHONE): Promise<{ page: Page; context: BrowserContext }> {
      const session = await newPage(browser, viewport);
      opened.push(session.context);
      await signIn(session.page, email, password);
      await session.page.getByRole('heading', { name: /^Hej/ }).waitFor();
      return session;
    },
  };
}

/** How far the page is wider than the window (0 when nothing scrolls sideways). */
export const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
