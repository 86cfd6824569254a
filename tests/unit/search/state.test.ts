import { describe, expect, it } from 'vitest';
import {
  applySelection,
  clipEncoded,
  facetCounts,
  formEncode,
  MAX_FILTER_VALUES,
  MAX_URL_QUERY,
  MAX_URL_SEARCH,
  parseState,
  sortPages,
  stateToSearch,
} from '../../../src/lib/search/state';
import { MAX_QUERY_CHARS } from '../../../src/lib/search/query';
import type { RankedPage } from '../../../src/lib/search/rank';

function page(url: string, filters: Record<string, string[]>, date?: string): RankedPage {
  return { id: url, url, meta: date ? { 'sort-date': date } : {}, filters, score: 0, ownSymbol: false, phrase: false, folded: false, sections: [] };
}

const PAGES = [
  page('/a/', { loai: ['Nghị quyết'], nam: ['2022'], 'co-quan': ['Bộ Chính trị'] }, '2022-06-16'),
  page('/b/', { loai: ['Nghị quyết'], nam: ['2018'] }, '2018'),
  page('/c/', { loai: ['Chỉ thị'], nam: ['2023'], 'co-quan': ['Bộ Chính trị'] }, '2023-12-25'),
  page('/d/', { loai: ['Chương trình công tác'], nam: ['2025'] }),
];

describe('URL state', () => {
  it('round-trips the query, the filters and the sort', () => {
    const state = { q: 'dân vận & "khéo"', filters: { loai: ['Nghị quyết', 'Chỉ thị'], nam: ['2022'] }, sort: 'moi-nhat' as const };
    const search = stateToSearch(state);
    expect(search).toBe('?q=d%C3%A2n+v%E1%BA%ADn+%26+%22kh%C3%A9o%22&loai=Ngh%E1%BB%8B+quy%E1%BA%BFt&loai=Ch%E1%BB%89+th%E1%BB%8B&nam=2022&sap-xep=moi-nhat');
    expect(parseState(search)).toEqual(state);
  });

  it('ignores unknown parameters and sorts, and cuts huge values', () => {
    expect(parseState('?q=x&foo=1&sap-xep=abc&nam=')).toEqual({ q: 'x', filters: {}, sort: 'phu-hop' });
    expect(parseState(`?q=${'a'.repeat(5000)}`).q.length).toBe(1000);
    expect(stateToSearch({ q: '', filters: {}, sort: 'phu-hop' })).toBe('');
  });
});

describe('URL length cap (nginx answers 414 beyond its buffer)', () => {
  const LONG = 'Tiếp tục đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; ';

  it('never writes a query string longer than MAX_URL_SEARCH, whatever is pasted', () => {
    for (const q of [LONG.repeat(250), 'ệ'.repeat(20_000), '🙂'.repeat(20_000), "()!'~ ".repeat(5000), 'a'.repeat(20_000)]) {
      const search = stateToSearch({ q, filters: {}, sort: 'moi-nhat' });
      expect(search.length, q.slice(0, 10)).toBeLessThanOrEqual(MAX_URL_SEARCH + 1);
      // What is kept is the start of the query, whole characters, and it reads back.
      const back = parseState(search).q;
      expect(back.length).toBeGreaterThan(0);
      expect(q.startsWith(back)).toBe(true);
      expect(search.endsWith('&sap-xep=moi-nhat')).toBe(true);
    }
  });

  it('keeps a query the field accepts (maxlength) whole, even in the longest letters', () => {
    const q = 'ệ'.repeat(MAX_QUERY_CHARS);
    expect(formEncode(q).length).toBe(MAX_URL_QUERY);
    expect(parseState(stateToSearch({ q, filters: {}, sort: 'phu-hop' })).q).toBe(q.slice(0, 1000));
  });

  it('caps filter lists: values per group and the total length', () => {
    const many = Array.from({ length: 500 }, (_, i) => `Ban Chấp hành Đảng bộ tỉnh số ${i} ${'ệ'.repeat(50)}`);
    const search = stateToSearch({ q: 'ệ'.repeat(100), filters: { loai: many, 'co-quan': many }, sort: 'cu-nhat' });
    expect(search.length).toBeLessThanOrEqual(MAX_URL_SEARCH + 1);
    const back = parseState(search);
    expect(back.filters.loai?.length ?? 0).toBeGreaterThan(0);
    expect(back.filters.loai?.length ?? 0).toBeLessThanOrEqual(MAX_FILTER_VALUES);
    expect(back.q).toBe('ệ'.repeat(100));
    expect(back.sort).toBe('cu-nhat');
    // A long list read from a hand-made URL is capped too.
    const url = `?${many.map((v) => `loai=${encodeURIComponent(v)}`).join('&')}`;
    expect(parseState(url).filters.loai).toHaveLength(MAX_FILTER_VALUES);
  });

  it('clips at whole characters', () => {
    expect(clipEncoded('ab🙂', 5)).toBe('ab');
    expect(clipEncoded('ab🙂', 14)).toBe('ab🙂');
    expect(clipEncoded('a b', 3)).toBe('a b');
  });
});

describe('filters', () => {
  it('keeps a result with any checked value of a group, and every group', () => {
    expect(applySelection(PAGES, { loai: ['Nghị quyết', 'Chỉ thị'] }).map((p) => p.url)).toEqual(['/a/', '/b/', '/c/']);
    expect(applySelection(PAGES, { loai: ['Nghị quyết'], nam: ['2022'] }).map((p) => p.url)).toEqual(['/a/']);
  });

  it('counts each value given the other groups’ selections', () => {
    const groups = facetCounts(PAGES, { loai: ['Nghị quyết'] });
    const loai = groups.find((g) => g.key === 'loai');
    expect(loai?.values).toEqual([
      { value: 'Nghị quyết', count: 2, selected: true },
      { value: 'Chỉ thị', count: 1, selected: false },
      { value: 'Chương trình công tác', count: 1, selected: false },
    ]);
    expect(groups.find((g) => g.key === 'nam')?.values.map((v) => [v.value, v.count])).toEqual([
      ['2022', 1],
      ['2018', 1],
    ]);
    expect(groups.map((g) => g.label)).toEqual(['Loại văn bản', 'Cơ quan ban hành', 'Năm']);
  });

  it('keeps a checked value that no longer has results, so it can be unchecked', () => {
    const nam = facetCounts(PAGES, { nam: ['1999'] }).find((g) => g.key === 'nam');
    expect(nam?.values).toContainEqual({ value: '1999', count: 0, selected: true });
  });
});

describe('sortPages', () => {
  it('sorts by date, newest or oldest first, undated last', () => {
    expect(sortPages(PAGES, 'moi-nhat').map((p) => p.url)).toEqual(['/c/', '/a/', '/b/', '/d/']);
    expect(sortPages(PAGES, 'cu-nhat').map((p) => p.url)).toEqual(['/b/', '/a/', '/c/', '/d/']);
    expect(sortPages(PAGES, 'phu-hop').map((p) => p.url)).toEqual(['/a/', '/b/', '/c/', '/d/']);
  });
});
