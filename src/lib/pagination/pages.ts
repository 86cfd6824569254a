/**
 * Lists that scale: the programme list, the document index and its filter
 * pages are cut into static pages of LIST_PAGES entries (no JavaScript). Page
 * 1 keeps the list's own URL (/chuong-trinh/); page n ≥ 2 is `<list>trang/<n>/`
 * (/chuong-trinh/trang/2/). Plain logic: slicing, page paths, the pagination
 * nav and where a group (a year, a type) starts. Pages call these; no Astro imports.
 */

/** Entries per page of each paginated list. Tuned for pages under 200 KB of HTML at 10,000 programmes. */
export const LIST_PAGES = {
  /** Programme cards per page of /chuong-trinh/ and of an issuer's programmes (/chuong-trinh/co-quan/<id>/). */
  programmes: 50,
  /** Document entries per page of /van-ban/ and of each filter page (/van-ban/loai|co-quan|nam/<value>/). */
  documents: 100,
} as const;

export type ListKind = keyof typeof LIST_PAGES;

/**
 * Entries per page of a list: LIST_PAGES, or LIST_PAGE_SIZE from the
 * environment (a positive integer) to build a small site with many pages
 * (tests; `LIST_PAGE_SIZE=3 npm run build`).
 */
export function listPageSize(kind: ListKind, env: Readonly<Record<string, string | undefined>> = {}): number {
  const raw = env.LIST_PAGE_SIZE?.trim();
  if (raw && /^\d+$/.test(raw) && Number(raw) > 0) return Number(raw);
  return LIST_PAGES[kind];
}

export interface ListPage<T> {
  /** 1-based. */
  number: number;
  /** Number of pages of the list (at least 1). */
  count: number;
  items: T[];
  /** Index of the first item of the page in the whole list. */
  start: number;
}

/** The list cut into pages of `size` items; an empty list still has one (empty) page. */
export function paginateList<T>(items: readonly T[], size: number): ListPage<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`page size must be a positive integer, got ${size}`);
  const count = pageCount(items.length, size);
  return Array.from({ length: count }, (_, i) => ({ number: i + 1, count, items: items.slice(i * size, (i + 1) * size), start: i * size }));
}

/** How many pages a list of `total` items makes (at least 1). */
export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The page (1-based) holding the item at `index` of the list. */
export function pageOfIndex(index: number, size: number): number {
  return Math.floor(Math.max(0, index) / size) + 1;
}

/** Path segment of page n under its list: '' for page 1, `trang/<n>/` after. */
export function pageSuffix(n: number): string {
  return n <= 1 ? '' : `trang/${n}/`;
}

/** Path (relative to the base path) of page n of the list at `listPath` ('chuong-trinh/'). */
export function pagePath(listPath: string, n: number): string {
  const base = listPath.endsWith('/') ? listPath : `${listPath}/`;
  return `${base}${pageSuffix(n)}`;
}

/** Pages 2 … count as `getStaticPaths` params of a `trang/[page]` route. */
export function laterPageParams(count: number): { page: string }[] {
  return Array.from({ length: Math.max(0, count - 1) }, (_, i) => ({ page: String(i + 2) }));
}

/** The page number of a `trang/[page]` route's param; undefined unless it is an integer ≥ 2 written without a leading zero. */
export function parsePageParam(param: string | undefined): number | undefined {
  if (!param || !/^[1-9]\d*$/.test(param)) return undefined;
  const n = Number(param);
  return n >= 2 ? n : undefined;
}

export type PageLink = { kind: 'page'; number: number; path: string; current: boolean } | { kind: 'gap' };

export interface PageNav {
  current: number;
  count: number;
  previous?: { number: number; path: string };
  next?: { number: number; path: string };
  /** Page links: the first, the last and `around` pages each side of the current one, gaps between. */
  links: PageLink[];
}

/**
 * What the pagination nav of page `current` of `count` shows. Pages more than
 * `around` from the current one (other than the first and last) are folded into
 * a gap, so the nav stays short at any number of pages.
 */
export function pageNav(listPath: string, current: number, count: number, around = 2): PageNav {
  const link = (n: number): { number: number; path: string } => ({ number: n, path: pagePath(listPath, n) });
  const shown = new Set<number>([1, count]);
  for (let n = current - around; n <= current + around; n += 1) if (n >= 1 && n <= count) shown.add(n);
  // a gap of a single page is that page, not an ellipsis
  const sorted = [...shown].sort((a, b) => a - b);
  const links: PageLink[] = [];
  for (let i = 0; i < sorted.length; i += 1) {
    const n = sorted[i]!;
    const prev = sorted[i - 1];
    if (prev !== undefined && n - prev === 2) links.push({ kind: 'page', current: prev + 1 === current, ...link(prev + 1) });
    else if (prev !== undefined && n - prev > 2) links.push({ kind: 'gap' });
    links.push({ kind: 'page', current: n === current, ...link(n) });
  }
  return {
    current,
    count,
    ...(current > 1 ? { previous: link(current - 1) } : {}),
    ...(current < count ? { next: link(current + 1) } : {}),
    links,
  };
}

/**
 * Where each group of a list in page order starts: key → the page of its
 * first item (for "jump to year 2022" links that point at `trang/3/#nam-2022`).
 */
export function groupStartPages<T, K>(items: readonly T[], keyOf: (item: T) => K, size: number): Map<K, number> {
  const starts = new Map<K, number>();
  items.forEach((item, i) => {
    const key = keyOf(item);
    if (!starts.has(key)) starts.set(key, pageOfIndex(i, size));
  });
  return starts;
}

export interface GroupSlice<G, T> {
  group: G;
  /** The group's items on this page. */
  items: T[];
  /** The group began on an earlier page ("(tiếp theo)"). */
  continued: boolean;
}

/**
 * Groups laid end to end (types A–Z, each newest first …) and cut into pages
 * of `size` items: each page lists the part of every group it holds, so a group
 * can run over two pages.
 */
export function paginateGroups<G, T>(groups: readonly G[], itemsOf: (group: G) => readonly T[], size: number): ListPage<GroupSlice<G, T>>[] {
  const flat: { group: G; item: T; first: boolean }[] = [];
  for (const group of groups) itemsOf(group).forEach((item, i) => flat.push({ group, item, first: i === 0 }));
  return paginateList(flat, size).map((page) => {
    const slices: GroupSlice<G, T>[] = [];
    for (const entry of page.items) {
      const last = slices[slices.length - 1];
      if (last && last.group === entry.group) last.items.push(entry.item);
      else slices.push({ group: entry.group, items: [entry.item], continued: !entry.first });
    }
    return { number: page.number, count: page.count, start: page.start, items: slices };
  });
}
