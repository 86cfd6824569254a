import { describe, expect, it } from 'vitest';
import { documentKeysOf, hasSearchBody, prepareHtmlForIndex } from '../../../src/lib/search/index-html';
import { STROKE_MARK } from '../../../src/lib/search/encode';
import { searchMetaAttributes } from '../../../src/lib/search/meta';

const page = (body: string, head = ''): string =>
  `<!doctype html><html lang="vi"><head><title>T</title>${head}</head><body>${body}</body></html>`;

describe('prepareHtmlForIndex: citation links', () => {
  const KEYS = new Map([
    ['ct-27-tw-2023', ['vbshct27tw', 'vbshct27', 'vbshcttw']],
    ['nq-07-tu-hau-giang-2022', ['vbshnq7tu', 'vbshnq7', 'vbshnqtu']],
  ]);
  const link = (id: string, text: string): string => `<a class="cite" href="/van-ban/${id}/" data-cite="${id}" data-cite-status="resolved">${text}</a>`;

  it('writes the cited document’s alias words after the link, before the punctuation that follows', () => {
    const html = prepareHtmlForIndex(page(`<main data-pagefind-body><p>theo ${link('ct-27-tw-2023', 'Chỉ thị số 27-CT/TW')}, ngày 25/12/2023</p></main>`), KEYS);
    expect(html).toContain('Chỉ thị số 27-CT/TW</a> vbshct27tw vbshct27 vbshcttw, ngày 25/12/2023');
  });

  it('reads the document id from the link and never parses the text for symbols', () => {
    // A symbol written as plain text (not a link) gets no alias words; a link gets its document’s words whatever its text says.
    const html = prepareHtmlForIndex(page(`<main data-pagefind-body><p>Nghị quyết số 20-NQ/TW và ${link('nq-07-tu-hau-giang-2022', 'nghị quyết này')}thực hiện</p></main>`), KEYS);
    expect(html).not.toContain('vbshnq20');
    expect(html).toContain('nghị quyết này</a> vbshnq7tu vbshnq7 vbshnqtu thực hiện');
    // A document without symbol keys (a law, a document known by name) adds nothing.
    expect(prepareHtmlForIndex(page(`<p>${link('luat-x', 'Luật X')}.</p>`), KEYS)).toContain('Luật X</a>.');
  });

  it('writes a document page’s own alias words into its search record, with the words only its own page carries', () => {
    const html = prepareHtmlForIndex(page('<article data-pagefind-body><span hidden data-search-meta data-keys="vbshnq27tw vbshnq27 vbshnqtw"></span><h1>Nghị quyết số 27-NQ/TW</h1></article>'));
    expect(html).toContain(
      '<span data-search-meta="" data-keys="vbshnq27tw vbshnq27 vbshnqtw"> vbshnq27tw vbshnq27 vbshnqtw vbshtrangnq27tw vbshtrangnq27 vbshtrangnqtw </span>',
    );
  });

  it('writes the own-page words on the document page only, never after a citation of it', () => {
    const keys = new Map([['nq-27-tw-2022', ['vbshnq27tw']]]);
    const html = prepareHtmlForIndex(page('<article data-pagefind-body><p>Thực hiện <a class="cite" data-cite="nq-27-tw-2022">Nghị quyết số 27-NQ/TW</a>.</p></article>'), keys);
    expect(html).toContain('vbshnq27tw');
    expect(html).not.toContain('vbshtrang');
  });

  it('encodes letters (đ) around the links', () => {
    expect(prepareHtmlForIndex(page('<p>Đảng bộ</p>'))).toContain(`<p>D${STROKE_MARK}ảng bộ</p>`);
  });
});

