import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/server/demo/demo-organisation';
import { DESKTOP, launchChromium, newPage, PHONE, signIn } from './browser';

let browser: Browser;
const opened: BrowserContext[] = [];
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  for (const context of opened) await context.close().catch(() => undefined);
  await browser?.close();
});

async function open(viewport: { width: number; height: number }, email: string): Promise<Page> {
  const { context, page } = await newPage(browser, viewport);
  opened.push(context);
  await signIn(page, email, DEMO_PASSWORD);
  return page;
}

/** How far the page reaches past the screen: nothing may spill sideways on a phone. */
function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

// Someone no other test writes about, so the inbox row is unmistakable.
const CHILD = `Alex E2E ${Date.now().toString(36)}`;

describe('a report of concern, in a real browser', () => {
  it('goes from a field worker’s phone to the reception and back with feedback', async () => {
    // The field worker, on a phone, files the report.
    const field = await open(PHONE, 'falt@demo.faltlogg.se');
    await field.getByRole('heading', { name: /^Hej/ }).waitFor();
    await field.getByRole('link', { name: 'Orosanmälningar', exact: true }).click();
    await field.getByRole('heading', { name: 'Orosanmälningar', level: 1 }).waitFor();
    await field.getByRole('link', { name: 'Ny orosanmälan' }).click();
    await field.getByRole('heading', { name: 'Ny orosanmälan', level: 1 }).waitFor();
    await field.getByText('Är barnet i akut fara?').first().waitFor();

    // Sending an empty form says what is missing, and sends nothing.
    await field.getByRole('button', { name: 'Skicka till mottagningen' }).click();
    await field.getByRole('alert').filter({ hasText: 'Anmälan är inte skickad' }).waitFor();
    await field.getByText('Ange minst en uppgift om barnet, eller beskriv barnet.').waitFor();

    // Immediate danger asks whether 112 was called; this report is urgent, not immediate.
    await field.getByRole('radio', { name: /^Akut/ }).check();
    await field.getByRole('group', { name: 'Har du ringt 112 eller socialjouren?' }).waitFor();
    await field.getByRole('radio', { name: /^Brådskande/ }).check();
    expect(await field.getByRole('group', { name: 'Har du ringt 112 eller socialjouren?' }).count()).toBe(0);

    const child = field.getByRole('group', { name: 'Barnet', exact: true });
    await child.getByLabel('Namn').fill(CHILD);
    await child.getByLabel('Personnummer').fill('20121212-1212');
    await child.getByLabel('Skola').fill('Centrumskolan');
    const guardians = field.getByRole('group', { name: 'Vårdnadshavare', exact: true });
    await guardians.getByRole('radio', { name: 'Nej' }).check();
    await guardians.getByLabel('Varför inte?').fill('Oron gäller en vårdnadshavare.');
    await field.getByLabel('Vad oroar dig?').fill('Alex säger att hen inte vågar gå hem.');
    await field.getByLabel('Vad har du sett och hört?').fill('Blåmärken på armen. Sa att pappa blir arg.');
    await field.getByLabel('Var?').fill('Stortorget');
    const reporter = field.getByRole('group', { name: 'Du som anmäler' });
    expect(await reporter.getByLabel('Namn').inputValue()).toBe('Fatima Fältassistent');
    await reporter.getByLabel('Telefon').fill('070-123 45 67');
    expect(await sidewaysOverflow(field)).toBe(0);
    await field.getByRole('button', { name: 'Skicka till mottagningen' }).click();
    await field.getByText('Anmälan är skickad till mottagningen.').waitFor();
    await field.getByText('Mottagningen har inte bekräftat anmälan ännu.').waitFor();
    expect(await sidewaysOverflow(field)).toBe(0);

    // The reception signs in and lands in its inbox: the menu has that and nothing else.
    const reception = await open(DESKTOP, 'mottagning@demo.faltlogg.se');
    await reception.getByRole('heading', { name: 'Inkomna orosanmälningar', level: 1 }).waitFor();
    const menu = reception.getByRole('navigation', { name: 'Huvudmeny' });
    expect(await menu.getByRole('link').allTextContents()).toEqual(['Inkomna orosanmälningar']);
    expect(await reception.getByText('Det här kan du göra').count()).toBe(0);

    await reception.getByRole('link', { name: new RegExp(CHILD) }).click();
    await reception.getByRole('heading', { name: 'Orosanmälan', level: 1 }).waitFor();
    await reception.getByText('Blåmärken på armen. Sa att pappa blir arg.').waitFor();
    await reception.getByText('20121212-1212').waitFor();
    const pdfHref = await reception.getByRole('link', { name: 'Ladda ner som PDF' }).getAttribute('href');
    const pdf = await reception.request.get(pdfHref ?? '');
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    await reception.getByRole('button', { name: 'Bekräfta mottagande' }).click();
    await reception.getByText('Mottagandet är bekräftat.').waitFor();
    await reception.getByRole('radio', { name: 'Utredning har inletts' }).check();
    await reception.getByLabel('Kort meddelande (valfritt)').fill('Tack för anmälan.');
    await reception.getByRole('button', { name: 'Skicka återkoppling' }).click();
    await reception.getByText('Återkopplingen är skickad.').waitFor();

    // Nothing else of the app opens for the reception, even by address.
    await reception.goto('/pass');
    await reception.getByRole('heading', { name: 'Ingen behörighet' }).waitFor();

    // The field worker sees the feedback.
    await field.goto('/orosanmalan');
    const row = field.getByRole('link', { name: new RegExp(CHILD) });
    await row.getByText('Utredning har inletts').waitFor();
    await row.click();
    await field.getByText('Utredning har inletts').waitFor();
    await field.getByText('Tack för anmälan.').waitFor();
    await field.getByText(/Mottagandet bekräftat .* av Maria Mottagning/).waitFor();
    expect(await sidewaysOverflow(field)).toBe(0);
  });
});
