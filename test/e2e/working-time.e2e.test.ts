import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/server/demo/demo-organisation';
import { axeFindings } from './accessibility';
import { browserForFile, DESKTOP, IPHONE, overflow } from './browser';

const { signedIn } = browserForFile(DEMO_PASSWORD);
const noOverflow = overflow;

describe('the whole working time, in a real browser', () => {
  it('lets a field worker on a phone log a school meeting in four taps from home', async () => {
    const { page } = await signedIn('falt@demo.faltlogg.se');
    await page.getByRole('main').getByRole('link', { name: 'Annat arbete' }).click(); // 1
    await page.getByRole('heading', { name: 'Annat arbete', level: 1 }).waitFor();
    // Samverkansmöte today is the default; the time is typed as people write it.
    expect(await page.getByRole('radio', { name: 'Samverkansmöte' }).isChecked()).toBe(true);
    await page.getByLabel('Tid', { exact: true }).fill('1,5'); // 2
    await page.getByRole('button', { name: 'Skola' }).click(); // 3
    await page.getByRole('button', { name: 'Spara' }).click(); // 4
    await page.getByText('Sparat: Samverkansmöte, 1 tim 30 min.').waitFor();
    const first = page.locator('.activity').first();
    expect(await first.textContent()).toContain('Samverkansmöte');
    expect(await first.textContent()).toContain('1 tim 30 min · Skola');
    expect(await noOverflow(page)).toBe(0);
    expect(await axeFindings(page)).toEqual([]);
  });

  it('says plainly when a time is not a time, and keeps what was typed', async () => {
    const { page } = await signedIn('falt2@demo.faltlogg.se');
    await page.goto('/annat-arbete');
    const time = page.getByLabel('Tid', { exact: true });
    await time.fill('en timme');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Skriv tiden som 1, 1,5 eller 0:45 (högst ett dygn).').waitFor();
    expect(await time.inputValue()).toBe('en timme');
  });

  it('keeps work logged offline on the phone and sends it once the phone is online', async () => {
    const { page, context } = await signedIn('falt@demo.faltlogg.se');
    await page.goto('/annat-arbete');
    await page.getByRole('heading', { name: 'Annat arbete', level: 1 }).waitFor();
    await context.setOffline(true);
    await page.getByRole('radio', { name: 'Administration' }).check();
    await page.getByLabel('Tid', { exact: true }).fill('0:45');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Sparat på telefonen – skickas när du har nät.').waitFor();
    await page.getByText('Väntar på att skickas').waitFor();
    await context.setOffline(false);
    await expect.poll(() => page.getByText('Väntar på att skickas').count(), { timeout: 10_000 }).toBe(0);
    await page.reload();
    await page.locator('.activity', { hasText: '45 min' }).first().waitFor();
  });

  it('answers the manager the unit’s and the city’s share of staff time per month in one click from home', async () => {
    const { page } = await signedIn('chef@demo.faltlogg.se', DESKTOP);
    await page.getByRole('main').getByRole('link', { name: 'Arbetstid' }).click();
    await page.getByRole('heading', { name: 'Arbetstid', level: 1 }).waitFor();
    const unit = page.getByRole('region', { name: 'Fältgruppen Centrum' });
    const city = page.getByRole('region', { name: 'Hela Demo stad' });
    await unit.locator('table').waitFor();
    await city.locator('table').waitFor();
    const headers = await city.locator('thead th').allTextContents();
    expect(headers).toContain('Myndighetsutövning (%)');
    expect(headers).toContain('Annat kommunalt uppdrag (%)');
    // Twelve months or so of the year, each a row.
    expect(await city.locator('tbody tr').count()).toBeGreaterThanOrEqual(6);
    expect(await unit.locator('svg').count()).toBeGreaterThan(0);
    expect(await axeFindings(page)).toEqual([]);
  });

  it('lets the manager keep the unit’s list of municipal assignments', async () => {
    const { page } = await signedIn('chef@demo.faltlogg.se', IPHONE);
    await page.goto('/annat-arbete');
    await page.getByRole('heading', { name: 'Uppdrag i kommunen' }).waitFor();
    await page.getByLabel('Nytt uppdrag').fill('Feriearbete – handledning');
    await page.getByRole('button', { name: 'Lägg till' }).click();
    await page.getByText('Feriearbete – handledning lades till.').waitFor();
    await page.getByRole('radio', { name: 'Annat kommunalt uppdrag' }).check();
    const assignment = page.getByLabel('Vilket uppdrag');
    expect(await assignment.locator('option').allTextContents()).toContain('Feriearbete – handledning');
    await page.getByRole('button', { name: 'Avsluta Feriearbete – handledning' }).click();
    await page.getByText('Feriearbete – handledning avslutades. Tid som redan loggats finns kvar.').waitFor();
    expect(await assignment.locator('option').allTextContents()).not.toContain('Feriearbete – handledning');
  });

  it('takes each person’s own hours and the part of a shift spent on something else', async () => {
    const { page } = await signedIn('falt@demo.faltlogg.se');
    await page.goto('/pass');
    await page.getByRole('link', { name: 'Nytt pass' }).click();
    await page.getByRole('heading', { name: 'Nytt pass' }).waitFor();
    await page.getByText('Tid, typ och personal').click();
    await page.getByRole('button', { name: 'Erik Fältassistent' }).click();
    const staffTime = page.locator('.staff-time');
    await staffTime.getByText('Arbetstid', { exact: true }).click();
    await staffTime.getByLabel('Erik Fältassistent').fill('2');
    await staffTime.getByLabel('Samverkan').fill('1');
    await staffTime.getByLabel('Samverkan').press('Tab');
    await staffTime.getByText(/1 tim samverkan/).waitFor();
    const [, unitId, shiftId] = /\/enhet\/([^/]+)\/pass\/([^/?]+)/.exec(new URL(page.url()).pathname) ?? [];
    expect(await noOverflow(page)).toBe(0);
    await page.getByRole('button', { name: 'Klart' }).click();
    await page.waitForURL((url) => url.pathname === '/pass');
    await page.getByText('Allt är synkat').waitFor();
    const saved = await (await page.request.get(`/api/units/${unitId}/shifts/${shiftId}`)).json();
    expect(saved.staffMinutes).toEqual([{ userId: expect.any(String), minutes: 120 }]);
    expect(saved.timeSplit).toEqual([{ timeUse: 'collaboration', minutes: 60 }]);
  });

  it('shows the manager who has not done the introduction, and records it for a colleague', async () => {
    const { page } = await signedIn('chef@demo.faltlogg.se');
    await page.getByRole('main').getByRole('link', { name: 'Kompetens' }).click();
    await page.getByRole('heading', { name: 'Kompetens', level: 1 }).waitFor();
    const summary = page.locator('.competence-summary');
    await summary.waitFor();
    const without = async () => Number(/^(\d+) av/.exec((await summary.textContent()) ?? '')?.[1]);
    const before = await without();
    expect(before).toBeGreaterThan(0);
    const row = page.getByRole('row').filter({ hasText: 'Inte gjord' }).first();
    const name = (await row.getByRole('rowheader').textContent()) ?? '';
    await row.getByRole('button', { name: `Ändra för ${name}` }).click();
    const editing = page.getByRole('region', { name: `Uppgifter för ${name}` });
    await editing.getByLabel('Introduktionen gjord (datum)').fill('2026-11-02');
    await editing.getByLabel('Socionomutbildning eller motsvarande').check();
    await editing.getByRole('button', { name: 'Spara' }).click();
    await editing.getByText('Sparat.').waitFor();
    await expect.poll(without).toBe(before - 1);
    expect(await noOverflow(page)).toBe(0);
    expect(await axeFindings(page)).toEqual([]);
  });
});