describe('documentKeysOf', () => {
  it('reads the document id and its own alias words from a built document page', () => {
    const attrs = searchMetaAttributes({ kind: 'van-ban', title: 'Nghị quyết số 27-NQ/TW', type: 'Nghị quyết', symbol: '27-NQ/TW' });
    const span = `<span hidden ${Object.entries(attrs).map(([k, v]) => `${k}="${v}"`).join(' ')}></span>`;
    expect(documentKeysOf(page(`<article data-document-id="nq-27-tw-2022" data-pagefind-body>${span}<h1>x</h1></article>`))).toEqual({
      id: 'nq-27-tw-2022',
      keys: ['vbshnq27tw', 'vbshnq27', 'vbshnqtw'],
    });
    expect(documentKeysOf(page('<main data-pagefind-body><p>27-NQ/TW</p></main>'))).toBeUndefined();
  });
});

describe('prepareHtmlForIndex', () => {
  it('encodes text but not markup, scripts or styles', () => {
    const html = prepareHtmlForIndex(
      page('<main data-pagefind-body><h2 id="muc-ii-1">1. Công tác xây dựng Đảng</h2><p class="Đ">chi\u0301nh\u00A0tri\u0323 \u00D0ổi</p><script>const đ = 1;</script></main>', '<style>.đ{}</style>'),
    );
    expect(html).toContain(`<h2 id="muc-ii-1">1. Công tác xây dựng D${STROKE_MARK}ảng</h2>`);
    expect(html).toContain(`<p class="Đ">chính trị D${STROKE_MARK}ổi</p>`);
    expect(html).toContain('const đ = 1;');
    expect(html).toContain('.đ{}');
    expect(html).toContain('data-pagefind-body');
  });

  it('encodes metadata values, not filter values', () => {
    const html = prepareHtmlForIndex(
      page('<span hidden data-title="Đề án số 08-ĐA/TU" data-issuer="Ban Chấp hành Đảng bộ tỉnh" data-pagefind-meta="title[data-title]" data-pagefind-filter="co-quan[data-issuer]"></span>'),
    );
    expect(html).toContain(`data-title="D${STROKE_MARK}ề án số 08-D${STROKE_MARK}A/TU"`);
    expect(html).toContain('data-issuer="Ban Chấp hành Đảng bộ tỉnh"');
  });

  it('encodes a literal metadata value', () => {
    expect(prepareHtmlForIndex(page('<span data-pagefind-meta="title:Đảng"></span>'))).toContain(`data-pagefind-meta="title:D${STROKE_MARK}ảng"`);
  });

  it('keeps entities and markup characters safe', () => {
    const html = prepareHtmlForIndex(page('<p>a &lt;b&gt; &amp; "c"</p>'));
    expect(html).toContain('<p>a &#x3C;b> &#x26; "c"</p>');
  });
});

describe('hasSearchBody', () => {
  it('finds the attribute and nothing else', () => {
    expect(hasSearchBody('<div class="x" data-pagefind-body>')).toBe(true);
    expect(hasSearchBody('<div data-pagefind-body="">')).toBe(true);
    expect(hasSearchBody('<p>data-pagefind-body</p>')).toBe(false);
    expect(hasSearchBody('<div data-pagefind-body-x>')).toBe(false);
  });
});

describe('prepareHtmlForIndex with a real SearchMeta element', () => {
  it('keeps filter values (loại văn bản, cơ quan ban hành) as written, đ included, and encodes the title', () => {
    const attrs = searchMetaAttributes({
      kind: 'van-ban',
      title: 'Quyết định số 290-QĐ/TW',
      type: 'Quyết định',
      symbol: '290-QĐ/TW',
      issuer: 'Ban Chấp hành Đảng bộ tỉnh Hậu Giang',
      date: '2010-02-25',
      year: 2010,
    });
    const span = `<span hidden ${Object.entries(attrs).map(([k, v]) => `${k}="${v}"`).join(' ')}></span>`;
    const html = prepareHtmlForIndex(page(`<article data-pagefind-body>${span}<h1>Quyết định số 290-QĐ/TW</h1></article>`));
    expect(html).toContain('data-type="Quyết định"');
    expect(html).toContain('data-issuer="Ban Chấp hành Đảng bộ tỉnh Hậu Giang"');
    expect(html).toContain(`data-title="Quyết d${STROKE_MARK}ịnh số 290-QD${STROKE_MARK}/TW"`);
  });
});
