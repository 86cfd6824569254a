import { describe, expect, it } from 'vitest';
import {
  anchorUrl,
  cssString,
  hasDownloadableSource,
  headingPlace,
  isPublishableSource,
  parseTextSize,
  parseTheme,
  printPageCss,
  printStylesheetPath,
  rootAttributes,
  sourceFileName,
  sourceFilePath,
  unbreakableRanges,
} from '../../../src/lib/reading';

const pieces = (text: string): string[] => unbreakableRanges(text).map((r) => text.slice(r.start, r.end));

describe('unbreakableRanges: symbols and dates stay on one line', () => {
  it.each([
    ['Chỉ thị số 27-CT/TW ngày 25/12/2023 của Bộ Chính trị', ['27-CT/TW', '25/12/2023']],
    ['Nghị quyết số 07-NQ/TU ngày 09/11/2022', ['07-NQ/TU', '09/11/2022']],
    ['Quy định số 08-QĐi/TW', ['08-QĐi/TW']],
    ['Nghị định số 30/2020/NĐ-CP và Quyết định số 1588/QĐ-TTg', ['30/2020/NĐ-CP', '1588/QĐ-TTg']],
    ['(03/02/1930 - 03/02/2025)', ['03/02/1930', '03/02/2025']],
  ])('%s', (text, expected) => {
    expect(pieces(text)).toEqual(expected);
  });

  it('leaves plain numbers, ranges with spaces, section numbers and words alone', () => {
    expect(pieces('nhiệm kỳ 2025 - 2030, mục 1.6, quý I, năm 2025, cung - cầu')).toEqual([]);
  });

  it('does not start inside a word', () => {
    expect(pieces('ABC12-3')).toEqual([]);
  });
});

describe('reader preferences', () => {
  it('accepts only known themes and sizes; anything else is the default', () => {
    expect(parseTheme('dark')).toBe('dark');
    expect(parseTheme('light')).toBe('light');
    expect(parseTheme('system')).toBe('system');
    expect(parseTheme('sepia')).toBe('system');
    expect(parseTheme(null)).toBe('system');
    expect(parseTextSize('larger')).toBe('larger');
    expect(parseTextSize('huge')).toBe('normal');
    expect(parseTextSize(undefined)).toBe('normal');
  });

  it('sets <html> attributes only for a choice other than the default', () => {
    expect(rootAttributes('system', 'normal')).toEqual({});
    expect(rootAttributes('dark', 'large')).toEqual({ 'data-theme': 'dark', 'data-text-size': 'large' });
    expect(rootAttributes('light', 'normal')).toEqual({ 'data-theme': 'light' });
  });
});

describe('copy-link', () => {
  it('builds the absolute URL of an anchor, dropping the current fragment and query', () => {
    expect(anchorUrl('https://intranet.example/van-kien/chuong-trinh/a/2025/#muc-i?x', 'muc-ii-1-6')).toBe(
      'https://intranet.example/van-kien/chuong-trinh/a/2025/#muc-ii-1-6',
    );
    expect(anchorUrl('http://127.0.0.1:8080/chuong-trinh/a/?q=1', 'muc-ii-1-6-doan-2')).toBe('http://127.0.0.1:8080/chuong-trinh/a/#muc-ii-1-6-doan-2');
  });

  it('names a part, a section or an unnumbered heading', () => {
    expect(headingPlace('II. Những nhiệm vụ và giải pháp')).toBe('phần II');
    expect(headingPlace('1.6. Công tác kiểm tra')).toBe('mục 1.6');
    expect(headingPlace('3. Về nhiệm vụ quốc phòng')).toBe('mục 3');
    expect(headingPlace('Phụ lục')).toBe('mục “Phụ lục”');
  });
});

describe('print stylesheet', () => {
  it('writes CSS strings that hold any text exactly', () => {
    expect(cssString('Số 65-CTr/TU – "A" \\ B')).toBe('"Số 65-CTr/TU – \\"A\\" \\\\ B"');
    expect(cssString('a\nb')).toBe('"a\\a b"');
  });

  it('puts the footer and "Trang N/M" in the bottom margin boxes', () => {
    const css = printPageCss('65-CTr/TU – Chương trình', 'Trang ');
    expect(css).toContain('@bottom-left { content: "65-CTr/TU – Chương trình";');
    expect(css).toContain('@bottom-right { content: "Trang " counter(page) "/" counter(pages);');
  });
});

describe('files of a programme page', () => {
  it('has ASCII paths under the programme folder', () => {
    expect(printStylesheetPath('tinh-uy-hau-giang/2025-quy-i')).toBe('chuong-trinh/in/tinh-uy-hau-giang/2025-quy-i.css');
    expect(sourceFilePath('tinh-uy-hau-giang/2025-quy-i')).toBe('chuong-trinh/ban-goc/tinh-uy-hau-giang/2025-quy-i.txt');
    expect(sourceFileName('content/sources/ban-goc.txt')).toBe('ban-goc.txt');
  });

  it('publishes only existing plain-text files under content/sources/', () => {
    const exists = (path: string): boolean => path === 'content/sources/a.txt';
    expect(isPublishableSource('content/sources/a.txt')).toBe(true);
    expect(isPublishableSource('content/programmes/a.mdx')).toBe(false);
    expect(isPublishableSource('content/sources/../../etc/passwd.txt')).toBe(false);
    expect(hasDownloadableSource('content/sources/a.txt', exists)).toBe(true);
    expect(hasDownloadableSource('content/sources/b.txt', exists)).toBe(false);
    expect(hasDownloadableSource(undefined, exists)).toBe(false);
  });
});
