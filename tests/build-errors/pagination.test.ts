/**
 * Lists in pages, built: a small generated corpus (src/lib/corpus/generate.ts)
 * with LIST_PAGE_SIZE=2 makes every list run over several pages. The pages
 * exist at their ASCII URLs, page 1 keeps the list's URL, the page nav marks
 * the current page and links previous/next, every programme and document is
 * listed exactly once over the pages, and every link and #anchor resolves.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../src/lib/corpus/generate';
import { checkSite, formatProblems } from '../../src/lib/links/check';
import { prepareSite, removeSite, runBuild } from './harness';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) removeSite(root);
});

const attr = (html: string, pattern: RegExp): string[] => [...html.matchAll(pattern)].map((m) => m[1] ?? '');

describe('lists in pages', () => {
  it('cuts the programme list, the document index and the filters into linked pages', async () => {
    const root = prepareSite('base');
    roots.push(root);
    rmSync(join(root, 'content'), { recursive: true, force: true });
    const corpus = generateCorpus({ programmes: 12, seed: 3 });
    for (const [path, text] of corpus.files) {
      mkdirSync(dirname(join(root, 'content', path)), { recursive: true });
      writeFileSync(join(root, 'content', path), text);
    }
    const run = await runBuild(root, { LIST_PAGE_SIZE: '2' });
    expect(run.code, run.output).toBe(0);
    const dist = join(root, 'dist');
    const files = readdirSync(dist, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => `/${relative(dist, join(e.parentPath, e.name)).split(sep).join('/')}`);
    const read = (path: string): string => readFileSync(join(dist, path), 'utf8');

    // programmes: 12 in pages of 2 → /chuong-trinh/ and /chuong-trinh/trang/2/ … /6/
    const listPages = ['/chuong-trinh/index.html', ...[2, 3, 4, 5, 6].map((n) => `/chuong-trinh/trang/${n}/index.html`)];
    for (const page of listPages) expect(files).toContain(page);
    expect(files).not.toContain('/chuong-trinh/trang/7/index.html');
    expect(files).not.toContain('/chuong-trinh/trang/1/index.html');
    const listed = listPages.flatMap((p) => attr(read(p), /data-programme="([^"]+)"/g));
    expect(listed).toHaveLength(12);
    expect(new Set(listed).size).toBe(12);

    const third = read('/chuong-trinh/trang/3/index.html');
    expect(third).toContain('aria-label="Chuyển trang, đầu danh sách"');
    expect(third).toContain('Trang 3/6');
    expect(attr(third, /<a href="([^"]+)" rel="prev">/g)).toEqual(['/chuong-trinh/trang/2/', '/chuong-trinh/trang/2/']);
    expect(attr(third, /<a href="([^"]+)" rel="next">/g)).toEqual(['/chuong-trinh/trang/4/', '/chuong-trinh/trang/4/']);
    expect(attr(third, /<a href="([^"]+)" aria-label="Trang 3" aria-current="page">/g)).toEqual(['/chuong-trinh/trang/3/', '/chuong-trinh/trang/3/']);
    expect(read('/chuong-trinh/index.html')).not.toContain('rel="prev"');
    expect(read('/chuong-trinh/trang/6/index.html')).not.toContain('rel="next"');

    // each issuer's programmes, in pages too
    const issuerPages = files.filter((f) => f.startsWith('/chuong-trinh/co-quan/'));
    expect(issuerPages.some((f) => /\/trang\/2\/index\.html$/.test(f))).toBe(true);

    // the document index: every document once over its pages (by type; the by-issuer part repeats them)
    const indexPages = files.filter((f) => /^\/van-ban\/(trang\/\d+\/)?index\.html$/.test(f));
    expect(indexPages.length).toBeGreaterThan(2);
    const documents = files.filter((f) => /^\/van-ban\/[^/]+\/index\.html$/.test(f) && f !== '/van-ban/trang/index.html');
    const indexed = indexPages.flatMap((p) => attr(read(p), /<li data-document="([^"]+)"/g));
    expect(new Set(indexed).size).toBe(indexed.length);
    expect(indexed.length).toBeGreaterThan(0);
    for (const id of indexed) expect(documents).toContain(`/van-ban/${id}/index.html`);
    // a filter value with more than 2 documents has a page 2
    expect(files.some((f) => /^\/van-ban\/(loai|co-quan|nam)\/[^/]+\/trang\/2\/index\.html$/.test(f))).toBe(true);

    const paths = new Set(files);
    const result = checkSite({ paths, read: (p) => (paths.has(p) ? read(p) : undefined) }, { site: 'http://localhost:4321', strictExternalLinks: false });
    const errors = result.problems.filter((p) => p.severity === 'error');
    expect(errors, formatProblems(errors)).toEqual([]);
  });
});
