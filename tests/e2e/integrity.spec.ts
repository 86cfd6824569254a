/**
 * Nothing leaves the intranet, and nothing breaks the Content-Security-Policy:
 * every page of the build (home, lists, programmes, every document page under
 * /van-ban/, the search page with a query typed in, the 404 page) is opened;
 * every request it makes must go to the site's own origin and under its base
 * path, and no CSP violation may be reported. The shared `watch` fixture
 * (./fixtures.ts) also fails the test on a console error.
 */
import { test, expect, allowNotFoundConsoleError } from './fixtures';
import { PAGE_TYPES, builtPages, hasPage, siteOf, trySearch, watchCsp } from './hosting-site';

test('every page of the build loads only from the site itself, without a CSP violation', async ({ page, context, baseURL, watch }, info) => {
  test.setTimeout(180_000);
  const site = siteOf(info);
  const origin = new URL(baseURL ?? '').origin;
  const basePath = new URL(baseURL ?? '').pathname;
  const pages = builtPages(site.dir);
  // The page types the issue lists are all there (document and search pages when they exist).
  for (const path of [PAGE_TYPES.home, PAGE_TYPES.list, PAGE_TYPES.programme, '404.html']) expect(pages).toContain(path);

  const requests: string[] = [];
  context.on('request', (req) => requests.push(req.url()));
  const csp = await watchCsp(page);
  const offSite: string[] = [];
  const failed: string[] = [];

  for (const path of pages) {
    requests.length = 0;
    const response = await page.goto(path, { waitUntil: 'networkidle' });
    expect(response?.status(), path).toBe(200);
    if (path === PAGE_TYPES.search) expect(await trySearch(page, 'nghị quyết'), 'the search page has its search field').toBe(true);
    for (const url of requests) {
      if (/^(?:data|blob|about):/.test(url)) continue;
      const u = new URL(url);
      if (u.origin !== origin) offSite.push(`${path} → ${url}`);
      else if (!u.pathname.startsWith(basePath)) failed.push(`${path} → ${url} (outside the base path ${basePath})`);
    }
  }
  // An unknown address gets the 404 page, which loads only from the site too.
  requests.length = 0;
  const missing = await page.goto('no-such-page/', { waitUntil: 'networkidle' });
  expect(missing?.status()).toBe(404);
  await expect(page.locator('[data-not-found]')).toBeVisible();
  for (const url of requests) if (new URL(url).origin !== origin) offSite.push(`404 → ${url}`);
  allowNotFoundConsoleError(watch);

  expect(offSite, 'requests to another origin').toEqual([]);
  expect(failed, 'requests outside the base path').toEqual([]);
  expect(await csp.violations(), 'CSP violations').toEqual([]);
  info.annotations.push({ type: 'pages', description: `${pages.length} pages opened (${site.base})` });
  console.log(`[${info.project.name}] integrity: ${pages.length} pages opened, search page ${hasPage(site.dir, PAGE_TYPES.search) ? 'searched' : 'absent'}`);
});

test('the search page finds a programme without leaving the site or breaking the CSP', async ({ page, context, baseURL }, info) => {
  const site = siteOf(info);
  expect(hasPage(site.dir, PAGE_TYPES.search), 'the build has a search page').toBe(true);
  const origin = new URL(baseURL ?? '').origin;
  const requests: string[] = [];
  context.on('request', (req) => requests.push(req.url()));
  const csp = await watchCsp(page);
  await page.goto(PAGE_TYPES.search);
  expect(await trySearch(page, 'kiểm tra giám sát'), 'a search box on the search page').toBe(true);
  // Pagefind's files were fetched from the site, under the base path.
  const pagefind = requests.filter((u) => u.includes('/pagefind/'));
  expect(pagefind.length).toBeGreaterThan(0);
  // The search ran: Pagefind fetched its WebAssembly and its index (compiled under 'wasm-unsafe-eval').
  expect(pagefind.some((u) => /\/wasm\.[^/]+\.pagefind$/.test(u)), pagefind.join('\n')).toBe(true);
  expect(pagefind.some((u) => /\.pf_(?:meta|index)$/.test(u)), pagefind.join('\n')).toBe(true);
  for (const u of pagefind) expect(u.startsWith(`${origin}${site.base}pagefind/`), u).toBe(true);
  expect(requests.filter((u) => !/^(?:data|blob):/.test(u) && new URL(u).origin !== origin)).toEqual([]);
  expect(await csp.violations()).toEqual([]);
});
