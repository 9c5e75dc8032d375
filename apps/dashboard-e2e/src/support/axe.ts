import AxeBuilder from '@axe-core/playwright';
import { Page, expect } from '@playwright/test';

/** WCAG 2.1 level A and AA: the bar for public-sector websites (BITV 2.0 / EN 301 549). */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Runs axe-core on the whole page and fails with a readable list of violations and their elements. */
export async function expectNoAccessibilityViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const report = violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n` +
      violation.nodes.map((node) => `  ${node.target.join(' ')}: ${node.failureSummary}`).join('\n'),
  );
  expect(report, `axe found ${violations.length} WCAG violation(s) on ${page.url()}`).toEqual([]);
}
