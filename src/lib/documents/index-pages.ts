/**
 * /van-ban/ and its filter pages cut into pages of LIST_PAGES.documents
 * entries. The index lays its groups end to end — cited documents by type
 * (A–Z, newest first within a type), then the uncited ones by type — and each
 * page shows the part of every group it holds. Plain logic, no Astro.
 */
import type { DocumentDisplay } from '../citations/display';
import type { DocumentGroup } from '../citations/groups';
import { pageOfIndex, paginateGroups, type GroupSlice, type ListPage } from '../pagination/pages';

export type IndexPart = 'cited' | 'uncited';

export interface IndexGroup extends DocumentGroup {
  part: IndexPart;
}

export type IndexSlice = GroupSlice<IndexGroup, DocumentDisplay>;

export interface DocumentIndexPage extends ListPage<IndexSlice> {
  /** The page's slices of cited documents, by type. */
  cited: IndexSlice[];
  /** The page's slices of uncited documents, by type. */
  uncited: IndexSlice[];
}

export interface DocumentIndex {
  pages: DocumentIndexPage[];
  /** The page the uncited documents start on (undefined when there are none). */
  uncitedPage: number | undefined;
}

export function documentIndexPages(cited: readonly DocumentGroup[], uncited: readonly DocumentGroup[], size: number): DocumentIndex {
  const groups: IndexGroup[] = [...cited.map((g) => ({ ...g, part: 'cited' as const })), ...uncited.map((g) => ({ ...g, part: 'uncited' as const }))];
  const citedCount = cited.reduce((n, g) => n + g.items.length, 0);
  const uncitedCount = uncited.reduce((n, g) => n + g.items.length, 0);
  const pages = paginateGroups(groups, (g) => g.items, size).map((page) => ({
    ...page,
    cited: page.items.filter((s) => s.group.part === 'cited'),
    uncited: page.items.filter((s) => s.group.part === 'uncited'),
  }));
  return { pages, uncitedPage: uncitedCount > 0 ? pageOfIndex(citedCount, size) : undefined };
}
