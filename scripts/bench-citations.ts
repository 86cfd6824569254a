/**
 * Benchmark of the citation pass (prints numbers; never part of `npm test`).
 *
 *   npm run bench:citations                 # N = 100, 1000, 5000 programmes, then the 1 MB paragraph
 *   npm run bench:citations -- 200 2000     # other N
 *   npm run bench:citations -- --build      # also builds two sites with the 1 MB paragraph (with and without citations)
 *
 * 1. The citation pass over N synthetic programmes (the seed with its
 *    citations varied): Markdown → blocks → citations found, resolved and
 *    recorded once (`recordCitations`, what the remark plugin runs) → the
 *    cited-by index built from the records. Time per citation stays flat.
 * 2. One paragraph of about 1 MB with thousands of citations and no full
 *    stop, against the same text without citations: the excerpts of all its
 *    citations take linear time (`createExcerpter`), so the ratio stays small.
 *    With `--build`, the same two paragraphs are built as whole sites.
 */
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, cpSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import { buildCitationIndex, citationReport } from '../src/lib/citations/citation-index';
import { recordCitations } from '../src/lib/citations/records';
import { registryFromContent } from '../src/lib/citations/registry-data';
import { loadRegistryContent } from '../src/lib/content/load';
import { writeAnchors } from '../src/lib/programmes/structure';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixture = `${root}/tests/fixtures/registry/content`;
const seedFile = readFileSync(`${fixture}/programmes/tinh-uy-hau-giang/2025-quy-i.mdx`, 'utf8');
const frontmatter = /^---\n[\s\S]*?\n---\n/.exec(seedFile)?.[0] ?? '';
const seed = seedFile.slice(frontmatter.length);
const registry = registryFromContent(loadRegistryContent(fixture));
const issuer = registry.issuers.get('tinh-uy-hau-giang')!;

function citationPass(body: string) {
  const tree = fromMarkdown(body, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] });
  return recordCitations(writeAnchors(tree), registry, { issuer, year: 2024 }).flatMap((b) => b.records);
}

function programmeBody(i: number): string {
  // Every 3rd programme cites different numbers, so documents are created from citations too.
  return i % 3 === 0 ? seed.replace(/số (\d+)-/g, (_m, n: string) => `số ${Number(n) + (i % 97)}-`) : seed;
}

const args = process.argv.slice(2);
const sizes = args.map(Number).filter((n) => n > 0);
const runs = sizes.length > 0 ? sizes : [100, 1000, 5000];
console.log('programmes  citations  documents  pass ms  µs/citation  MB of text');
for (const n of runs) {
  const bodies = Array.from({ length: n }, (_, i) => programmeBody(i));
  const mb = bodies.reduce((s, b) => s + Buffer.byteLength(b), 0) / 1e6;
  const t0 = performance.now();
  const index = buildCitationIndex(
    bodies.map((b, i) => ({ id: `p-${i}`, citations: citationPass(b) })),
    registry,
  );
  const ms = performance.now() - t0;
  const report = citationReport(index);
  console.log(
    [String(n).padStart(10), String(report.found).padStart(10), String(index.documents.size).padStart(10), ms.toFixed(0).padStart(8), ((ms * 1000) / report.found).toFixed(0).padStart(12), mb.toFixed(1).padStart(11)].join(' '),
  );
}

/** About `bytes` of one paragraph: clauses with a citation each (or the same words without it), no full stop. */
export function largeParagraph(bytes: number, withCitations: boolean): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i += 1) {
    const cite = withCitations ? `Nghị quyết số ${(i % 900) + 1}-NQ/TU` : `nghị quyết của tỉnh ${(i % 900) + 1} NQ TU`;
    const clause = `tiếp tục triển khai thực hiện ${cite} ngày 09/11/2022 của Tỉnh ủy về phát triển kinh tế - xã hội gắn với bảo đảm quốc phòng, an ninh, `;
    parts.push(clause);
    size += Buffer.byteLength(clause);
  }
  return `## I. Phần một\n\nĐẩy mạnh ${parts.join('')}và các nhiệm vụ khác\n`;
}

const MB = 1_000_000;
const withCites = largeParagraph(MB, true);
const without = largeParagraph(MB, false);
const time = (f: () => unknown): number => {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
};
const found = citationPass(withCites).length;
const a = time(() => citationPass(withCites));
const b = time(() => citationPass(without));
console.log(`\n1 MB paragraph, no full stop: ${found} citations`);
console.log(`  citation pass with citations ${a.toFixed(0)} ms, same text without citations ${b.toFixed(0)} ms, ratio ${(a / b).toFixed(2)}`);

if (args.includes('--build')) {
  const buildOnce = (body: string): number => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-paragraph-'));
    const content = join(dir, 'content');
    mkdirSync(join(content, 'programmes', 'tinh-uy-hau-giang'), { recursive: true });
    cpSync(join(fixture, 'issuers.yaml'), join(content, 'issuers.yaml'));
    cpSync(join(fixture, 'resolutions'), join(content, 'resolutions'), { recursive: true });
    writeFileSync(join(content, 'programmes', 'tinh-uy-hau-giang', '2025-quy-i.mdx'), `${frontmatter}${body}`);
    const t0 = performance.now();
    const r = spawnSync('node', ['scripts/build.ts'], { cwd: root, env: { ...process.env, CONTENT_DIR: content, OUT_DIR: join(dir, 'dist'), ASTRO_CACHE_DIR: join(dir, 'cache') }, encoding: 'utf8' });
    const ms = performance.now() - t0;
    rmSync(dir, { recursive: true, force: true });
    if (r.status !== 0) throw new Error(`build failed:\n${r.stderr}`);
    return ms;
  };
  const withBuild = buildOnce(withCites);
  const withoutBuild = buildOnce(without);
  console.log(`  whole build with citations ${(withBuild / 1000).toFixed(1)} s, without ${(withoutBuild / 1000).toFixed(1)} s, ratio ${(withBuild / withoutBuild).toFixed(2)}`);
}
