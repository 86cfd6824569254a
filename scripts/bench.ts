/**
 * `npm run bench`: the site at scale, against the bare pipeline, in one run
 * (these machines are noisy: only ratios measured side by side mean much).
 *
 *   npm run bench                                   # N = 1,000 and 10,000
 *   npm run bench -- --programmes 1000              # one size
 *   npm run bench -- --programmes 300 --processors satteri --no-search
 *   npm run bench -- --work /tmp/bench --keep       # keep the corpora and builds
 *   npm run bench -- --programmes 10000 --no-rebuild  # skip step 3 (a second full build at 10k)
 *
 * For each N it generates a corpus (`npm run gen:corpus`, seed 1), then:
 * 1. builds the site with each Markdown processor (`--processors`, default
 *    satteri,unified) from a cold cache: wall time, peak memory of the process
 *    tree (sampled from /proc), pages per second, dist/ and index sizes, the
 *    largest HTML page, and the phases the build records (BUILD_TIMINGS:
 *    content sync, MDX compile, page render, citation index, search index);
 * 2. builds the bare pipeline on the same corpus (`bench/bare`: Astro + MDX
 *    with its defaults, one minimal page per programme, Pagefind's CLI), and
 *    runs Pagefind's CLI on our own built pages, for the ratios;
 * 3. rebuilds after editing one programme, with the cache of step 1 kept;
 * 4. (unless --no-search) serves both sites with nginx (deploy/nginx.conf) and,
 *    in headless Chromium, asks 20 queries (topics and symbols, with and
 *    without diacritics) each in a fresh browser context: bytes transferred
 *    (every request of the page and its workers, library included, headers
 *    and gzip-encoded bodies as sent), time from navigation
 *    to the first result, and whether a symbol query puts the document's own
 *    page first. Plain Pagefind (its JS API, five results loaded, as its UI)
 *    is asked the same queries on the bare site.
 * It prints one table per N; nothing is asserted (see the targets in README).
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';

const ROOT = resolve(import.meta.dirname, '..');
const NODE = process.execPath;

const { values } = parseArgs({
  options: {
    programmes: { type: 'string', default: '1000,10000' },
    seed: { type: 'string', default: '1' },
    processors: { type: 'string', default: 'satteri,unified' },
    work: { type: 'string' },
    keep: { type: 'boolean', default: false },
    'no-search': { type: 'boolean', default: false },
    'no-bare': { type: 'boolean', default: false },
    'no-rebuild': { type: 'boolean', default: false },
  },
});

const sizes = values.programmes.split(',').map((n) => Number(n.trim()));
const processors = values.processors.split(',').map((p) => p.trim());
const work = resolve(values.work ?? mkdtempSync(join(tmpdir(), 'van-kien-bench-')));
mkdirSync(work, { recursive: true });

// ---------------------------------------------------------------- processes

interface Run {
  ms: number;
  /** Peak resident memory of the process and all its descendants, bytes. */
  peak: number;
  code: number | null;
  output: string;
}

function children(pid: number): number[] {
  try {
    const out: number[] = [];
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const text = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      if (text) out.push(...text.split(/\s+/).map(Number));
    }
    return out;
  } catch {
    return [];
  }
}

function rss(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

function treeRss(pid: number): number {
  let total = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const p = stack.pop()!;
    total += rss(p);
    stack.push(...children(p));
  }
  return total;
}

function run(command: string, args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<Run> {
  return new Promise((done) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd ?? ROOT, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    let peak = 0;
    const timer = setInterval(() => {
      if (child.pid) peak = Math.max(peak, treeRss(child.pid));
    }, 250);
    child.on('close', (code) => {
      clearInterval(timer);
      done({ ms: performance.now() - started, peak, code, output });
    });
  });
}

function must(r: Run, what: string): Run {
  if (r.code !== 0) {
    process.stderr.write(`${what} failed (exit ${r.code}):\n${r.output.slice(-4000)}\n`);
    process.exit(1);
  }
  return r;
}

