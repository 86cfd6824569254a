import { describe, expect, it } from 'vitest';
import { decodeIndexed, encodeForIndex, STROKE_MARK } from '../../../src/lib/search/encode';
import { foldForSearch } from '../../../src/lib/text';

/** What Pagefind does to a word before it compares (lower case, marks stripped). */
const pagefindFold = (s: string): string => s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

describe('encodeForIndex', () => {
  it('writes đ/Đ as d/D + a combining mark, so that folding gives d', () => {
    expect(encodeForIndex('Đảng đang')).toBe(`D${STROKE_MARK}ảng d${STROKE_MARK}ang`);
    expect(pagefindFold(encodeForIndex('Đảng'))).toBe('dang');
    expect(pagefindFold(encodeForIndex('Đề án'))).toBe('de an');
    expect(pagefindFold(encodeForIndex('QĐ/TU'))).toBe('qd/tu');
  });

  it('keeps the tone marks, so exact marks can still be preferred', () => {
    expect(encodeForIndex('đảng')).not.toBe(encodeForIndex('đang'));
    expect(encodeForIndex('chuyển đổi số').normalize('NFC')).toBe(encodeForIndex('chuyển đổi số'));
  });

  it('normalises decomposed diacritics, look-alike letters and no-break spaces first', () => {
    expect(encodeForIndex('chi\u0301nh tri\u0323')).toBe(encodeForIndex('chính trị'));
    expect(encodeForIndex('\u00D0ổi mới')).toBe(encodeForIndex('Đổi mới'));
    expect(encodeForIndex('tỉnh\u00A0theo dõi')).toBe(encodeForIndex('tỉnh theo dõi'));
  });

  it('agrees with foldForSearch once folded', () => {
    for (const s of ['Đảng Cộng sản Việt Nam', 'QĐ/TU', '\u00D0ổi mới', 'chi\u0301nh tri\u0323']) {
      expect(foldForSearch(encodeForIndex(s))).toBe(foldForSearch(s));
    }
  });
});

describe('decodeIndexed', () => {
  it('restores đ/Đ exactly', () => {
    for (const s of ['Đảng bộ tỉnh đang đẩy mạnh', '4218-QĐ/TU', 'Đề án số 08-ĐA/TU', 'no d here, dd']) {
      expect(decodeIndexed(encodeForIndex(s))).toBe(s.normalize('NFC'));
    }
  });

  it('leaves text without the mark alone', () => {
    expect(decodeIndexed('dang, Dạng, D')).toBe('dang, Dạng, D');
  });
});

describe('properties', () => {
  it('decoding what was encoded gives the normalised text back', async () => {
    const fc = await import('fast-check');
    const letters = [...'aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐEÊOÔƠUƯ \u00A0\u00D0\u0300\u0301\u0303\u0309\u0323-/.,'];
    const { normalizeText } = await import('../../../src/lib/text');
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...letters), { maxLength: 40 }), (chars) => {
        const s = chars.join('');
        expect(decodeIndexed(encodeForIndex(s))).toBe(normalizeText(s));
      }),
    );
  });
});
