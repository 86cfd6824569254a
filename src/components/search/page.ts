/**
 * The search page (/tim-kiem/): reads ?q= and the filters from the URL, runs
 * the search on load and as the reader types (the URL follows with
 * history.replaceState), and renders results, filters and messages.
 * Matching and ranking are in src/lib/search; this file wires them to the DOM.
 * Browser only.
 */
import { analyzeQuery, hasSearchableTerms, pagefindSearches, type SearchQuery } from '../../lib/search/query';
import { preparePage, rankPages, type FoundPage, type PreparedPage, type RankedPage } from '../../lib/search/rank';
import {
  applySelection,
  facetCounts,
  parseState,
  selectionSize,
  sortPages,
  stateToSearch,
  type SearchState,
  type SortKey,
} from '../../lib/search/state';
import { FILTERS, type FilterKey } from '../../lib/search/meta';
import { emptyTitle, indexLoadFailure, loadMoreLabel, moreResultsLabel, noResultSuggestions, resultSummary, type LoadFailure } from '../../lib/search/messages';
import { withBase } from '../../lib/paths';
import { loadPagefind, type PagefindResult } from './pagefind';
import { renderEmpty, renderFacets, renderResults } from './render';

/**
 * Results whose text is loaded at a time, per Pagefind search (the best by
 * Pagefind's score): one fragment each. The first step loads this many and
 * ranks them; "Tải thêm kết quả" loads the next as many and ranks everything
 * loaded again. Sixty at once cost 180 KB of fragments per query on a
 * 1,000-programme site (npm run bench); a symbol's own page is looked up
 * directly (`ownPageToken`), so it never depends on this cut.
 */
export const RESULTS_PER_LOAD = 20;
const DEBOUNCE_MS = 180;

function required<T extends Element>(root: ParentNode, selector: string): T {
  const node = root.querySelector<T>(selector);
  if (!node) throw new Error(`search page: missing ${selector}`);
  return node;
}

