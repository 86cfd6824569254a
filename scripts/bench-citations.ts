/**
 * Benchmark: build the citation index over N synthetic programmes and print
 * the time, to show it grows linearly with the text (no document page
 * renders programmes to find its citations; the index is built once).
 *
 *   npm run bench:citations            # N = 100, 1000, 5000
 *   npm run bench:citations -- 200 2000
 *
 * The synthetic programmes are the seed programme with its citations varied
 * (other numbers, so most become documents created from the citation).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildCitationIndex, citationReport, type ProgrammeInput } from '../src/lib/citations/citation-index';
import { loadRegistryFromDisk } from '../src/lib/citations/registry-data';

const root = fileURLToPath(new URL('..', import.meta.url));
const seed = readFileSync(`${root}/content/programmes/tinh-uy-hau-giang/2025-quy-i.mdx`, 'utf8').replace(/^---[\s\S]*?---\n/, '');
const registry = loadRegistryFromDisk(`${root}/content`);

function programme(i: number): ProgrammeInput {
  // Every 3rd programme cites different numbers, so documents are created from citations too.
  const body = i % 3 === 0 ? seed.replace(/số (\d+)-/g, (_m, n: string) => `số ${Number(n) + (i % 97)}-`) : seed;
  return { id: `p-${i}`, title: `P ${i}`, body, issuerId: 'tinh-uy-hau-giang', year: 2024 };
}

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const runs = sizes.length > 0 ? sizes : [100, 1000, 5000];
console.log('programmes  citations  documents  build ms  µs/citation  MB of text');
for (const n of runs) {
  const inputs = Array.from({ length: n }, (_, i) => programme(i));
  const mb = inputs.reduce((s, p) => s + Buffer.byteLength(p.body), 0) / 1e6;
  const t0 = performance.now();
  const index = buildCitationIndex(inputs, registry);
  const ms = performance.now() - t0;
  const report = citationReport(index);
  console.log(
    [
      String(n).padStart(10),
      String(report.found).padStart(10),
      String(index.documents.size).padStart(10),
      ms.toFixed(0).padStart(9),
      ((ms * 1000) / report.found).toFixed(0).padStart(12),
      mb.toFixed(1).padStart(11),
    ].join(' '),
  );
}
