import { describe, expect, it } from 'vitest';
import { encodeTextForIndex, hasSearchBody, prepareHtmlForIndex } from '../../../src/lib/search/index-html';
import { encodeForIndex, STROKE_MARK } from '../../../src/lib/search/encode';
import { searchMetaAttributes } from '../../../src/lib/search/meta';

const page = (body: string, head = ''): string =>
  `<!doctype html><html lang="vi"><head><title>T</title>${head}</head><body>${body}</body></html>`;

describe('encodeTextForIndex', () => {
  it('writes alias words after each symbol, after the punctuation glued to it', () => {
    expect(encodeTextForIndex('theo Chỉ thị số 27-CT/TW, ngày 25/12/2023')).toBe(
      `${encodeForIndex('theo Chỉ thị số 27-CT/TW,')} vbshct27tw vbshct27 vbshcttw ${encodeForIndex('ngày 25/12/2023')}`,
    );
  });

  it('handles several symbols and text without any', () => {
    const out = encodeTextForIndex('Nghị quyết số 07-NQ/TU thực hiện Nghị quyết số 20-NQ/TW.');
    expect(out).toContain('07-NQ/TU vbshnq7tu vbshnq7 vbshnqtu thực');
    expect(out.endsWith('20-NQ/TW. vbshnq20tw vbshnq20 vbshnqtw')).toBe(true);
    expect(encodeTextForIndex('Đảng bộ')).toBe(`D${STROKE_MARK}ảng bộ`);
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
