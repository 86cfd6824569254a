/**
 * Shared Playwright fixtures. Every test page is watched: a console error, an
 * uncaught exception or a request to any other origin fails the test.
 */
import { test as base, expect, type Page } from '@playwright/test';

interface Watch {
  consoleErrors: string[];
  externalRequests: string[];
}

export const test = base.extend<{ watch: Watch }>({
  watch: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      const watch: Watch = { consoleErrors: [], externalRequests: [] };
      page.on('console', (msg) => {
        if (msg.type() === 'error') watch.consoleErrors.push(msg.text());
      });
      page.on('pageerror', (err) => watch.consoleErrors.push(String(err)));
      page.on('request', (req) => {
        const url = req.url();
        if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return;
        if (new URL(url).origin !== origin) watch.externalRequests.push(url);
      });
      await use(watch);
      expect(watch.externalRequests, 'requests that left the site origin').toEqual([]);
      expect(watch.consoleErrors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Paths are relative to baseURL (which carries the base path). */
export const PROGRAMME_PATH = 'chuong-trinh/tinh-uy-hau-giang/2025-quy-i/';

/** The console logs a 404 resource error when a test visits a missing page on purpose. */
export function allowNotFoundConsoleError(watch: Watch): void {
  const keep = watch.consoleErrors.filter((e) => !/404|Not Found/i.test(e));
  watch.consoleErrors.length = 0;
  watch.consoleErrors.push(...keep);
}

export async function visibleText(page: Page, selector: string): Promise<string> {
  return page.locator(selector).innerText();
}
