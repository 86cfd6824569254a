/**
 * The ranking reads what Pagefind stores for a page (`data()`: content with
 * its words numbered as Pagefind numbers them, anchors with their word
 * location, meta, filters). This runs the real Pagefind (the exact version in
 * package.json) on a tiny page prepared by our indexer, reads the fragment
 * it writes, and checks that shape, so that an upgrade that changes it fails
 * here instead of silently breaking the ranking.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareHtmlForIndex } from '../../../src/lib/search/index-html';
import { searchMetaAttributes } from '../../../src/lib/search/meta';
import { analyzeQuery } from '../../../src/lib/search/query';
import { preparePage, rankPages, type IndexedPage } from '../../../src/lib/search/rank';
import { aliasToken, ownSymbolKeys } from '../../../src/lib/search/symbols';

const attrs = (a: Record<string, string>): string => Object.entries(a).map(([k, v]) => `${k}="${v}"`).join(' ');

const PROGRAMME = `<!doctype html><html lang="vi"><head><title>T</title></head><body>
<nav>Trang chủ Tìm kiếm</nav>
<span hidden ${attrs(searchMetaAttributes({ kind: 'chuong-trinh', title: 'Chương trình công tác quý I', type: 'Chương trình', year: 2025, status: 'Đã ban hành' }))}></span>
<div class="document__body" data-pagefind-body>
<p id="mo-dau-doan-1">Căn cứ chương trình năm 2025.</p>
<h4 id="muc-ii-2-2">2.2. Văn hóa, xã hội</h4>
<p id="muc-ii-2-2-doan-1">Tổ chức các hoạt động mừng Đảng, mừng Xuân.</p>
<p id="muc-ii-2-2-doan-2">Thực hiện <a class="cite" href="/van-ban/nq-27-tw-2022/" data-cite="nq-27-tw-2022" data-cite-status="resolved">Nghị quyết số 27-NQ/TW</a>, đẩy mạnh chuyển đổi số ngành y tế.</p>
<p class="notice" data-pagefind-ignore>Mục này chưa được biên tập viên đối chiếu.</p>
<ul><li id="muc-ii-2-2-y-1">Du lịch</li><li id="muc-ii-2-2-y-2">Thể thao</li></ul>
</div></body></html>`;

const NQ27 = ownSymbolKeys(['27-NQ/TW']).map(aliasToken);
const DOCUMENT = `<!doctype html><html lang="vi"><head><title>D</title></head><body>
<article data-document-id="nq-27-tw-2022" data-pagefind-body>
<span hidden ${attrs(searchMetaAttributes({ kind: 'van-ban', title: 'Nghị quyết số 27-NQ/TW', type: 'Nghị quyết', symbol: '27-NQ/TW' }))}></span>
<h1>Nghị quyết số 27-NQ/TW</h1><p>về tiếp tục xây dựng Nhà nước pháp quyền.</p>
</article></body></html>`;

let out = '';
const fragments = new Map<string, IndexedPage>();

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'pagefind-shape-'));
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(errors.join('; '));
  const keys = new Map([['nq-27-tw-2022', NQ27]]);
  await index.addHTMLFile({ url: '/ct/', content: prepareHtmlForIndex(PROGRAMME, keys) });
  await index.addHTMLFile({ url: '/van-ban/nq-27-tw-2022/', content: prepareHtmlForIndex(DOCUMENT, keys) });
  await index.writeFiles({ outputPath: out });
  await pagefind.close();
  for (const name of await readdir(join(out, 'fragment'))) {
    const raw = gunzipSync(await readFile(join(out, 'fragment', name)));
    // Pagefind's fragment files: a signature, then JSON.
    expect(raw.subarray(0, 12).toString()).toBe('pagefind_dcd');
    const data = JSON.parse(raw.subarray(12).toString('utf8')) as IndexedPage;
    fragments.set(data.url, data);
  }
}, 60_000);

afterAll(async () => {
  if (out) await rm(out, { recursive: true, force: true });
});

describe('Pagefind output shape (pagefind pinned in package.json)', () => {
  it('stores url, content, meta, filters and anchors for each page', () => {
    const page = fragments.get('/ct/');
    expect(page).toBeDefined();
    expect(Object.keys(page ?? {}).sort()).toEqual(expect.arrayContaining(['anchors', 'content', 'filters', 'meta', 'url']));
    expect(typeof page?.content).toBe('string');
    expect(page?.meta.title).toBeTypeOf('string');
    expect(page?.filters.nam).toEqual(['2025']);
    for (const a of page?.anchors ?? []) {
      expect(Object.keys(a).sort()).toEqual(['element', 'id', 'location', 'text']);
      expect(typeof a.location).toBe('number');
    }
  });

  it('numbers anchors by word, as rank.ts splits the content', () => {
    const page = fragments.get('/ct/');
    const words = (page?.content ?? '').split(/\s+/u);
    const at = (id: string): string => words[page?.anchors.find((a) => a.id === id)?.location ?? -1] ?? '';
    expect(at('muc-ii-2-2')).toBe('2.2.');
    expect(at('muc-ii-2-2-doan-2')).toBe('Thực');
    expect(at('muc-ii-2-2-y-2')).toBe('Thể');
    expect(page?.anchors.find((a) => a.id === 'muc-ii-2-2')?.element).toBe('h4');
  });

  it('keeps interface text out and our alias words in', () => {
    const programme = fragments.get('/ct/')?.content ?? '';
    expect(programme).not.toMatch(/biên tập viên|Trang chủ/u);
    expect(programme).toContain(`27-NQ/TW ${NQ27.join(' ')},`);
    // The document's own symbol, for the exact look-up, from its search record.
    expect(fragments.get('/van-ban/nq-27-tw-2022/')?.content).toContain(NQ27[0]);
  });

  it('gives rank.ts what it needs: the result lands on the paragraph, the symbol finds the document first', () => {
    const found = [...fragments.entries()].map(([url, data]) => ({ page: preparePage(url, data), viaSymbol: true }));
    const words = rankPages(found, analyzeQuery('chuyển đổi số'));
    expect(words[0]?.sections[0]?.url).toBe('/ct/#muc-ii-2-2-doan-2');
    expect(words[0]?.sections[0]?.title).toBe('2.2. Văn hóa, xã hội');
    const symbol = rankPages(found, analyzeQuery('nq 27'));
    expect(symbol.map((p) => p.url)).toEqual(['/van-ban/nq-27-tw-2022/', '/ct/']);
    expect(symbol[1]?.sections[0]?.url).toBe('/ct/#muc-ii-2-2-doan-2');
  });
});
