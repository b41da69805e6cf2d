import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AREA_SIZE_DEGREES, DEMO_AREAS, DEMO_PASSWORD } from '../../src/server/demo/demo-organisation';
import type { ShiftDto } from '../../src/server/shifts/shift.schema';
import { launchChromium, newPage, signIn } from './browser';

/** The phone the field log is designed for. */
const PHONE_390 = { width: 390, height: 844 };
const PERSONAL_DATA_MESSAGE =
  'Skriv inte personnummer, telefonnummer eller e-postadresser här – kontakterna är anonyma.';

let browser: Browser;
const opened: BrowserContext[] = [];
let firstShift: { unitId: string; shiftId: string } | undefined;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  for (const context of opened) await context.close().catch(() => undefined);
  await browser?.close();
});

/** Every tap, typed value and choice goes through here, so the test can count them. */
function interactions() {
  let count = 0;
  return {
    count: () => count,
    click: async (locator: Locator) => {
      count++;
      await locator.click();
    },
    fill: async (locator: Locator, value: string) => {
      count++;
      await locator.fill(value);
    },
    select: async (locator: Locator, label: string) => {
      count++;
      await locator.selectOption({ label });
    },
  };
}

/**
 * The last 23:00 in Stockholm at least an hour ago. A new shift's default span is the evening's
 * 18–22, so with the phone's clock there it is a finished shift whatever time the suite runs (at
 * 14:00 the default would be tonight's, and a shift cannot be done before it starts).
 */
function lastEvening(): Date {
  const hour = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', hour: '2-digit' });
  const at = new Date(Date.now() - 3_600_000);
  at.setUTCMinutes(0, 0, 0);
  while (hour.format(at) !== '23') at.setTime(at.getTime() - 3_600_000);
  return at;
}

async function signedIn(email: string): Promise<{ context: BrowserContext; page: Page }> {
  const session = await newPage(browser, PHONE_390);
  opened.push(session.context);
  // The phone's clock runs on from last evening; the server keeps the real time.
  await session.context.clock.install({ time: lastEvening() });
  await signIn(session.page, email, DEMO_PASSWORD);
  await session.page.getByRole('heading', { name: /^Hej/ }).waitFor();
  return session;
}

function editorIds(page: Page): { unitId: string; shiftId: string } {
  const match = new URL(page.url()).pathname.match(/^\/enhet\/([^/]+)\/pass\/([^/]+)$/);
  if (!match?.[1] || !match[2]) throw new Error(`Not an editor URL: ${page.url()}`);
  return { unitId: match[1], shiftId: match[2] };
}

async function fetchShift(page: Page, ids: { unitId: string; shiftId: string }) {
  const response = await page.request.get(`/api/units/${ids.unitId}/shifts/${ids.shiftId}`);
  return { status: response.status(), shift: response.ok() ? ((await response.json()) as ShiftDto) : null };
}

/** Polls the API (with the page's cookies) until the shift is there and `ready` says so. */
async function waitForServerShift(
  page: Page,
  ids: { unitId: string; shiftId: string },
  ready: (shift: ShiftDto) => boolean = () => true,
  timeoutMs = 30_000,
): Promise<ShiftDto> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { shift } = await fetchShift(page, ids);
    if (shift && ready(shift)) return shift;
    if (Date.now() > deadline)
      throw new Error(`The server never had the shift as expected: ${JSON.stringify(shift)}`);
    await page.waitForTimeout(200);
  }
}

function cell(page: Page, name: string): Locator {
  return page.getByLabel(name, { exact: true });
}

async function openNewShift(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Nytt pass' }).click();
  await page.getByRole('heading', { name: 'Nytt pass' }).waitFor();
}

