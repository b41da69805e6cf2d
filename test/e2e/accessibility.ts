import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
/** axe-core's browser bundle, read once. */
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** How much a violation hurts, as axe-core rates it. */
export type Impact = 'minor' | 'moderate' | 'serious' | 'critical';

/** One element that breaks one rule. */
export type AxeFinding = { rule: string; impact: Impact | null; target: string };

/** The WCAG levels checked unless a caller asks for others. */
export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

/**
 * axe-core's violations on the page as rendered, one per element, with the rule's impact.
 * The source goes in through page.evaluate, which the app's Content Security Policy (scripts from
 * 'self' only) does not govern, so the app's real headers stay on.
 */
export async function axeFindings(page: Page, tags: readonly string[] = WCAG_21_AA): Promise<AxeFinding[]> {
  // Once per document: a page that navigated in place keeps its copy.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (values) => {
    const axe = (
      window as unknown as { axe: { run: (context: Document, options: object) => Promise<unknown> } }
    ).axe;
    const result = (await axe.run(document, { runOnly: { type: 'tag', values } })) as {
      violations: {
        id: string;
        impact: Impact | null;
        nodes: { target: string[]; impact?: Impact | null }[];
      }[];
    };
    return result.violations.flatMap((violation) =>
      violation.nodes.map((node) => ({
        rule: violation.id,
        impact: node.impact ?? violation.impact,
        target: node.target.join(' '),
      })),
    );
  }, tags);
}

/** axe-core's WCAG 2.1 A and AA violations on the page as rendered, one line each ("rule: target"). */
export async function axeViolations(page: Page): Promise<string[]> {
  return (await axeFindings(page)).map((finding) => `${finding.rule}: ${finding.target}`);
}
