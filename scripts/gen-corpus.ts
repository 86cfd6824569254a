/**
 * `npm run gen:corpus -- --programmes N --seed S --out DIR`: writes a
 * generated content folder (DIR/content: issuers.yaml, resolutions/,
 * programmes/) for scale tests and benchmarks (src/lib/corpus/generate.ts).
 * Build it with the same code:
 *
 *   npm run gen:corpus -- --programmes 1000 --seed 1 --out /tmp/corpus
 *   CONTENT_DIR=/tmp/corpus/content OUT_DIR=/tmp/corpus/dist npm run build
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from '../src/lib/corpus/generate';

const { values } = parseArgs({
  options: {
    programmes: { type: 'string', default: '100' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
  },
});
const programmes = Number(values.programmes);
const seed = Number(values.seed);
if (!values.out || !Number.isInteger(programmes) || programmes < 1 || !Number.isInteger(seed)) {
  process.stderr.write('Cách dùng: npm run gen:corpus -- --programmes N --seed S --out THƯ_MỤC\n');
  process.exit(2);
}
const content = join(resolve(values.out), 'content');
rmSync(content, { recursive: true, force: true });
const corpus = generateCorpus({ programmes, seed });
let bytes = 0;
for (const [path, text] of corpus.files) {
  const file = join(content, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  bytes += Buffer.byteLength(text);
}
const { stats } = corpus;
process.stdout.write(
  `${content}: ${stats.programmes} chương trình, ${stats.documents} văn bản trong danh mục, ${stats.issuers} cơ quan, ` +
    `khoảng ${stats.citations} trích dẫn, ${(bytes / 1e6).toFixed(1)} MB\n` +
    `Xây dựng: CONTENT_DIR=${content} OUT_DIR=${join(resolve(values.out), 'dist')} npm run build\n`,
);