export function startSearchPage(): void {
  const found = document.querySelector<HTMLElement>('[data-search-page]');
  if (!found) return;
  const page: HTMLElement = found;
  const form = required<HTMLFormElement>(page, '[data-search-form]');
  const input = required<HTMLInputElement>(page, '[data-search-input]');
  const status = required<HTMLElement>(page, '[data-search-status]');
  const list = required<HTMLOListElement>(page, '[data-search-results]');
  const empty = required<HTMLElement>(page, '[data-search-empty]');
  const filtersBox = required<HTMLElement>(page, '[data-search-filters]');
  const groups = required<HTMLElement>(page, '[data-search-filter-groups]');
  const clear = required<HTMLButtonElement>(page, '[data-search-clear-filters]');
  const sortWrap = required<HTMLElement>(page, '[data-search-sort-wrap]');
  const sortSelect = required<HTMLSelectElement>(page, '[data-search-sort]');
  const moreResults = required<HTMLButtonElement>(page, '[data-search-more-results]');
  const loadMore = required<HTMLButtonElement>(page, '[data-search-load-more]');

  let state: SearchState = parseState(window.location.search);
  let query: SearchQuery = analyzeQuery(state.q);
  let ranked: RankedPage[] = [];
  let truncated = false;
  /** The reader opened the results that hold the words only apart. */
  let showFolded = false;
  /** Set when Pagefind could not be loaded: the page says so instead of showing results. */
  let failure: LoadFailure | undefined;
  let sequence = 0;
  let timer: number | undefined;
  const prepared = new Map<string, PreparedPage>();
  /** Each Pagefind search of the current query: its results and how many are loaded. */
  let batches: { results: PagefindResult[]; symbol: boolean; loaded: number }[] = [];
  /** The pages loaded for the current query. */
  let loadedPages = new Map<string, FoundPage>();

  input.value = state.q;
  sortSelect.value = state.sort;
  page.dataset.searchState = 'idle';

  function syncUrl(): void {
    const url = `${window.location.pathname}${stateToSearch(state)}${window.location.hash}`;
    window.history.replaceState(window.history.state, '', url);
  }

  function render(): void {
    const shown = sortPages(applySelection(ranked, state.filters), state.sort);
    const searched = hasSearchableTerms(query) || query.text !== '';
    renderResults(list, shown, showFolded, query.text);
    const folded = shown.filter((p) => p.folded).length;
    moreResults.hidden = folded === 0;
    moreResults.setAttribute('aria-expanded', String(showFolded));
    moreResults.textContent = showFolded ? 'Thu gọn' : moreResultsLabel(folded);
    const remaining = Math.max(0, ...batches.map((b) => b.results.length - b.loaded));
    loadMore.hidden = failure !== undefined || remaining === 0;
    loadMore.textContent = loadMoreLabel(remaining);
    renderFacets(groups, facetCounts(ranked, state.filters));
    filtersBox.hidden = ranked.length === 0;
    clear.hidden = selectionSize(state.filters) === 0;
    sortWrap.hidden = ranked.length < 2;
    const sections = shown.reduce((n, p) => n + p.sections.length, 0);
    const summary = failure ? failure.title : searched ? resultSummary(query, { pages: shown.length, sections, total: ranked.length, truncated }) : '';
    // Written once per search, and only when it changes: the live region announces every change.
    if (status.textContent !== summary) status.textContent = summary;
    if (failure) {
      // Nothing was searched: say why, visibly, and never "no such document".
      renderEmpty(empty, failure.title, failure.tips);
      empty.hidden = false;
      empty.dataset.searchFailure = '';
    } else if (searched && shown.length === 0) {
      const title = emptyTitle(query.text, ranked.length);
      renderEmpty(empty, title, noResultSuggestions(query, selectionSize(state.filters) > 0));
      empty.hidden = false;
      delete empty.dataset.searchFailure;
    } else {
      delete empty.dataset.searchFailure;
      empty.replaceChildren();
      empty.hidden = true;
    }
    // The "no results" box says it on screen; the live region still announces it.
    status.classList.toggle('visually-hidden', !empty.hidden);
  }

  async function pagesFor(results: PagefindResult[], viaSymbol: boolean, into: Map<string, FoundPage>): Promise<void> {
    const data = await Promise.all(results.map((r) => (prepared.has(r.id) ? undefined : r.data())));
    for (const [i, r] of results.entries()) {
      let p = prepared.get(r.id);
      const d = data[i];
      if (!p && d) {
        p = preparePage(r.id, d);
        prepared.set(r.id, p);
        // Let the page answer the reader between long texts.
        await new Promise((resolve) => window.setTimeout(resolve, 0));
      }
      if (p) {
        const seen = into.get(r.id);
        into.set(r.id, {
          page: p,
          viaSymbol: viaSymbol || (seen?.viaSymbol ?? false),
        });
      }
    }
  }

  async function search(): Promise<void> {
    const mine = (sequence += 1);
    query = analyzeQuery(state.q);
    showFolded = false;
    if (!hasSearchableTerms(query)) {
      ranked = [];
      batches = [];
      truncated = false;
      failure = undefined;
      page.dataset.searchState = 'done';
      list.removeAttribute('aria-busy');
      render();
      return;
    }
    page.dataset.searchState = 'loading';
    list.setAttribute('aria-busy', 'true');
    try {
      const pagefind = await loadPagefind();
      const searches = pagefindSearches(query);
      const responses = await Promise.all(searches.map((s) => pagefind.search(s.term)));
      if (mine !== sequence) return;
      batches = searches.map((s, i) => ({ results: responses[i]?.results ?? [], symbol: s.symbol, loaded: 0 }));
      loadedPages = new Map();
      failure = undefined;
      await loadNext(mine);
      if (mine !== sequence) return;
      page.dataset.searchState = 'done';
    } catch (error) {
      if (mine !== sequence) return;
      console.warn('Tìm kiếm / search failed:', error);
      ranked = [];
      failure = indexLoadFailure(withBase(import.meta.env.BASE_URL, 'pagefind/'), import.meta.env.DEV);
      render();
      page.dataset.searchState = 'error';
    } finally {
      if (mine === sequence) list.removeAttribute('aria-busy');
    }
  }

  /** Load the next RESULTS_PER_LOAD results of each search, rank all loaded pages, render. */
  async function loadNext(mine: number): Promise<void> {
    for (const b of batches) {
      const next = b.results.slice(b.loaded, b.loaded + RESULTS_PER_LOAD);
      b.loaded += next.length;
      await pagesFor(next, b.symbol, loadedPages);
      if (mine !== sequence) return;
    }
    ranked = rankPages([...loadedPages.values()], query);
    truncated = batches.some((b) => b.loaded < b.results.length);
    render();
  }

  function schedule(): void {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void search(), DEBOUNCE_MS);
  }

  input.addEventListener('input', () => {
    state = { ...state, q: input.value };
    syncUrl();
    schedule();
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(timer);
    state = { ...state, q: input.value };
    syncUrl();
    void search();
  });

  /** Result links the reader can see, in order. */
  function resultLinks(): HTMLAnchorElement[] {
    return [...list.querySelectorAll<HTMLAnchorElement>('a[href]')].filter((a) => a.closest('[hidden]') === null);
  }

  // Up and Down move from the field through the results and back.
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    const first = resultLinks()[0];
    if (!first) return;
    event.preventDefault();
    first.focus();
  });

  list.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = resultLinks();
    const at = links.indexOf(event.target as HTMLAnchorElement);
    if (at < 0) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? links[Math.min(at + 1, links.length - 1)] : links[at - 1];
    (next ?? input).focus();
  });

  loadMore.addEventListener('click', () => {
    const mine = sequence;
    const before = new Set(ranked.map((p) => p.id));
    page.dataset.searchState = 'loading';
    list.setAttribute('aria-busy', 'true');
    loadMore.disabled = true;
    void loadNext(mine).finally(() => {
      if (mine !== sequence) return;
      page.dataset.searchState = 'done';
      list.removeAttribute('aria-busy');
      loadMore.disabled = false;
      // Focus the first result that was not there before; else stay on the button.
      const added = [...list.querySelectorAll<HTMLElement>(':scope > li[data-page-id]')].find((li) => !li.hidden && !before.has(li.dataset.pageId ?? ''));
      const link = added?.querySelector<HTMLAnchorElement>('a[href]');
      (link ?? (loadMore.hidden ? input : loadMore)).focus();
    });
  });

  moreResults.addEventListener('click', () => {
    showFolded = !showFolded;
    render();
    if (showFolded) list.querySelector<HTMLAnchorElement>(':scope > [data-search-folded] a[href]')?.focus();
    else moreResults.focus();
  });

  groups.addEventListener('change', (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || !box.dataset.searchFilter) return;
    const key = box.dataset.searchFilter as FilterKey;
    if (!FILTERS.some((f) => f.key === key)) return;
    const current = new Set(state.filters[key] ?? []);
    if (box.checked) current.add(box.value);
    else current.delete(box.value);
    state = { ...state, filters: { ...state.filters, [key]: [...current] } };
    syncUrl();
    render();
  });

  clear.addEventListener('click', () => {
    state = { ...state, filters: {} };
    syncUrl();
    render();
    input.focus();
  });

  sortSelect.addEventListener('change', () => {
    state = { ...state, sort: sortSelect.value as SortKey };
    syncUrl();
    render();
  });

  void search();
}
