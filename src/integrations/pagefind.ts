/**
 * Builds the Pagefind search index after Astro has written the site: every
 * built page that marks content with `data-pagefind-body` is read from the
 * output folder, transformed for Vietnamese search (`prepareHtmlForIndex`:
 * the page on disk is left as it is) and added through Pagefind's Node API.
 * A first pass reads each document page's own alias words (`documentKeysOf`),
 * so that citation links (`data-cite`, written by the citation plugin) get
 * the cited document's alias words without parsing the text again. Pages are added
 * with their URL relative to the site root (Pagefind's convention); the index
 * goes to `<out>/pagefind/`. The search page loads it from
 * `import.meta.env.BASE_URL + 'pagefind/'` and gives Pagefind that base path
 * as `baseUrl`, so result links carry the base path once.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { documentKeysOf, hasSearchBody, prepareHtmlForIndex } from '../lib/search/index-html';
import { mark } from '../lib/build/timings';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** The URL of a built file relative to the site root: dist/chuong-trinh/x/index.html → /chuong-trinh/x/ */
export function pageUrl(outDir: string, file: string): string {
  const rel = relative(outDir, file).split(sep).join('/');
  return `/${rel.replace(/(^|\/)index\.html$/u, '$1')}`;
}

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'van-kien:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        mark('search-index:start');
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
        if (!index) throw new Error(`Pagefind: không tạo được chỉ mục: ${errors.join('; ')}`);
        try {
          const all = await htmlFiles(outDir);
          // First pass: each document page's own alias words (only document pages carry them).
          const keys = new Map<string, string[]>();
          const documentPages = join(outDir, 'van-ban') + sep;
          for (const file of all.filter((f) => f.startsWith(documentPages))) {
            const doc = documentKeysOf(await readFile(file, 'utf8'));
            if (doc) keys.set(doc.id, doc.keys);
          }
          // Second pass, a two-stage pipeline: our JavaScript prepares the next page while
          // Pagefind's binary (its own process) indexes the previous one. Pages are still
          // added one after the other, in file order, so the index is the same on every build.
          let pages = 0;
          let previous: Promise<void> = Promise.resolve();
          for (const file of all) {
            const html = await readFile(file, 'utf8');
            if (!hasSearchBody(html)) continue;
            const url = pageUrl(outDir, file);
            const content = prepareHtmlForIndex(html, keys);
            await previous;
            previous = index.addHTMLFile({ url, content }).then((result) => {
              if (result.errors.length > 0) throw new Error(`Pagefind: ${url}: ${result.errors.join('; ')}`);
            });
            pages += 1;
          }
          await previous;
          const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
          logger.info(`pagefind/: ${pages} trang được lập chỉ mục tìm kiếm`);
        } finally {
          await pagefind.close();
          mark('search-index:done');
        }
      },
    },
  };
}
