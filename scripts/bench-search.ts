/**
 * Search benchmark: `npm run build && npm run bench:search`.
 *
 * Serves the built site locally, opens the real search page (/tim-kiem/?q=…)
 * in headless Chromium for every query of scripts/bench-search.queries.json,
 * and reads the result links in order. Side by side, in the same run, it
 * builds a plain Pagefind index of the same built pages with default
 * settings (into a temporary folder) and asks it the raw query strings, the
 * way Pagefind's default UI would, taking each result's sub-results with the
 * most matching words first (how that UI picks the ones it shows). It prints hit@1, hit@3 and MRR for both, per query set, and every
 * query ours misses; and, for ours, precision@5 on topic queries: of the
 * first five sub-results shown (not folded under "Xem thêm"), the share whose
 * heading and excerpt hold the whole phrase.
 *
 * A result list is the sequence of links a reader gets: for each result
 * page, its matching sections in the order shown (the page itself when it has
 * none). A hit is a link to an expected page (any section of it) or to the
 * expected section.
 *
 *   npm run bench:search                                  # dist/, root base
 *   npm run bench:search -- --dist dist-search            # another build folder
 *   BASE_PATH=/van-kien/ npm run bench:search -- --dist dist-base/van-kien
 *   npm run bench:search -- --verbose                     # every query, both engines
 *
 * Exits with 1 when ours misses a target: hit@3 ≥ 0.95 overall, precision@5
 * ≥ 0.8 on topics, hit@1 = 1.00 on symbols, queries
 * without diacritics as good as their twins with them, and no result for a
 * symbol that is in no document.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium, type Page } from '@playwright/test';
import * as pagefind from 'pagefind';
import { normalizeBasePath } from '../src/lib/site-settings.ts';
import {
  hasDiacritics,
  mean,
  pageOf,
  precisionAt,
  rankOf,
  resolveTarget,
  scores,
  twinKey,
  underBase,
  type BenchData,
  type BenchQuery,
  type Scores,
} from '../src/lib/search/bench.ts';

const args = process.argv.slice(2);
function option(name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}
const distDir = resolve(option('--dist') ?? 'dist');
const dataFile = resolve(option('--queries') ?? 'scripts/bench-search.queries.json');
const verbose = args.includes('--verbose');
const base = normalizeBasePath(process.env.BASE_PATH);
const DEFAULT_PREFIX = '/__pagefind-defaults/';
/** Sub-results counted for precision (the first ones a reader sees). */
const PRECISION_K = 5;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
};

/** A static server: the site under its base path, the default index under DEFAULT_PREFIX. */
function serve(defaultIndex: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
      let file: string | undefined;
      if (path.startsWith(DEFAULT_PREFIX)) file = join(defaultIndex, path.slice(DEFAULT_PREFIX.length));
      else if (path.startsWith(base)) file = join(distDir, path.slice(base.length));
      try {
        if (!file || file.includes('\0')) throw new Error('not found');
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
        const body = await readFile(file);
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        res.end(body);
      } catch {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('not found');
      }
    })();
  });
  return new Promise((ok) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      ok({ server, origin: `http://127.0.0.1:${port}` });
    });
  });
}

/** A page is searchable when its built HTML marks content for the index. */
function indexed(target: string): boolean {
  const file = join(distDir, pageOf(target), 'index.html');
  return existsSync(file) && /\sdata-pagefind-body[\s=>]/u.test(readFileSync(file, 'utf8'));
}

/** The targets a query is scored against, in this build. */
function targetsOf(q: BenchQuery, programme: string): string[] {
  const expect = (q.expect ?? []).map((t) => resolveTarget(t, programme)).filter(indexed);
  if (expect.length > 0) return expect;
  return (q.fallback ?? []).map((t) => resolveTarget(t, programme)).filter(indexed);
}

/** The sub-results a reader sees (not folded under "Xem thêm"): heading and excerpt, in order. */
async function ourShown(page: Page): Promise<string[]> {
  return page.$$eval('[data-search-results] .search-result__section', (items) =>
    // innerText keeps the line break between the heading and the excerpt (textContent would glue them).
    items.filter((li) => li.closest('[hidden]') === null).map((li) => (li as HTMLElement).innerText.replace(/\s+/gu, ' ').trim()),
  );
}

