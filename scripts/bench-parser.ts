/**
 * Benchmark: citation parser throughput on 1 MB of seed-like text and on
 * adversarial inputs (each 1 MB). Prints MB/s; nothing is asserted.
 *
 *   npm run bench:parser
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCitations } from '../src/lib/citations/parse';
import { ADVERSARIAL_INPUTS, MB } from './parser-inputs';

const root = fileURLToPath(new URL('..', import.meta.url));
const seed = readFileSync(`${root}/content/sources/chuong-trinh-cong-tac-quy-I-2025-tinh-uy-hau-giang.txt`, 'utf8');
const inputs = [{ name: 'seed text ×36', text: seed.repeat(Math.ceil(MB / seed.length)) }, ...ADVERSARIAL_INPUTS];

parseCitations(seed); // warm up
console.log('input                               chars       ms     MB/s  citations');
for (const { name, text } of inputs) {
  const t0 = performance.now();
  const found = parseCitations(text);
  const ms = performance.now() - t0;
  console.log(`${name.padEnd(34)} ${String(text.length).padStart(8)} ${ms.toFixed(0).padStart(8)} ${(text.length / 1e6 / (ms / 1000)).toFixed(1).padStart(8)} ${String(found.length).padStart(10)}`);
}
