import { test as base, type Page } from '@playwright/test';
import { messages as english } from '../../src/ui/i18n/compiled/en';
import { activateMessages } from '../../src/ui/i18n/i18n';

// Specs word what they expect with the app's own messages (field labels, phase names), in
// English, the language the browser tests' Chromium gets; every spec imports this module first.
activateMessages('en', english);

export { expect } from '@playwright/test';
export type { BrowserContext, Locator, Page } from '@playwright/test';

interface PageErrorFixtures {
  /** Uncaught errors the page threw during the test, in order. */
  pageErrors: string[];
  /** Tests that provoke an uncaught error on purpose list the expected messages' parts here. */
  expectedPageErrors: string[];
}

/**
 * Every spec's `test`: collects the page's uncaught errors and fails the test if any was thrown
 * that the test did not expect, so no spec can pass over a crash it did not look for.
 */
export const test = base.extend<PageErrorFixtures>({
  expectedPageErrors: [[], { option: true }],
  pageErrors: [
    async ({ page, expectedPageErrors }, use, testInfo) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await use(errors);
      const unexpected = errors.filter((m) => !expectedPageErrors.some((part) => m.includes(part)));
      if (unexpected.length > 0 && testInfo.status === testInfo.expectedStatus) {
        throw new Error(
          `The page threw ${unexpected.length} uncaught error(s):\n${unexpected.join('\n')}`,
        );
      }
    },
    { auto: true },
  ],
});

/** Each named element's canonical `data-value`, by test id: figures compared across languages. */
export async function dataValues(
  page: Page,
  ids: readonly string[],
): Promise<Record<string, string | null>> {
  const out: Record<string, string | null> = {};
  for (const id of ids) out[id] = await page.getByTestId(id).getAttribute('data-value');
  return out;
}
