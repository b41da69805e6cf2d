import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/server/demo/demo-organisation';
import { axeFindings } from './accessibility';
import { browserForFile, DESKTOP, IPHONE, overflow } from './browser';

const browser = browserForFile(DEMO_PASSWORD);
const signedIn = async (email: string, viewport = IPHONE) => (await browser.signedIn(email, viewport)).page;
const noOverflow = overflow;

describe('the year’s plan, in a real browser', () => {
  it('lets a manager on a phone write two goals, submit them, and see the follow-up; the administration approves', async () => {
    const page = await signedIn('chef@demo.faltlogg.se');
    await page.getByRole('main').getByRole('link', { name: 'Årsplan' }).click();
    await page.getByRole('heading', { name: 'Årsplan', level: 1 }).waitFor();
    // The demo plan is approved; changing it drafts the next version.
    await page.getByText(/Version 1: Godkänd/).waitFor();
    await page.getByRole('button', { name: 'Ändra planen' }).click();
    const editor = page.getByRole('form', { name: /Mål för/ });
    // Keep two goals: remove the third, then rewrite the first as a person would type it.
    await editor.getByRole('button', { name: 'Ta bort mål 3' }).click();
    await editor.getByLabel('Målet i ord').first().fill('Minst hälften av kontakterna är med flickor');
    const firstValue = editor.getByRole('group', { name: 'Mål 1' }).getByLabel('Värde (%)');
    await firstValue.fill('50');
    const second = editor.getByRole('group', { name: 'Mål 2' });
    await second.getByRole('group', { name: 'Målvärde 1' }).getByLabel('Värde (%)').fill('62,5');
    expect(await noOverflow(page)).toBe(0);
    expect(await axeFindings(page)).toEqual([]);
    await editor.getByRole('button', { name: 'Spara utkast' }).click();
    await page.getByText('Version 2: Utkast').waitFor();
    await page.getByText('Gäller: version 1', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Skicka för godkännande' }).click();
    await page.getByText('Version 2: Väntar på godkännande').waitFor();
    // The follow-up still follows the approved version, with the unit's exact figures.
    const followUp = page.getByRole('region', { name: /Uppföljning/ });
    await followUp.getByText('Andel kontakter med flickor – minst 45 %').waitFor();
    expect(await followUp.getByText(/Hittills: \d/).count()).toBeGreaterThan(0);
    expect(await followUp.getByText(/I fas|Efter|Uppnått/).count()).toBeGreaterThan(0);
    expect(await noOverflow(page)).toBe(0);
    expect(await axeFindings(page)).toEqual([]);

    const admin = await signedIn('admin@demo.faltlogg.se', DESKTOP);
    await admin.getByRole('main').getByRole('link', { name: 'Årsplan' }).click();
    await admin.getByRole('link', { name: 'Öppna årsplanen för Fältgruppen Centrum' }).click();
    await admin.getByText('Version 2: Väntar på godkännande').waitFor();
    expect(await axeFindings(admin)).toEqual([]);
    await admin.getByRole('button', { name: 'Godkänn planen' }).click();
    await admin.getByText('Version 2: Godkänd').waitFor();

    await page.reload();
    const approved = page.getByRole('region', { name: /Uppföljning/ });
    await approved.getByText('Andel kontakter med flickor – minst 50 %').waitFor();
    await approved
      .getByText('Andel av arbetstiden: Uppsökande och relationsskapande – minst 62,5 %')
      .waitFor();
  });

  it('returns a plan with the administration’s comment, which the manager reads', async () => {
    const admin = await signedIn('admin@demo.faltlogg.se', DESKTOP);
    await admin.goto('/arsplan');
    await admin.getByRole('heading', { name: /Årsplaner/ }).waitFor();
    const waiting = admin.getByRole('row', { name: /Väntar på godkännande/ }).first();
    await waiting.getByRole('link').click();
    await admin.getByRole('button', { name: 'Skicka tillbaka' }).click();
    await admin.getByText('Skriv en kommentar om vad som ska ändras.').waitFor();
    await admin.getByLabel('Kommentar till chefen').fill('Lägg till ett mål om samverkan med skolorna.');
    await admin.getByRole('button', { name: 'Skicka tillbaka' }).click();
    await admin.getByText('Version 1: Skickad tillbaka').waitFor();
    await admin.getByText('Förvaltningens kommentar: Lägg till ett mål om samverkan med skolorna.').waitFor();
  });
});