// ---------------------------------------------------------------- sizes

function walk(dir: string): { files: number; bytes: number; html: number; largestHtml: number; largestHtmlPath: string } {
  const out = { files: 0, bytes: 0, html: 0, largestHtml: 0, largestHtmlPath: '' };
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const path = join(e.parentPath, e.name);
    const size = statSync(path).size;
    out.files += 1;
    out.bytes += size;
    if (e.name.endsWith('.html')) {
      out.html += 1;
      if (size > out.largestHtml) Object.assign(out, { largestHtml: size, largestHtmlPath: path.slice(dir.length) });
    }
  }
  return out;
}

const mb = (b: number) => `${(b / 2 ** 20).toFixed(1)} MB`;
const gb = (b: number) => `${(b / 2 ** 30).toFixed(2)} GB`;
const kb = (b: number) => `${(b / 1024).toFixed(0)} KB`;
const s = (ms: number | undefined) => (ms === undefined ? '–' : `${(ms / 1000).toFixed(1)} s`);
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length === 0 ? NaN : sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

// ---------------------------------------------------------------- builds

interface OursBuild {
  processor: string;
  run: Run;
  phases: Record<string, number>;
  dist: ReturnType<typeof walk>;
  index: ReturnType<typeof walk>;
  outDir: string;
  cacheDir: string;
}

async function buildOurs(content: string, dir: string, processor: string): Promise<OursBuild> {
  const outDir = join(dir, `dist-${processor}`);
  const cacheDir = join(dir, `cache-${processor}`);
  const timings = join(dir, `timings-${processor}.json`);
  rmSync(outDir, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
  const r = must(
    await run(NODE, ['scripts/build.ts'], { env: { CONTENT_DIR: content, OUT_DIR: outDir, ASTRO_CACHE_DIR: cacheDir, BUILD_TIMINGS: timings, MARKDOWN_PROCESSOR: processor } }),
    `build (${processor})`,
  );
  const phases = JSON.parse(readFileSync(timings, 'utf8')) as Record<string, number>;
  return { processor, run: r, phases, dist: walk(outDir), index: walk(join(outDir, 'pagefind')), outDir, cacheDir };
}

async function rebuildAfterEdit(content: string, ours: OursBuild): Promise<Run> {
  const programmes = join(content, 'programmes');
  const first = readdirSync(programmes, { recursive: true, withFileTypes: true }).find((e) => e.isFile() && e.name.endsWith('.mdx'));
  if (!first) throw new Error('no programme in the corpus');
  const file = join(first.parentPath, first.name);
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, `${text.trimEnd()}\n\nĐoạn bổ sung khi đo thời gian xây dựng lại.\n`);
  try {
    return must(
      await run(NODE, ['scripts/build.ts'], { env: { CONTENT_DIR: content, OUT_DIR: ours.outDir, ASTRO_CACHE_DIR: ours.cacheDir, MARKDOWN_PROCESSOR: ours.processor } }),
      'rebuild',
    );
  } finally {
    writeFileSync(file, text);
  }
}

const BIN = (name: string) => join(ROOT, 'node_modules/.bin', name);

async function buildBare(content: string, dir: string): Promise<{ astro: Run; pagefind: Run; dist: ReturnType<typeof walk>; index: ReturnType<typeof walk>; outDir: string }> {
  const site = join(dir, 'bare');
  rmSync(site, { recursive: true, force: true });
  cpSync(join(ROOT, 'bench/bare'), site, { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(site, 'node_modules'), 'dir');
  writeFileSync(join(site, 'package.json'), '{ "name": "bare", "private": true, "type": "module" }\n');
  const astro = must(await run(NODE, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: site, env: { BENCH_CONTENT_DIR: content } }), 'bare build');
  const outDir = join(site, 'dist');
  const pagefind = must(await run(BIN('pagefind'), ['--site', outDir, '--force-language', 'vi'], { cwd: site }), 'bare pagefind');
  return { astro, pagefind, dist: walk(outDir), index: walk(join(outDir, 'pagefind')), outDir };
}