describe('logging a shift on a phone', () => {
  it('logs a typical finished shift in at most 30 interactions, and the server has exactly that', async () => {
    const { page } = await signedIn('falt@demo.faltlogg.se');
    await page.goto('/pass');
    await page.getByText('Allt är synkat').waitFor();
    const act = interactions();

    await act.click(page.getByRole('link', { name: 'Nytt pass' }));
    await page.getByRole('heading', { name: 'Nytt pass' }).waitFor();
    const ids = editorIds(page);

    // Two areas.
    const places = page.getByRole('region', { name: 'Var' });
    await act.click(places.getByRole('button', { name: 'Stortorget' }));
    await act.click(places.getByRole('button', { name: 'Resecentrum' }));
    // 14 contacts in 4 gender × age cells, typed straight into the cells.
    await act.fill(cell(page, 'Tjej 13–15 – Kort kontakt'), '5');
    await act.fill(cell(page, 'Kille 13–15 – Kort kontakt'), '4');
    await act.fill(cell(page, 'Tjej 16–17 – Kort kontakt'), '2');
    await act.fill(cell(page, 'Kille 16–17 – Kort kontakt'), '3');
    await page.getByText('14 kontakter').first().waitFor();
    expect(await page.getByText('kontakter, inte unika personer').count()).toBeGreaterThan(0);
    // Three topics.
    const topics = page.getByRole('region', { name: 'Samtalsämnen' });
    for (const topic of ['Skola', 'Familj', 'Alkohol']) {
      await act.click(topics.getByRole('button', { name: topic, exact: true }));
    }
    // One observation: type chosen; area, severity and time have their defaults.
    await act.click(page.getByRole('button', { name: 'Lägg till observation' }));
    const observation = page.getByRole('group', { name: 'Observation 1' });
    await act.select(observation.getByLabel('Vad sågs'), 'Samling av ungdomar');
    // One guidance to the youth clinic.
    await act.click(page.getByRole('button', { name: 'Lägg till åtgärd' }));
    const action = page.getByRole('group', { name: 'Åtgärd 1' });
    await act.select(action.getByLabel('Lotsad till'), 'Ungdomsmottagning');
    await act.click(action.getByRole('radio', { name: 'Tjej' }));
    await act.select(action.getByLabel('Ålder', { exact: true }), '16–17');
    // Nothing spills sideways on the phone.
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);

    await act.click(page.getByRole('button', { name: 'Klart' }));
    await page.waitForURL((url) => url.pathname === '/pass');
    await page.getByText('Allt är synkat').waitFor();

    console.log(`Typical finished shift logged in ${act.count()} interactions (limit 30).`);
    expect(act.count()).toBeLessThanOrEqual(30);

    const shift = await waitForServerShift(page, ids);
    firstShift = ids;
    expect(shift.status).toBe('done');
    expect(shift.areaIds).toHaveLength(2);
    expect(shift.encounters).toHaveLength(4);
    expect(shift.encounters.reduce((sum, tally) => sum + tally.count, 0)).toBe(14);
    expect(shift.encounters.map((tally) => tally.count).sort()).toEqual([2, 3, 4, 5]);
    expect(shift.encounters.every((tally) => tally.depth === 'brief')).toBe(true);
    expect(shift.topics).toHaveLength(3);
    expect(shift.topics.every((tally) => tally.count === 1)).toBe(true);
    expect(shift.observations).toHaveLength(1);
    expect(shift.observations[0]).toMatchObject({ severity: 'low', point: null, note: null });
    expect(shift.areaIds).toContain(shift.observations[0]?.areaId);
    expect(shift.actions).toEqual([expect.objectContaining({ kind: 'guidance', gender: 'girl', count: 1 })]);
    expect(shift.actions[0]?.serviceId).not.toBeNull();
  });

  it('logs a shift offline, keeps it across a reload, and sends it when the network returns', async () => {
    const { context, page } = await signedIn('falt@demo.faltlogg.se');
    await page.goto('/pass');
    await page.getByText('Allt är synkat').waitFor();
    // The service worker must control the page (app shell cached) before the network goes.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.getByText('Allt är synkat').waitFor();

    await context.setOffline(true);
    await openNewShift(page);
    const ids = editorIds(page);
    await page.getByRole('region', { name: 'Var' }).getByRole('button', { name: 'Resecentrum' }).click();
    await cell(page, 'Kille 16–17 – Kort kontakt').fill('6');
    await page.getByRole('button', { name: 'Klart' }).click();
    await page.waitForURL((url) => url.pathname === '/pass');
    await page.getByText('1 ändring väntar på nätverk').waitFor();

    // Still offline: the app shell comes from the service worker, the user and the shift from the phone.
    await page.reload();
    await page.getByRole('heading', { name: 'Mina pass' }).waitFor();
    await page.getByText('1 ändring väntar på nätverk').waitFor();
    await page.getByText('Väntar på nätverk').first().waitFor();
    expect((await fetchShift(page, ids)).status).not.toBe(200);

    const online = Date.now();
    await context.setOffline(false);
    const shift = await waitForServerShift(page, ids);
    const syncMs = Date.now() - online;
    console.log(`Offline shift reached the server ${syncMs} ms after the network came back.`);
    expect(shift.status).toBe('done');
    expect(shift.encounters).toEqual([expect.objectContaining({ gender: 'boy', depth: 'brief', count: 6 })]);
    await page.getByText('Allt är synkat').waitFor();

    // Both shifts are on the server's list.
    const from = new Date(Date.now() - 3 * 86_400_000).toISOString();
    const to = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const list = await page.request.get(
      `/api/units/${ids.unitId}/shifts?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
    );
    const listed = ((await list.json()) as { shifts: { id: string }[] }).shifts.map((s) => s.id);
    expect(listed).toContain(ids.shiftId);
    if (firstShift) expect(listed).toContain(firstShift.shiftId);
  });

  it('lets a stale phone merge its counts with a colleague’s instead of overwriting them', async () => {
    const a = await signedIn('falt@demo.faltlogg.se');
    const b = await signedIn('falt2@demo.faltlogg.se');
    const saveState = (page: Page) => page.locator('.save-state');

    await a.page.goto('/pass');
    await openNewShift(a.page);
    const ids = editorIds(a.page);
    await a.page.getByRole('region', { name: 'Var' }).getByRole('button', { name: 'Stortorget' }).click();
    await cell(a.page, 'Tjej 13–15 – Kort kontakt').fill('2');
    await a.page.getByRole('button', { name: 'Spara' }).click();
    await waitForServerShift(a.page, ids);
    await expect.poll(() => saveState(a.page).textContent()).toBe('Synkat');

    // Both phones now have version 1 open.
    await b.page.goto(`/enhet/${ids.unitId}/pass/${ids.shiftId}`);
    await expect.poll(() => cell(b.page, 'Tjej 13–15 – Kort kontakt').inputValue()).toBe('2');

    // A adds three boys and saves first.
    await cell(a.page, 'Kille 13–15 – Kort kontakt').fill('3');
    await a.page.getByRole('button', { name: 'Spara' }).click();
    await waitForServerShift(a.page, ids, (shift) => shift.version === 2);

    // B, still on version 1, counts one more girl 16–17 and saves: a conflict, not an overwrite.
    await b.page.getByRole('button', { name: 'En till: Tjej 16–17 – Kort kontakt' }).click();
    await b.page.getByRole('button', { name: 'Spara' }).click();
    const panel = b.page.getByRole('region', { name: 'Två versioner av passet' });
    await panel.waitFor();
    await panel.getByText('Kille 13–15 – Kort kontakt').waitFor();
    await panel.getByText('Tjej 16–17 – Kort kontakt').waitFor();
    expect((await fetchShift(b.page, ids)).shift?.version).toBe(2);

    await panel.getByRole('button', { name: 'Slå ihop räkningarna' }).click();
    const merged = await waitForServerShift(b.page, ids, (shift) => shift.version === 3);
    // A's two cells and B's one, each counted once: 2 + 3 from A, 1 from B.
    const cells = merged.encounters.map((tally) => `${tally.gender}:${tally.count}`).sort();
    expect(cells).toEqual(['boy:3', 'girl:1', 'girl:2']);
    const band = (gender: string, count: number) =>
      merged.encounters.find((tally) => tally.gender === gender && tally.count === count)?.ageBandId;
    expect(band('boy', 3)).toBe(band('girl', 2));
    expect(band('girl', 1)).not.toBe(band('girl', 2));
    await expect.poll(() => saveState(b.page).textContent()).toBe('Synkat');
    await expect.poll(() => cell(b.page, 'Kille 13–15 – Kort kontakt').inputValue()).toBe('3');
  });

  it('marks where an observation was on a map of the areas, which the manager then sees', async () => {
    const { page } = await signedIn('falt@demo.faltlogg.se');
    await page.goto('/pass');
    await openNewShift(page);
    const ids = editorIds(page);
    await page.getByRole('region', { name: 'Var' }).getByRole('button', { name: 'Stortorget' }).click();
    await page.getByRole('button', { name: 'Lägg till observation' }).click();
    const observation = page.getByRole('group', { name: 'Observation 1' });
    await observation.getByLabel('Vad sågs').selectOption({ label: 'Samling av ungdomar' });

    // Leaflet arrives only now, and the map fits the observation's area (Stortorget).
    await observation.getByRole('button', { name: 'Markera plats på karta (valfritt)' }).click();
    const map = observation.getByRole('application', { name: 'Karta – tryck där det hände.' });
    await observation.getByText('Tryck på kartan där det hände.', { exact: false }).waitFor();
    await map.locator('.area-map-label', { hasText: 'Stortorget' }).waitFor();
    await map.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    const box = await map.boundingBox();
    if (!box) throw new Error('The map has no size');
    expect(box.height).toBeGreaterThanOrEqual(240);
    expect(box.height).toBeLessThanOrEqual(300);
    const chosen = observation.getByText(/^Plats vald \(\d+\.\d{4}, \d+\.\d{4}\)$/);

    // A tap sets the point, another moves it, "Ta bort plats" clears it.
    await map.click({ position: { x: box.width / 2 - 30, y: box.height / 2 - 30 } });
    const first = await chosen.textContent();
    await map.click({ position: { x: box.width / 2 + 20, y: box.height / 2 + 25 } });
    await expect.poll(() => chosen.textContent()).not.toBe(first);
    await observation.getByRole('button', { name: 'Ta bort plats' }).click();
    expect(await chosen.count()).toBe(0);
    await map.click({ position: { x: box.width / 2 + 20, y: box.height / 2 + 25 } });
    const shown = await chosen.textContent();
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);

    await page.getByRole('button', { name: 'Klart' }).click();
    await page.waitForURL((url) => url.pathname === '/pass');
    const shift = await waitForServerShift(page, ids, (s) => s.observations[0]?.point != null);
    const point = shift.observations[0]?.point;
    const area = DEMO_AREAS.find((a) => a.name === 'Stortorget');
    if (!point || !area) throw new Error('No point saved');
    const [west, south] = area.corner;
    expect(point.lon).toBeGreaterThan(west);
    expect(point.lon).toBeLessThan(west + AREA_SIZE_DEGREES.lon);
    expect(point.lat).toBeGreaterThan(south);
    expect(point.lat).toBeLessThan(south + AREA_SIZE_DEGREES.lat);
    // Four decimals, about 10 m: no more precise than a field note needs.
    expect(Math.round(point.lat * 10_000) / 10_000).toBe(point.lat);
    expect(Math.round(point.lon * 10_000) / 10_000).toBe(point.lon);
    expect(shown).toBe(`Plats vald (${point.lat.toFixed(4)}, ${point.lon.toFixed(4)})`);

    // The unit manager reads it on the review page.
    const manager = await signedIn('chef@demo.faltlogg.se');
    await manager.page.goto(`/enhet/${ids.unitId}/pass/${ids.shiftId}/granska`);
    await manager.page.getByText(`Plats: ${point.lat.toFixed(4)}, ${point.lon.toFixed(4)}`).waitFor();
  });

  it('refuses to save a phone number in the notes, and says why in Swedish', async () => {
    const { page } = await signedIn('falt@demo.faltlogg.se');
    await page.goto('/pass');
    await openNewShift(page);
    const ids = editorIds(page);
    const notes = page.getByRole('textbox', { name: 'Anteckningar' });
    await notes.fill('ring 070-123 45 67');
    await page.getByText(PERSONAL_DATA_MESSAGE).waitFor();
    expect(await notes.getAttribute('aria-invalid')).toBe('true');

    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Passet kan inte sparas ännu – rätta det som är markerat.').waitFor();
    await page.getByRole('button', { name: 'Klart' }).click();
    expect(new URL(page.url()).pathname).toBe(`/enhet/${ids.unitId}/pass/${ids.shiftId}`);
    await page.waitForTimeout(500);
    expect((await fetchShift(page, ids)).status).toBe(404);

    // Taking the number out lets the shift be saved.
    await notes.fill('ring tillbaka via skolkuratorn');
    expect(await page.getByText(PERSONAL_DATA_MESSAGE).count()).toBe(0);
    await page.getByRole('button', { name: 'Spara' }).click();
    const shift = await waitForServerShift(page, ids);
    expect(shift.notes).toBe('ring tillbaka via skolkuratorn');
  });
});
