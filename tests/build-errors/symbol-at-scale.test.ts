/**
 * Symbol search on a generated corpus, at the size where it used to break:
 * a central document cited, several times each, by more programmes than the
 * search page loads from Pagefind at once (RESULTS_PER_LOAD). Pagefind's own ranking of
 * the citation word puts the citing programmes first and the document's page
 * past that cut (checked here, so the test proves something); the search page
 * must still show the document's own page first, because a symbol query
 * looks up the words only that page carries (`ownPageToken`) first.
 *
 * A real build of the generated site (src/lib/corpus/generate.ts, seed 1),
 * served by a small static server, searched in headless Chromium.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { chromium, expect as pwExpect } from '@playwright/test';
import { generateCorpus } from '../../src/lib/corpus/generate';
import { RESULTS_PER_LOAD } from '../../src/components/search/page';
import { prepareSite, removeSite, runBuild } from './harness';

const PROGRAMMES = 90;
/** Programmes that get a paragraph citing the document three times (more than three loads of results). */
const CITING = 3 * RESULTS_PER_LOAD + 15;

const roots: string[] = [];
let server: Server | undefined;
afterAll(() => {
  server?.close();
  for (const root of roots) removeSite(root);
});

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.wasm': 'application/wasm' };

function serve(dir: string): Promise<string> {
  return new Promise((ready) => {
    server = createServer((req, res) => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      let file = join(dir, path);
      if (existsSync(join(file, 'index.html'))) file = join(file, 'index.html');
      if (!file.startsWith(dir) || !existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    });
    server.listen(0, '127.0.0.1', () => {
      const address = server!.address();
      ready(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
    });
  });
}

describe('symbol search on a generated corpus', () => {
  it(`shows the document's own page first when ${CITING} programmes cite it, and loads the rest on request`, async () => {
    const root = prepareSite('symbol-at-scale');
    roots.push(root);
    const content = join(root, 'content');
    rmSync(content, { recursive: true, force: true });
    const corpus = generateCorpus({ programmes: PROGRAMMES, seed: 1 });
    for (const [path, text] of corpus.files) {
      mkdirSync(dirname(join(content, path)), { recursive: true });
      writeFileSync(join(content, path), text);
    }
    // The first central Chỉ thị of the registry, cited three times in each of CITING programmes.
    const resolutions = join(content, 'resolutions');
    const target = readdirSync(resolutions)
      .sort()
      .map((f) => ({ id: f.replace(/\.yaml$/u, ''), data: parseYaml(readFileSync(join(resolutions, f), 'utf8')) as { type: string; symbol: string } }))
      .find((d) => d.data.type === 'chi-thi' && d.data.symbol.endsWith('/TW'));
    expect(target, 'a central directive in the generated registry').toBeDefined();
    const symbol = target!.data.symbol;
    const programmes = readdirSync(join(content, 'programmes'), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.mdx'))
      .map((e) => join(e.parentPath, e.name))
      .sort();
    expect(programmes.length).toBeGreaterThanOrEqual(CITING);
    for (const file of programmes.slice(0, CITING)) {
      const text = readFileSync(file, 'utf8');
      writeFileSync(file, `${text.trimEnd()}\n\nTiếp tục quán triệt Chỉ thị số ${symbol}; sơ kết Chỉ thị số ${symbol} và báo cáo việc thực hiện Chỉ thị số ${symbol}.\n`);
    }

    const run = await runBuild(root);
    expect(run.code, run.output.slice(-3000)).toBe(0);
    // The log stays a few summary lines: no warning per programme (Rolldown's MODULE_LEVEL_DIRECTIVE),
    // no line per generated file (counted instead), at most five lines per kind of citation problem.
    expect(run.output).not.toContain('MODULE_LEVEL_DIRECTIVE');
    expect(run.output).toMatch(/Đã tạo \d{3,} tệp/u);
    expect(run.output.split('\n').length, run.output).toBeLessThan(80);
    const origin = await serve(join(root, 'dist'));

    const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
    const browser = await chromium.launch(executablePath ? { executablePath } : {});
    try {
      const page = await browser.newPage();
      // Precondition: Pagefind alone ranks the document's page past the cut for the citation word.
      await page.goto(`${origin}/tim-kiem/`);
      const token = `vbshct${Number(symbol.split('-')[0])}tw`;
      // A string, not a function: the test runner would rewrite a dynamic import() inside a function.
      const urls = (await page.evaluate(`(async () => {
        const pagefind = await import(location.origin + '/pagefind/pagefind.js');
        const search = await pagefind.search('"${token}"');
        return Promise.all(search.results.map(async (r) => (await r.data()).url));
      })()`)) as string[];
      const total = urls.length;
      const rank = urls.findIndex((u) => u.includes(`/van-ban/${target!.id}/`));
      expect(total).toBeGreaterThan(CITING);
      expect(rank, `Pagefind's own rank of the document page among ${total} results`).toBeGreaterThanOrEqual(RESULTS_PER_LOAD);

      // The search page: the document's own page first, for the symbol and for "chi thi N".
      for (const q of [symbol, `chi thi ${Number(symbol.split('-')[0])}`]) {
        await page.goto(`${origin}/tim-kiem/?q=${encodeURIComponent(q)}`);
        await page.waitForSelector('[data-search-page][data-search-state="done"]', { timeout: 60_000 });
        const first = await page.locator('[data-search-results] > li.search-result a[href]').first().getAttribute('href');
        expect(first, q).toContain(`/van-ban/${target!.id}/`);
      }

      // Only the first RESULTS_PER_LOAD results of each search are loaded; the button loads the next ones.
      const results = page.locator('[data-search-results] > li.search-result');
      const shown = await results.count();
      expect(shown).toBeLessThanOrEqual(2 * RESULTS_PER_LOAD + 1);
      const loadMore = page.locator('[data-search-load-more]');
      await pwExpect(loadMore).toBeVisible();
      await pwExpect(loadMore).toHaveText(/^Tải thêm kết quả \(còn \d+\)$/u);
      await loadMore.click();
      await page.waitForSelector('[data-search-page][data-search-state="done"]');
      expect(await results.count()).toBeGreaterThan(shown);
      // The reader lands on the first result that was not there before.
      const focused = await page.evaluate(() => document.activeElement?.closest('li[data-page-id]')?.getAttribute('data-page-id'));
      expect(focused).toBeTruthy();
      expect(await results.first().locator('a[href]').first().getAttribute('href')).toContain(`/van-ban/${target!.id}/`);
    } finally {
      await browser.close();
    }
  });
});