// ---------------------------------------------------------------- queries

interface Query {
  q: string;
  kind: 'topic' | 'symbol';
  /** For a symbol: the document whose own page should come first. */
  documentId?: string;
}

const TOPICS = ['chuyển đổi số', 'sinh hoạt chi bộ', 'giảm nghèo bền vững', 'phòng, chống tham nhũng', 'xây dựng nông thôn mới'];

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

/** 10 topic queries (5 phrases, with and without diacritics) and 10 symbol queries (5 central documents, two forms each). */
function queriesFor(content: string): Query[] {
  const dir = join(content, 'resolutions');
  const central = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ id: f.replace(/\.yaml$/, ''), data: parseYaml(readFileSync(join(dir, f), 'utf8')) as { symbol?: string; type?: string; number?: string } }))
    .filter((d) => d.data.symbol?.endsWith('/TW') && d.data.number);
  const step = Math.max(1, Math.floor(central.length / 5));
  const picked = [0, 1, 2, 3, 4].map((i) => central[i * step]).filter((d) => d !== undefined);
  const words: Record<string, string> = { 'nghi-quyet': 'nghi quyet', 'chi-thi': 'chi thi', 'ket-luan': 'ket luan', 'quy-dinh': 'quy dinh' };
  return [
    ...TOPICS.flatMap((t): Query[] => [{ q: t, kind: 'topic' }, { q: fold(t), kind: 'topic' }]),
    ...picked.flatMap((d): Query[] => [
      { q: d.data.symbol!, kind: 'symbol', documentId: d.id },
      { q: `${words[d.data.type ?? ''] ?? ''} ${d.data.number}`.trim(), kind: 'symbol', documentId: d.id },
    ]),
  ];
}

// ---------------------------------------------------------------- search

interface QueryRun {
  bytes: number;
  firstResultMs: number | undefined;
  firstUrl: string | undefined;
}

async function serve(root: string, port: number): Promise<() => void> {
  const child = spawn(NODE, ['scripts/nginx.ts', 'serve', '--root', root, '--base', '/', '--port', String(port)], { cwd: ROOT, stdio: 'ignore' });
  for (let i = 0; i < 100; i += 1) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/`);
      if (res.status < 500) break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return () => child.kill('SIGTERM');
}

async function askAll(origin: string, path: (q: string) => string, firstSelector: string, doneSelector: string, queries: Query[]): Promise<QueryRun[]> {
  const { chromium } = await import('@playwright/test');
  const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}) });
  const out: QueryRun[] = [];
  try {
    for (const { q } of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      // Every request of the page and of its workers (Pagefind searches in a worker), as transferred: headers and encoded body.
      const sizes: Promise<number>[] = [];
      page.on('requestfinished', (request) => sizes.push(request.sizes().then((z) => z.responseBodySize + z.responseHeadersSize)));
      await page.goto(`${origin}${path(q)}`);
      let firstResultMs: number | undefined;
      let firstUrl: string | undefined;
      try {
        const first = await page.waitForSelector(`${firstSelector}, ${doneSelector}`, { timeout: 60_000 });
        firstResultMs = await page.evaluate(() => performance.now());
        const link = await page.$(`${firstSelector} a[href]`);
        firstUrl = link ? ((await link.getAttribute('href')) ?? undefined) : undefined;
        if (!link && first) firstResultMs = undefined;
        await page.waitForSelector(doneSelector, { timeout: 60_000 });
        await page.waitForLoadState('networkidle');
      } catch {
        firstResultMs = undefined;
      }
      const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
      out.push({ bytes, firstResultMs, firstUrl });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return out;
}

// ---------------------------------------------------------------- main

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`).join('\n');
}

let port = 42100 + (process.pid % 500) * 2;

