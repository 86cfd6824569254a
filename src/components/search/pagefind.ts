/**
 * Loads Pagefind's search library from the site itself (base-path aware), once.
 * Browser only.
 */
import { withBase } from '../../lib/paths';
import type { IndexedPage } from '../../lib/search/rank';

export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<IndexedPage>;
}

export interface PagefindSearchResponse {
  results: PagefindResult[];
}

export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string, options?: Record<string, unknown>) => Promise<PagefindSearchResponse | null>;
}

/**
 * Ranking options, measured with `npm run bench:search`. The pages are
 * re-ranked by `rankPages`; Pagefind's order only decides which pages are
 * loaded first, so these mostly matter for very broad queries.
 */
export const PAGEFIND_OPTIONS = {
  excerptLength: 30,
  ranking: {
    // Whole words a little above longer words that only start with the query word ("so" → số before sóc).
    termSimilarity: 2.0,
    // Programmes are long and document pages short: do not favour short pages much.
    pageLength: 0.3,
  },
};

let loading: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const url = withBase(import.meta.env.BASE_URL, 'pagefind/pagefind.js');
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    // The index holds URLs relative to the site root; result links get the base path here.
    await pagefind.options({ ...PAGEFIND_OPTIONS, baseUrl: import.meta.env.BASE_URL });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
