import { describe, expect, it } from 'vitest';
import { collapseSpaces, foldForSearch, normalizeText, normalizeWithMap } from '../../../src/lib/text';

describe('normalizeText', () => {
  it('composes decomposed (NFD) Vietnamese to NFC', () => {
    const nfd = 'chi\u0301nh tri\u0323';
    expect(normalizeText(nfd)).toBe('chính trị');
    expect(normalizeText(nfd)).toBe('chính trị'.normalize('NFC'));
  });

  it('maps look-alike letters to Đ/đ', () => {
    expect(normalizeText('\u00D0ổi mới')).toBe('Đổi mới');
    expect(normalizeText('\u00F0ảng')).toBe('đảng');
  });

  it('turns no-break and other spaces into plain spaces, dashes into hyphens', () => {
    expect(normalizeText('27\u00A0\u2013\u00A0CT/TW')).toBe('27 - CT/TW');
    expect(normalizeText('a\u202Fb\u2009c')).toBe('a b c');
    expect(normalizeText('72\u2014NQ\u2212TW')).toBe('72-NQ-TW');
  });

  it('drops invisible characters', () => {
    expect(normalizeText('Nghị\u200B quyết\uFEFF')).toBe('Nghị quyết');
  });

  it('leaves already normal text as it is', () => {
    const s = 'Nghị quyết số 07-NQ/TU ngày 09/11/2022 “Dân vận khéo”…';
    expect(normalizeText(s)).toBe(s);
  });
});

describe('normalizeWithMap', () => {
  it('maps every normalised character back to its source index', () => {
    const src = 'a\u00A0chi\u0301nh \u00D0X';
    const { text, map } = normalizeWithMap(src);
    expect(text).toBe('a chính ĐX');
    expect(map).toHaveLength(text.length + 1);
    expect(map[text.length]).toBe(src.length);
    const i = text.indexOf('chính');
    const j = i + 'chính'.length;
    expect(src.slice(map[i], map[j])).toBe('chi\u0301nh');
    expect(src.slice(map[text.indexOf('Đ')], map[text.indexOf('X') + 1])).toBe('\u00D0X');
  });

  it('keeps astral characters whole', () => {
    const src = 'a😀b';
    const { text, map } = normalizeWithMap(src);
    expect(text).toBe(src);
    expect(map).toEqual([0, 1, 1, 3, 4]);
  });
});

describe('foldForSearch', () => {
  it('strips tone marks, folds đ and lower-cases', () => {
    expect(foldForSearch('Đảng Cộng sản Việt Nam')).toBe('dang cong san viet nam');
    expect(foldForSearch('QĐ/TU')).toBe('qd/tu');
    expect(foldForSearch('Ðề án')).toBe('de an');
    expect(foldForSearch('chi\u0301nh tri\u0323')).toBe('chinh tri');
  });
});

describe('collapseSpaces', () => {
  it('collapses and trims', () => {
    expect(collapseSpaces('  a \n\t b  ')).toBe('a b');
  });
});

describe('normalizeText fast path', () => {
  it('gives exactly what normalizeWithMap gives, on any text (Vietnamese, marks, spaces, dashes, look-alikes)', async () => {
    const fc = await import('fast-check');
    const pieces = ['Đảng', 'Ð', 'ð', 'ư', 'ơ', '\u0301', '\u0323', '\u0309', 'a', ' ', '\t', '\u00A0', '\u2013', '\u2212', '\u00AD', '\u200B', '\uFEFF', '27-CT/TW', 'e\u0302\u0301', '\u{1D167}', '\uD800'];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string()), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(normalizeText(text)).toBe(normalizeWithMap(text).text);
      }),
      { numRuns: 2000 },
    );
  });
});