for (const n of sizes) {
  const dir = join(work, `n${n}`);
  mkdirSync(dir, { recursive: true });
  process.stdout.write(`\n## ${n.toLocaleString('en')} programmes (seed ${values.seed}), work folder ${dir}\n\n`);
  const gen = must(await run('npm', ['run', '--silent', 'gen:corpus', '--', '--programmes', String(n), '--seed', values.seed, '--out', dir]), 'gen:corpus');
  process.stdout.write(gen.output.split('\n')[0] + '\n\n');
  const content = join(dir, 'content');

  const builds: OursBuild[] = [];
  for (const processor of processors) {
    process.stdout.write(`building ours (${processor}) …\n`);
    const b = await buildOurs(content, dir, processor);
    builds.push(b);
    // At once, so that a long run that is stopped still leaves its figures.
    process.stdout.write(`  ${s(b.run.ms)}, peak ${gb(b.run.peak)}, ${b.dist.html} pages; phases ${JSON.stringify(b.phases)}\n`);
  }
  let bare: Awaited<ReturnType<typeof buildBare>> | undefined;
  if (!values['no-bare']) {
    process.stdout.write('building the bare pipeline …\n');
    bare = await buildBare(content, dir);
    process.stdout.write(`  ${s(bare.astro.ms)} + ${s(bare.pagefind.ms)} (Pagefind CLI), peak ${gb(Math.max(bare.astro.peak, bare.pagefind.peak))}\n`);
  }
  const ours = builds[0]!;
  process.stdout.write('Pagefind CLI on our pages …\n');
  const cliOnOurs = must(await run(BIN('pagefind'), ['--site', ours.outDir, '--output-path', join(dir, 'pagefind-cli'), '--force-language', 'vi']), 'pagefind on ours');
  let rebuild: Run | undefined;
  if (!values['no-rebuild']) {
    process.stdout.write('rebuild after editing one programme …\n');
    rebuild = await rebuildAfterEdit(content, ours);
  }

  const bareMs = bare ? bare.astro.ms + bare.pagefind.ms : undefined;
  const barePeak = bare ? Math.max(bare.astro.peak, bare.pagefind.peak) : undefined;
  const rows: string[][] = [['build', 'wall', 'ratio to bare', 'peak memory', 'pages', 'pages/s', 'dist/', 'index (files)', 'largest page']];
  for (const b of builds) {
    rows.push([
      `ours, ${b.processor}`,
      s(b.run.ms),
      bareMs ? ratio(b.run.ms, bareMs) : '–',
      gb(b.run.peak),
      String(b.dist.html),
      (b.dist.html / (b.run.ms / 1000)).toFixed(1),
      mb(b.dist.bytes),
      `${mb(b.index.bytes)} (${b.index.files})`,
      `${kb(b.dist.largestHtml)} ${b.dist.largestHtmlPath}`,
    ]);
  }
  if (bare && bareMs && barePeak !== undefined) {
    rows.push([
      'bare (Astro + MDX defaults, Pagefind CLI)',
      `${s(bareMs)} (${s(bare.astro.ms)} + ${s(bare.pagefind.ms)})`,
      '1.00×',
      gb(barePeak),
      String(bare.dist.html),
      (bare.dist.html / (bareMs / 1000)).toFixed(1),
      mb(bare.dist.bytes),
      `${mb(bare.index.bytes)} (${bare.index.files})`,
      `${kb(bare.dist.largestHtml)} ${bare.dist.largestHtmlPath}`,
    ]);
  }
  process.stdout.write(`\n${table(rows)}\n\n`);

  const phaseNames = ['contentSync', 'mdxCompile', 'pageRender', 'citationIndex', 'searchIndex'];
  const phaseRows = [['phase', ...builds.map((b) => `ours, ${b.processor}`)]];
  for (const p of phaseNames) phaseRows.push([p === 'citationIndex' ? 'citationIndex (part of pageRender)' : p, ...builds.map((b) => s(b.phases[p]))]);
  process.stdout.write(`${table(phaseRows)}\n\n`);
  const ourIndexMs = ours.phases.searchIndex;
  process.stdout.write(
    `search index: ours ${s(ourIndexMs)} vs Pagefind CLI on the same pages ${s(cliOnOurs.ms)}` +
      (ourIndexMs ? ` (ratio ${ratio(ourIndexMs, cliOnOurs.ms)}; target ≤ 1.50×)` : '') +
      '\n',
  );
  process.stdout.write(
    `per programme: ${(ours.run.ms / n).toFixed(1)} ms (ours, ${ours.processor})${bareMs ? `, ${(bareMs / n).toFixed(1)} ms (bare)` : ''}\n`,
  );
  if (rebuild) process.stdout.write(`rebuild after editing one programme: ${s(rebuild.ms)} vs full build ${s(ours.run.ms)} (${ratio(ours.run.ms, rebuild.ms)} faster; target ≥ 3×)\n`);

  if (!values['no-search'] && bare) {
    const queries = queriesFor(content);
    const oursPort = port;
    const barePort = port + 1;
    port += 2;
    const stopOurs = await serve(ours.outDir, oursPort);
    const stopBare = await serve(bare.outDir, barePort);
    try {
      process.stdout.write(`searching (${queries.length} queries, each in a fresh browser context) …\n`);
      const oursRuns = await askAll(
        `http://127.0.0.1:${oursPort}`,
        (q) => `/tim-kiem/?q=${encodeURIComponent(q)}`,
        '[data-search-results] > li.search-result',
        '[data-search-page][data-search-state="done"], [data-search-page][data-search-state="error"]',
        queries,
      );
      const plainRuns = await askAll(`http://127.0.0.1:${barePort}`, (q) => `/search/?q=${encodeURIComponent(q)}`, '[data-results] > li', 'body[data-state="done"]', queries);
      const qRows = [['query', 'kind', 'ours bytes', 'ours first result', 'plain bytes', 'plain first result', 'own page first']];
      queries.forEach((q, i) => {
        const o = oursRuns[i]!;
        const p = plainRuns[i]!;
        const own = q.documentId ? (o.firstUrl?.replace(/\/$/, '').endsWith(`/van-ban/${q.documentId}`) ? 'yes' : `no (${o.firstUrl ?? 'none'})`) : '';
        qRows.push([q.q, q.kind, kb(o.bytes), s(o.firstResultMs), kb(p.bytes), s(p.firstResultMs), own]);
      });
      process.stdout.write(`\n${table(qRows)}\n\n`);
      const ob = median(oursRuns.map((r) => r.bytes));
      const pb = median(plainRuns.map((r) => r.bytes));
      const ot = median(oursRuns.flatMap((r) => (r.firstResultMs === undefined ? [] : [r.firstResultMs])));
      const pt = median(plainRuns.flatMap((r) => (r.firstResultMs === undefined ? [] : [r.firstResultMs])));
      const symbols = queries.map((q, i) => ({ q, r: oursRuns[i]! })).filter((x) => x.q.documentId);
      const ownFirst = symbols.filter((x) => x.r.firstUrl?.replace(/\/$/, '').endsWith(`/van-ban/${x.q.documentId}`)).length;
      process.stdout.write(
        `search: median bytes per query ours ${kb(ob)} (max ${kb(Math.max(...oursRuns.map((r) => r.bytes)))}; target ≤ 300 KB), plain ${kb(pb)} (${ratio(ob, pb)}); ` +
          `median first result ours ${s(ot)}, plain ${s(pt)} (${ratio(ot, pt)}; target ≤ 1.50×); symbol queries with the document's own page first: ${ownFirst}/${symbols.length}\n`,
      );
    } finally {
      stopOurs();
      stopBare();
    }
  }
  if (!values.keep) {
    for (const b of builds) rmSync(b.outDir, { recursive: true, force: true });
  }
}
if (!values.keep && !values.work) rmSync(work, { recursive: true, force: true });
