import { describe, expect, it } from 'vitest';
import { hasDiacritics, hits, rankOf, resolveTarget, scores, twinKey, underBase } from '../../../src/lib/search/bench';

describe('benchmark scoring', () => {
  it('resolves targets and reads links under the base path', () => {
    expect(resolveTarget('#muc-ii-1-3', 'chuong-trinh/x/')).toBe('chuong-trinh/x/#muc-ii-1-3');
    expect(resolveTarget('van-ban/a/', 'chuong-trinh/x/')).toBe('van-ban/a/');
    expect(underBase('/van-kien/van-ban/a/#b', '/van-kien/')).toBe('van-ban/a/#b');
    expect(underBase('http://127.0.0.1:1/van-ban/a/', '/')).toBe('van-ban/a/');
  });

  it('counts a page target hit by any of its sections, a section target only by itself', () => {
    expect(hits('van-ban/a/#x', 'van-ban/a/')).toBe(true);
    expect(hits('c/#muc-1', 'c/#muc-1')).toBe(true);
    expect(hits('c/#muc-1-2', 'c/#muc-1')).toBe(false);
    expect(rankOf(['c/#a', 'c/#b', 'd/'], ['d/', 'c/#b'])).toBe(2);
    expect(rankOf(['c/#a'], ['d/'])).toBe(0);
  });

  it('computes hit@1, hit@3 and MRR', () => {
    expect(scores([1, 2, 4, 0])).toEqual({ n: 4, hit1: 0.25, hit3: 0.5, mrr: (1 + 0.5 + 0.25) / 4 });
    expect(scores([])).toEqual({ n: 0, hit1: 0, hit3: 0, mrr: 0 });
  });

  it('pairs twins with and without diacritics', () => {
    expect(hasDiacritics('dân vận khéo')).toBe(true);
    expect(hasDiacritics('Đảng')).toBe(true);
    expect(hasDiacritics('DAN VAN KHEO')).toBe(false);
    expect(hasDiacritics('27-NQ/TW')).toBe(false);
    expect(twinKey('Dân vận, khéo!')).toBe(twinKey('dan van kheo'));
  });
});

describe('precision@k', () => {
  it('counts the shown sub-results that hold the whole phrase', async () => {
    const { holdsPhrase, mean, precisionAt } = await import('../../../src/lib/search/bench');
    expect(holdsPhrase('2.2. Văn hóa, xã hội … Đẩy mạnh chuyển đổi số ngành y tế', 'chuyen doi so')).toBe(true);
    expect(holdsPhrase('chuyên đề … đổi mới … số lượng', 'chuyen doi so')).toBe(false);
    expect(holdsPhrase('tiết kiệm, chống lãng phí', 'tiet kiem chong lang phi')).toBe(true);
    expect(holdsPhrase('anything', '')).toBe(false);
    expect(precisionAt(5, ['chuyển đổi số', 'chuyên đề số', 'đổi mới', 'chuyển đổi số y tế', 'x', 'chuyển đổi số'], 'chuyển đổi số')).toBe(2 / 5);
    expect(precisionAt(5, ['chuyển đổi số'], 'chuyen doi so')).toBe(1);
    expect(precisionAt(5, [], 'x')).toBeUndefined();
    expect(mean([1, undefined, 0.5])).toBe(0.75);
  });
});

describe('hits', () => {
  it('counts a link to a paragraph or list item of the target section, and nothing else', async () => {
    const { hits } = await import('../../../src/lib/search/bench');
    expect(hits('p/#muc-ii-1-3-doan-2', 'p/#muc-ii-1-3')).toBe(true);
    expect(hits('p/#muc-i-y-3', 'p/#muc-i')).toBe(true);
    expect(hits('p/#muc-ii-1-1-doan-2', 'p/#muc-ii-1')).toBe(false);
    expect(hits('p/#muc-ii-1-3', 'p/#muc-ii-1-3')).toBe(true);
  });
});
