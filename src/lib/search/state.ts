/**
 * The search page's state and its URL: `?q=…&loai=…&nam=…&sap-xep=moi-nhat`,
 * so that a search can be shared; and the filter counts and sort orders over
 * ranked results. Pure; the page renders what these return.
 */
import { FILTERS, type FilterKey } from './meta';
import { MAX_QUERY_CHARS } from './query';
import type { RankedPage } from './rank';

export type SortKey = 'phu-hop' | 'moi-nhat' | 'cu-nhat';

export const SORTS: readonly { key: SortKey; label: string }[] = [
  { key: 'phu-hop', label: 'Phù hợp nhất' },
  { key: 'moi-nhat', label: 'Mới nhất' },
  { key: 'cu-nhat', label: 'Cũ nhất' },
];

export type Selection = Partial<Record<FilterKey, string[]>>;

export interface SearchState {
  q: string;
  filters: Selection;
  sort: SortKey;
}

/**
 * Limits on what travels in the URL. nginx refuses a request line longer
 * than its buffer (8 KB by default) with a bare "414 Request-URI Too Large",
 * and a shared link must survive mail clients and chat: the whole query
 * string the page writes stays under MAX_URL_SEARCH characters once
 * percent-encoded (a Vietnamese letter takes up to 9: %E1%BB%87).
 */
export const MAX_URL_SEARCH = 2000;
/**
 * Longest query (`q`) written to the URL, percent-encoded: MAX_QUERY_CHARS
 * (the fields' maxlength) of 9 characters each, so a query the field accepts
 * always fits whole; the rest of MAX_URL_SEARCH is for filters and the sort.
 */
export const MAX_URL_QUERY = 9 * MAX_QUERY_CHARS;
/** Longest filter value kept (from the URL or written to it), in characters. */
export const MAX_FILTER_VALUE = 120;
/** At most this many values per filter group. */
export const MAX_FILTER_VALUES = 20;
/** Longest `q` read from a URL (a hand-made link may be longer than the page ever writes). */
const MAX_PARAM = 1000;

/** A text as a URL query string writes it (`application/x-www-form-urlencoded`, as URLSearchParams does). */
export function formEncode(text: string): string {
  return encodeURIComponent(text)
    .replace(/[!'()~]/gu, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/gu, '+');
}

/** The longest start of `text` (whole code points) whose form-encoded length fits in `max` characters. */
export function clipEncoded(text: string, max: number): string {
  try {
    if (formEncode(text).length <= max) return text;
  } catch {
    // A lone surrogate: measured character by character below.
  }
  let out = '';
  let size = 0;
  for (const ch of text) {
    // A lone surrogate cannot be encoded: stop there.
    let encoded: string;
    try {
      encoded = formEncode(ch);
    } catch {
      break;
    }
    if (size + encoded.length > max) break;
    out += ch;
    size += encoded.length;
  }
  return out;
}

function isSort(value: string | null): value is SortKey {
  return SORTS.some((s) => s.key === value);
}

/** Read the state from a query string (`location.search`). Unknown parameters are ignored. */
export function parseState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: Selection = {};
  for (const { key } of FILTERS) {
    const values = [...new Set(params.getAll(key).map((v) => v.slice(0, MAX_FILTER_VALUE)).filter((v) => v !== ''))].slice(0, MAX_FILTER_VALUES);
    if (values.length > 0) filters[key] = values;
  }
  const sort = params.get('sap-xep');
  return { q: (params.get('q') ?? '').slice(0, MAX_PARAM), filters, sort: isSort(sort) ? sort : 'phu-hop' };
}

/**
 * The query string for a state ('?q=…'); the default sort and empty filters
 * are left out. Never longer than MAX_URL_SEARCH: a long query is cut (at a
 * whole character) to MAX_URL_QUERY, and filter values that would not fit
 * are left out of the URL (they stay selected on the page).
 */
export function stateToSearch(state: SearchState): string {
  const params = new URLSearchParams();
  const q = clipEncoded(state.q, MAX_URL_QUERY);
  if (q !== '') params.set('q', q);
  const sort = state.sort !== 'phu-hop' ? `&sap-xep=${state.sort}` : '';
  for (const { key } of FILTERS) {
    for (const v of (state.filters[key] ?? []).slice(0, MAX_FILTER_VALUES)) {
      const value = v.slice(0, MAX_FILTER_VALUE);
      const size = params.toString().length + `&${key}=`.length + formEncode(value).length + sort.length;
      if (size > MAX_URL_SEARCH - 1) continue;
      params.append(key, value);
    }
  }
  if (sort !== '') params.set('sap-xep', state.sort);
  const s = params.toString();
  return s === '' ? '' : `?${s}`;
}

export function selectionSize(selection: Selection): number {
  return FILTERS.reduce((n, { key }) => n + (selection[key]?.length ?? 0), 0);
}

function passes(page: RankedPage, selection: Selection, except?: FilterKey): boolean {
  return FILTERS.every(({ key }) => {
    if (key === except) return true;
    const wanted = selection[key];
    if (!wanted || wanted.length === 0) return true;
    const values = page.filters[key] ?? [];
    return wanted.some((v) => values.includes(v));
  });
}

/** Results kept by the selected filters: any checked value within a group, every group. */
export function applySelection(pages: readonly RankedPage[], selection: Selection): RankedPage[] {
  return pages.filter((p) => passes(p, selection));
}

export interface FacetValue {
  value: string;
  count: number;
  selected: boolean;
}

export interface FacetGroup {
  key: FilterKey;
  label: string;
  values: FacetValue[];
}

const collator = new Intl.Collator('vi', { numeric: true });

/**
 * Counts for every filter value: how many results there would be with that
 * value checked, given the other groups' selections. Selected values are kept
 * even at zero, so they can be unchecked. Groups without values are left out.
 */
export function facetCounts(pages: readonly RankedPage[], selection: Selection): FacetGroup[] {
  const groups: FacetGroup[] = [];
  for (const { key, label } of FILTERS) {
    const counts = new Map<string, number>();
    for (const page of pages) {
      if (!passes(page, selection, key)) continue;
      for (const v of new Set(page.filters[key] ?? [])) counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    const selected = selection[key] ?? [];
    for (const v of selected) if (!counts.has(v)) counts.set(v, 0);
    const values = [...counts.entries()]
      .map(([value, count]) => ({ value, count, selected: selected.includes(value) }))
      .sort((a, b) => (key === 'nam' || key === 'ky' ? collator.compare(b.value, a.value) : b.count - a.count || collator.compare(a.value, b.value)));
    if (values.length > 0) groups.push({ key, label, values });
  }
  return groups;
}

/** Results in the chosen order; dates are ISO dates or years, so they compare as text. */
export function sortPages(pages: readonly RankedPage[], sort: SortKey): RankedPage[] {
  if (sort === 'phu-hop') return [...pages];
  const dir = sort === 'moi-nhat' ? -1 : 1;
  return [...pages].sort((a, b) => {
    const da = a.meta['sort-date'] ?? a.meta.date ?? '';
    const db = b.meta['sort-date'] ?? b.meta.date ?? '';
    if (da === '' || db === '') return da === db ? 0 : da === '' ? 1 : -1;
    return dir * da.localeCompare(db);
  });
}
