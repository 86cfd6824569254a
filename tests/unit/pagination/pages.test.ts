import { describe, expect, it } from 'vitest';
import {
  LIST_PAGES,
  groupStartPages,
  laterPageParams,
  listPageSize,
  pageCount,
  pageNav,
  pagePath,
  paginateGroups,
  paginateList,
  parsePageParam,
} from '../../../src/lib/pagination/pages';
import { vi } from '../../../src/lib/i18n/vi';

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

describe('LIST_PAGES: entries per page of each list', () => {
  it('cuts the lists into pages of the tuned size', () => {
    expect(LIST_PAGES).toEqual({ programmes: 50, documents: 100 });
    expect(listPageSize('programmes')).toBe(LIST_PAGES.programmes);
    expect(listPageSize('documents')).toBe(LIST_PAGES.documents);
    // 10,000 programmes make 200 pages of 50; a page of 50 cards stays far under 200 KB of HTML
    expect(pageCount(10_000, listPageSize('programmes'))).toBe(200);
    expect(paginateList(range(LIST_PAGES.programmes + 1), listPageSize('programmes')).map((p) => p.items.length)).toEqual([LIST_PAGES.programmes, 1]);
  });

  it('LIST_PAGE_SIZE in the environment overrides it (small test sites with many pages)', () => {
    expect(listPageSize('programmes', { LIST_PAGE_SIZE: '3' })).toBe(3);
    expect(listPageSize('documents', { LIST_PAGE_SIZE: ' 7 ' })).toBe(7);
    for (const bad of ['0', '-2', 'abc', '2.5', '']) expect(listPageSize('documents', { LIST_PAGE_SIZE: bad })).toBe(LIST_PAGES.documents);
  });
});

describe('paginateList', () => {
  it('slices in order, every item once, the last page shorter', () => {
    const pages = paginateList(range(7), 3);
    expect(pages.map((p) => p.items)).toEqual([[0, 1, 2], [3, 4, 5], [6]]);
    expect(pages.map((p) => [p.number, p.count, p.start])).toEqual([[1, 3, 0], [2, 3, 3], [3, 3, 6]]);
  });

  it('gives an empty list one empty page and refuses a page size below 1', () => {
    expect(paginateList([], 5)).toEqual([{ number: 1, count: 1, items: [], start: 0 }]);
    expect(() => paginateList([1], 0)).toThrow();
  });
});

describe('page URLs', () => {
  it('page 1 keeps the list URL; later pages are trang/<n>/ (ASCII)', () => {
    expect(pagePath('chuong-trinh/', 1)).toBe('chuong-trinh/');
    expect(pagePath('chuong-trinh/', 2)).toBe('chuong-trinh/trang/2/');
    expect(pagePath('van-ban/nam/2022', 14)).toBe('van-ban/nam/2022/trang/14/');
  });

  it('route params: pages 2 … n, and only canonical numbers ≥ 2 parse', () => {
    expect(laterPageParams(1)).toEqual([]);
    expect(laterPageParams(3)).toEqual([{ page: '2' }, { page: '3' }]);
    expect(parsePageParam('2')).toBe(2);
    for (const bad of [undefined, '', '1', '0', '02', 'x', '2a']) expect(parsePageParam(bad)).toBeUndefined();
  });
});

describe('pageNav', () => {
  const shown = (nav: ReturnType<typeof pageNav>): string =>
    nav.links.map((l) => (l.kind === 'gap' ? '…' : l.current ? `[${l.number}]` : String(l.number))).join(' ');

  it('links previous and next, except at the ends', () => {
    const first = pageNav('chuong-trinh/', 1, 3);
    expect(first.previous).toBeUndefined();
    expect(first.next).toEqual({ number: 2, path: 'chuong-trinh/trang/2/' });
    const last = pageNav('chuong-trinh/', 3, 3);
    expect(last.previous).toEqual({ number: 2, path: 'chuong-trinh/trang/2/' });
    expect(last.next).toBeUndefined();
    expect(pageNav('chuong-trinh/', 2, 3).previous?.path).toBe('chuong-trinh/');
  });

  it('stays short at any number of pages: first, last, two each side, gaps', () => {
    expect(shown(pageNav('x/', 1, 1))).toBe('[1]');
    expect(shown(pageNav('x/', 1, 14))).toBe('[1] 2 3 … 14');
    expect(shown(pageNav('x/', 7, 14))).toBe('1 … 5 6 [7] 8 9 … 14');
    expect(shown(pageNav('x/', 4, 14))).toBe('1 2 3 [4] 5 6 … 14');
    expect(shown(pageNav('x/', 14, 14))).toBe('1 … 12 13 [14]');
    expect(pageNav('x/', 100, 200).links.length).toBeLessThanOrEqual(9);
    expect(pageNav('x/', 7, 14).links.filter((l) => l.kind === 'page' && l.current)).toHaveLength(1);
  });

  it('is labelled in Vietnamese', () => {
    expect(vi.pagination.previous).toBe('Trang trước');
    expect(vi.pagination.next).toBe('Trang sau');
    expect(vi.pagination.label.top).not.toBe(vi.pagination.label.bottom);
    expect(vi.pagination.position(2, 14)).toBe('Trang 2/14');
    expect(vi.pagination.title('Chương trình công tác', 1, 14)).toBe('Chương trình công tác');
    expect(vi.pagination.title('Chương trình công tác', 2, 14)).toBe('Chương trình công tác (trang 2/14)');
  });
});

describe('groups over pages', () => {
  it('finds the page each group starts on', () => {
    const years = [2026, 2026, 2026, 2025, 2025, 2024, 2023];
    expect([...groupStartPages(years, (y) => y, 3)]).toEqual([[2026, 1], [2025, 2], [2024, 2], [2023, 3]]);
  });

  it('cuts groups laid end to end, marking a group that runs on from the page before', () => {
    const groups = [{ key: 'a', items: [1, 2, 3, 4] }, { key: 'b', items: [5] }, { key: 'c', items: [6, 7] }];
    const pages = paginateGroups(groups, (g) => g.items, 3);
    expect(pages.map((p) => p.items.map((s) => `${s.group.key}${s.continued ? '+' : ''}:${s.items.join(',')}`))).toEqual([
      ['a:1,2,3'],
      ['a+:4', 'b:5', 'c:6'],
      ['c+:7'],
    ]);
  });
});
