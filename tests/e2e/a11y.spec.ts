/**
 * Accessibility with axe-core: no serious or critical violation (WCAG 2.x A
 * and AA rules and axe's best practices) on every kind of page: home,
 * programme list, programme, document index and a document page (the first
 * /van-ban/<id>/ the build has), search (when the build has it) and 404;
 * each in light and in dark colours (the device's preference; reading.css).
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect, allowNotFoundConsoleError } from './fixtures';
import { PAGE_TYPES, builtPages, firstPageUnder, hasPage, siteOf } from './hosting-site';

const PAGES: { name: string; path: (dir: string) => string | undefined }[] = [
  { name: 'home', path: () => PAGE_TYPES.home },
  { name: 'programme list', path: () => PAGE_TYPES.list },
  { name: 'programme', path: () => PAGE_TYPES.programme },
  { name: 'document index', path: (dir) => (hasPage(dir, PAGE_TYPES.documents) ? PAGE_TYPES.documents : undefined) },
  { name: 'document', path: (dir) => firstPageUnder(dir, PAGE_TYPES.documents) },
  { name: 'search', path: (dir) => (hasPage(dir, PAGE_TYPES.search) ? PAGE_TYPES.search : undefined) },
  { name: '404', path: () => 'khong-co-trang-nay/' },
];

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const SCHEMES = ['light', 'dark'] as const;

for (const scheme of SCHEMES) for (const { name, path } of PAGES) {
  test(`${name} page, ${scheme} colours: no serious or critical axe violation`, async ({ page, watch }, info) => {
    // The programme page is long (every paragraph has a copy-link button): axe needs more than 30 s on a loaded machine.
    test.setTimeout(90_000);
    const target = path(siteOf(info).dir);
    expect(target, `the build has a ${name} page`).toBeDefined();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(target ?? '');
    if (name === '404') allowNotFoundConsoleError(watch);
    const results = await new AxeBuilder({ page })
      .withTags(TAGS)
      .analyze();
    const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    const report = blocking.map((v) => `${v.impact} ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n')}`);
    const minor = results.violations.filter((v) => !blocking.includes(v)).map((v) => `${v.impact} ${v.id}`);
    console.log(`[${info.project.name}] axe ${name}, ${scheme} (${target}): ${results.passes.length} rules passed, ${blocking.length} serious/critical, ${minor.length} minor${minor.length ? ` (${minor.join(', ')})` : ''}`);
    expect(report, 'serious or critical axe violations').toEqual([]);
  });
}

test('every other page of the build: no serious or critical axe violation', async ({ page }, info) => {
  const site = siteOf(info);
  const covered = new Set(PAGES.map((p) => p.path(site.dir)));
  const rest = builtPages(site.dir).filter((p) => !covered.has(p) && p !== '404.html');
  // the budget grows with the site (filter pages of /van-ban/ add one page per type, body and year)
  test.setTimeout(60_000 + rest.length * 15_000);
  const report: string[] = [];
  for (const path of rest) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    for (const v of results.violations.filter((x) => x.impact === 'serious' || x.impact === 'critical')) {
      report.push(`${path}: ${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    }
  }
  console.log(`[${info.project.name}] axe on ${rest.length} more pages: ${report.length} serious/critical`);
  expect(report, 'serious or critical axe violations').toEqual([]);
});
