import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_PARAM, highlightRanges, withHighlight } from '../../../src/lib/search/highlight';

const marked = (text: string, q: string): string[] => highlightRanges(text, q).map(([a, b]) => text.slice(a, b));

describe('withHighlight', () => {
  it('puts the query before the hash', () => {
    expect(withHighlight('/ct/#muc-ii-2-2-doan-2', 'chuyển đổi số')).toBe(`/ct/?${HIGHLIGHT_PARAM}=chuy%E1%BB%83n%20%C4%91%E1%BB%95i%20s%E1%BB%91#muc-ii-2-2-doan-2`);
    expect(withHighlight('/van-kien/ct/', 'a&b')).toBe(`/van-kien/ct/?${HIGHLIGHT_PARAM}=a%26b`);
    expect(withHighlight('/ct/#x', '  ')).toBe('/ct/#x');
  });
});

describe('highlightRanges', () => {
  const p = 'Tiếp tục đẩy mạnh chuyển đổi số ngành y tế; “Dân vận khéo”, xây dựng Đảng, đang triển khai.';

  it('marks whole words, without marks or with them as typed', () => {
    expect(marked(p, 'chuyen doi so')).toEqual(['chuyển', 'đổi', 'số']);
    expect(marked(p, 'dân vận khéo')).toEqual(['Dân', 'vận', 'khéo']);
    expect(marked(p, 'đảng')).toEqual(['Đảng']);
    expect(marked(p, 'dang')).toEqual(['Đảng', 'đang']);
  });

  it('marks only the phrase where the words stand together, else each word', () => {
    const text = 'Số hóa; chuyển giao, đổi mới; đẩy mạnh chuyển đổi số.';
    expect(marked(text, 'chuyển đổi số')).toEqual(['chuyển', 'đổi', 'số']);
    expect(highlightRanges(text, 'chuyển đổi số')[0]?.[0]).toBe(text.indexOf('chuyển đổi số'));
    expect(marked('chuyển giao, đổi mới, số lượng', 'chuyển đổi số')).toEqual(['chuyển', 'đổi', 'số']);
    expect(marked('đổi, số', 'đổi số')).toEqual(['đổi', 'số']);
  });

  it('marks a prefix only for the last word, and never part of a word', () => {
    expect(marked(p, 'chuy')).toEqual(['chuyển']);
    expect(marked(p, 'ti tục')).toEqual(['tục']);
  });

  it('marks nothing for an empty or symbol-free query of punctuation', () => {
    expect(marked(p, '')).toEqual([]);
    expect(marked(p, '…')).toEqual([]);
  });
});