async function ourLinks(page: Page, origin: string, q: string): Promise<string[]> {
  await page.goto(`${origin}${base}tim-kiem/?q=${encodeURIComponent(q)}`);
  await page.waitForSelector('[data-search-page][data-search-state="done"], [data-search-page][data-search-state="error"]', { timeout: 20_000 });
  const state = await page.getAttribute('[data-search-page]', 'data-search-state');
  if (state === 'error') throw new Error(`search page error for ${JSON.stringify(q)}`);
  const hrefs = await page.$$eval('[data-search-results] [data-search-target]', (links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((h) => underBase(h, base));
}

async function defaultLinks(page: Page, q: string): Promise<string[]> {
  const hrefs = await page.evaluate(
    async ([query, prefix, baseUrl]) => {
      interface Sub { url: string; locations: number[] }
      interface Data { url: string; sub_results: Sub[] }
      interface Found { data: () => Promise<Data> }
      interface Api {
        options: (o: object) => Promise<void>;
        search: (t: string) => Promise<{ results: Found[] } | null>;
      }
      const w = window as unknown as { __pagefindDefaults?: Promise<Api> };
      w.__pagefindDefaults ??= (async () => {
        const api = (await import(/* @vite-ignore */ `${prefix}pagefind.js`)) as Api;
        await api.options({ baseUrl });
        return api;
      })();
      const api = await w.__pagefindDefaults;
      const response = await api.search(query);
      const links: string[] = [];
      for (const r of response?.results ?? []) {
        const d = await r.data();
        if (d.sub_results.length === 0) links.push(d.url);
        // Most matching words first: how Pagefind's default UI picks the sub-results it shows.
        const subs = [...d.sub_results].sort((a, b) => b.locations.length - a.locations.length);
        for (const s of subs) links.push(s.url);
      }
      return links;
    },
    [q, DEFAULT_PREFIX, base] as const,
  );
  return hrefs.map((h) => underBase(h, base));
}

interface Outcome {
  query: BenchQuery;
  targets: string[];
  ours: string[];
  /** Text of the sub-results shown (ours). */
  shown: string[];
  defaults: string[];
  oursRank: number;
  defaultRank: number;
  ms: number;
}

function fmt(s: Scores): string {
  return `${s.hit1.toFixed(2).padStart(6)} ${s.hit3.toFixed(2).padStart(6)} ${s.mrr.toFixed(2).padStart(6)}`;
}

function row(label: string, list: readonly Outcome[]): string {
  const ours = scores(list.map((o) => o.oursRank));
  const defs = scores(list.map((o) => o.defaultRank));
  return `${label.padEnd(30)} ${String(list.length).padStart(3)}   ${fmt(ours)}    ${fmt(defs)}`;
}

function top(links: readonly string[]): string {
  return links.length === 0 ? '(không có kết quả)' : links.slice(0, 3).join('  |  ');
}

async function main(): Promise<void> {
  if (!existsSync(join(distDir, 'pagefind', 'pagefind.js'))) {
    throw new Error(`${distDir}/pagefind/ không có: chạy npm run build trước (build the site first).`);
  }
  const data = JSON.parse(readFileSync(dataFile, 'utf8')) as BenchData;
  const tmp = await mkdtemp(join(tmpdir(), 'pagefind-defaults-'));
  const { server, origin } = await serve(tmp);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined),
  });
  try {
    // Plain Pagefind on the same built pages: default settings, raw queries.
    const { index } = await pagefind.createIndex({});
    if (!index) throw new Error('Pagefind: no index');
    const added = await index.addDirectory({ path: distDir, glob: '**/*.html' });
    await index.writeFiles({ outputPath: tmp });
    await pagefind.close();

    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });

    const outcomes: Outcome[] = [];
    for (const query of data.queries) {
      const targets = targetsOf(query, data.programme);
      const t0 = performance.now();
      const ours = await ourLinks(page, origin, query.q);
      const ms = performance.now() - t0;
      const shown = await ourShown(page);
      const defaults = await defaultLinks(page, query.q);
      outcomes.push({ query, targets, ours, shown, defaults, oursRank: rankOf(ours, targets), defaultRank: rankOf(defaults, targets), ms });
    }

    const scored = outcomes.filter((o) => o.query.kind !== 'guard' && o.targets.length > 0);
    const topics = scored.filter((o) => o.query.kind === 'topic');
    const marked = topics.filter((o) => hasDiacritics(o.query.q));
    const plain = topics.filter((o) => !hasDiacritics(o.query.q));
    const symbols = scored.filter((o) => o.query.kind === 'symbol');
    const symbolDocs = symbols.filter((o) => o.targets.some((t) => t.startsWith('van-ban/')));
    const guards = outcomes.filter((o) => o.query.kind === 'guard');

    const docPages = new Set(outcomes.flatMap((o) => o.query.expect ?? []).filter((t) => t.startsWith('van-ban/')));
    const docIndexed = [...docPages].filter(indexed).length;
    const ms = outcomes.map((o) => o.ms).sort((a, b) => a - b);

    console.log(`\nTìm kiếm / search benchmark — ${distDir} (base ${base}); Pagefind mặc định đọc ${added.page_count} tệp HTML`);
    console.log(`${data.queries.length} truy vấn; ${docIndexed}/${docPages.size} trang văn bản được lập chỉ mục (chưa có thì tính theo mục của chương trình)`);
    console.log(`\n${''.padEnd(30)}   n     ours (trang tìm kiếm)    Pagefind mặc định`);
    console.log(`${''.padEnd(30)}      hit@1  hit@3    MRR     hit@1  hit@3    MRR`);
    console.log(row('tất cả / all', scored));
    console.log(row('chủ đề có dấu / topics, marks', marked));
    console.log(row('chủ đề không dấu / no marks', plain));
    console.log(row('số ký hiệu / symbols', symbols));
    if (symbolDocs.length > 0) console.log(row('  … trang văn bản / doc pages', symbolDocs));
    // Precision: of the first 5 sub-results shown for a topic query, the share that hold the whole phrase.
    const multiWord = topics.filter((o) => o.query.q.trim().split(/\s+/u).length > 1);
    const p5 = mean(topics.map((o) => precisionAt(PRECISION_K, o.shown, o.query.q)));
    const p5multi = mean(multiWord.map((o) => precisionAt(PRECISION_K, o.shown, o.query.q)));
    console.log(`\nprecision@${PRECISION_K} chủ đề / topics (mục hiện ra chứa cả cụm từ): ${p5.toFixed(2)} (${topics.length} truy vấn); nhiều từ / multi-word ${p5multi.toFixed(2)} (${multiWord.length})`);
    const symbolHit1 = scores(symbols.map((o) => o.oursRank)).hit1;
    console.log(`hit@1 số ký hiệu / symbols: ${symbolHit1.toFixed(2)}`);
    const loose = topics
      .map((o) => ({ o, p: precisionAt(PRECISION_K, o.shown, o.query.q) }))
      .filter((x) => x.p !== undefined && x.p < 1);
    for (const { o, p } of loose) console.log(`  precision@${PRECISION_K} ${(p ?? 0).toFixed(2)} ${JSON.stringify(o.query.q)}`);
    const guardOurs = guards.filter((o) => o.ours.length > 0).length;
    const guardDefault = guards.filter((o) => o.defaults.length > 0).length;
    console.log(`\nsố ký hiệu không có / no such symbol: ours trả về văn bản khác ${guardOurs}/${guards.length}, Pagefind mặc định ${guardDefault}/${guards.length}`);
    console.log(`thời gian / time per query (ours, page load + search): median ${Math.round(ms[Math.floor(ms.length / 2)] ?? 0)} ms, max ${Math.round(ms[ms.length - 1] ?? 0)} ms`);

    // Twins: a query without marks must do as well as the same query with them.
    const plainByKey = new Map(plain.map((o) => [twinKey(o.query.q), o]));
    const twins = marked.flatMap((m) => {
      const p = plainByKey.get(twinKey(m.query.q));
      return p ? [{ marked: m, plain: p }] : [];
    });
    const rr = (r: number): number => (r > 0 ? 1 / r : 0);
    const worseTwins = twins.filter((t) => rr(t.plain.oursRank) < rr(t.marked.oursRank));
    const worseDefault = twins.filter((t) => rr(t.plain.defaultRank) < rr(t.marked.defaultRank)).length;
    console.log(`cặp có dấu / không dấu / twins: ${twins.length}; không dấu kém hơn / plain worse: ours ${worseTwins.length}, Pagefind mặc định ${worseDefault}`);
    for (const t of worseTwins) console.log(`  ${t.plain.query.q} (hạng ${t.plain.oursRank}) < ${t.marked.query.q} (hạng ${t.marked.oursRank})`);

    const misses = scored.filter((o) => o.oursRank === 0 || o.oursRank > 1);
    console.log(`\nTruy vấn chưa đứng đầu (ours) / ours not at rank 1: ${misses.length}`);
    for (const o of misses) {
      console.log(`  ${JSON.stringify(o.query.q)} hạng ${o.oursRank || '—'}; cần ${o.targets.join(' hoặc ')}\n      ours: ${top(o.ours)}`);
    }
    for (const o of guards.filter((g) => g.ours.length > 0)) console.log(`  guard ${JSON.stringify(o.query.q)}: ${top(o.ours)}`);
    if (verbose) {
      console.log('\nTừng truy vấn / every query (ours | Pagefind mặc định):');
      for (const o of outcomes) {
        console.log(`  ${o.query.kind.padEnd(6)} ${JSON.stringify(o.query.q).padEnd(50)} ${String(o.oursRank || '—').padStart(2)} | ${String(o.defaultRank || '—').padStart(2)}   default: ${top(o.defaults)}`);
      }
    }
    if (errors.length > 0) console.log(`\nLỗi trên trang / page errors:\n  ${errors.join('\n  ')}`);

    const all = scores(scored.map((o) => o.oursRank));
    const ok = all.hit3 >= 0.95 && p5 >= 0.8 && symbolHit1 === 1 && worseTwins.length === 0 && guardOurs === 0 && errors.length === 0;
    console.log(
      `\n${ok ? '✓ đạt mục tiêu' : '✗ chưa đạt mục tiêu'} (hit@3 ≥ 0.95, precision@${PRECISION_K} chủ đề ≥ 0.8, hit@1 số ký hiệu = 1.00, không dấu ≥ có dấu, không trả về văn bản sai cho số ký hiệu không có, không lỗi)`,
    );
    process.exitCode = ok ? 0 : 1;
  } finally {
    await browser.close();
    server.close();
    await rm(tmp, { recursive: true, force: true });
  }
}

await main();
