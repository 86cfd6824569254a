import { describe, expect, it } from 'vitest';
import { documentIndexPages } from '../../../src/lib/documents/index-pages';
import type { DocumentDisplay } from '../../../src/lib/citations/display';
import type { DocumentGroup } from '../../../src/lib/citations/groups';

const doc = (id: string): DocumentDisplay => ({ id }) as DocumentDisplay;
const group = (key: string, ids: string[]): DocumentGroup => ({ key, label: key, items: ids.map(doc) });

describe('documentIndexPages', () => {
  const cited = [group('chi-thi', ['c1', 'c2']), group('nghi-quyet', ['n1', 'n2', 'n3'])];
  const uncited = [group('nghi-quyet', ['u1', 'u2'])];

  it('lays cited groups, then uncited groups, end to end over pages of the given size', () => {
    const { pages, uncitedPage } = documentIndexPages(cited, uncited, 3);
    const show = pages.map((p) => ({
      cited: p.cited.map((s) => `${s.group.key}${s.continued ? '+' : ''}:${s.items.map((d) => d.id).join(',')}`),
      uncited: p.uncited.map((s) => `${s.group.key}${s.continued ? '+' : ''}:${s.items.map((d) => d.id).join(',')}`),
    }));
    expect(show).toEqual([
      { cited: ['chi-thi:c1,c2', 'nghi-quyet:n1'], uncited: [] },
      { cited: ['nghi-quyet+:n2,n3'], uncited: ['nghi-quyet:u1'] },
      { cited: [], uncited: ['nghi-quyet+:u2'] },
    ]);
    expect(uncitedPage).toBe(2);
    // the same type twice: once as cited, once as uncited, never merged
    expect(pages[1]?.items.map((s) => s.group.part)).toEqual(['cited', 'uncited']);
  });

  it('one page when everything fits (the seed site), no uncited page when there are none', () => {
    const { pages, uncitedPage } = documentIndexPages(cited, uncited, 100);
    expect(pages).toHaveLength(1);
    expect(uncitedPage).toBe(1);
    expect(documentIndexPages(cited, [], 100).uncitedPage).toBeUndefined();
    expect(documentIndexPages([], [], 100).pages).toHaveLength(1);
  });
});
