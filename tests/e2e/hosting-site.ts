/**
 * Helpers for the hosting, integrity, accessibility and print tests: which
 * site the current Playwright project serves (playwright.config.ts), which
 * pages it has, and a watcher for CSP violations.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import type { SiteMetadata } from '../../playwright.config';

export function siteOf(info: TestInfo): SiteMetadata & { dir: string } {
  const meta = info.project.metadata as SiteMetadata;
  return { ...meta, dir: join(meta.docRoot, meta.base) };
}

/** The SITE_URL the build used (absolute URLs in feeds, sitemap and JSON). */
export const SITE_URL = (process.env.SITE_URL ?? '').trim() || 'http://localhost:4321';

/** Every HTML page of the build, as paths relative to the base path ("", "chuong-trinh/", "404.html"). */
export function builtPages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .map((p) => (p === 'index.html' ? '' : p.endsWith('/index.html') ? p.slice(0, -'index.html'.length) : p))
    .sort();
}

/** A page of the build under `folder/` (e.g. the first document page), if any. */
export function firstPageUnder(dir: string, folder: string): string | undefined {
  return builtPages(dir).find((p) => p.startsWith(folder) && p !== folder);
}

export function hasPage(dir: string, path: string): boolean {
  return existsSync(join(dir, path, 'index.html'));
}

export const PAGE_TYPES = {
  home: '',
  list: 'chuong-trinh/',
  programme: 'chuong-trinh/tinh-uy-hau-giang/2025-quy-i/',
  documents: 'van-ban/',
  search: 'tim-kiem/',
} as const;

export interface CspWatch {
  /** Violations reported by `securitypolicyviolation` events and console messages. */
  violations(): Promise<string[]>;
}

/**
 * Records CSP violations: the page's `securitypolicyviolation` events (the
 * init script is injected by the browser's debugger protocol, so the CSP does
 * not apply to it) and console messages about refused loads.
 */
export async function watchCsp(page: Page): Promise<CspWatch> {
  const consoleViolations: string[] = [];
  page.on('console', (msg) => {
    const text = msg.text();
    if (/Content Security Policy|Refused to (?:load|execute|apply|connect|frame|compile|create)/i.test(text)) consoleViolations.push(text);
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  return {
    async violations() {
      const fromPage = await page
        .evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])
        .catch(() => [] as string[]);
      return [...fromPage, ...consoleViolations];
    },
  };
}

/** If the page has a search box, type a query and let the results load (exercises Pagefind's WebAssembly under the CSP). */
export async function trySearch(page: Page, query: string): Promise<boolean> {
  // The search page's own field (the header has one too).
  const box = page.locator('[data-search-input]');
  if ((await box.count()) === 0 || !(await box.isVisible())) return false;
  await box.fill(query);
  await box.press('Enter').catch(() => undefined);
  // The search has run (Pagefind loaded its worker, WebAssembly and index) once the live region
  // names this query and the page says it is done (before typing, an empty query is "done" too).
  await page.locator('[data-search-status]', { hasText: query }).waitFor();
  await page.locator('[data-search-page][data-search-state="done"]').waitFor();
  await page.waitForLoadState('networkidle');
  return true;
}
