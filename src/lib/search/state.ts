/**
 * The search page's state and its URL: `?q=…&loai=…&nam=…&sap-xep=moi-nhat`,
 * so that a search can be shared; and the filter counts and sort orders over
 * ranked results. Pure; the page renders what these return.
 */
import { FILTERS, type FilterKey } from './meta';
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

/** Longest value kept from the URL for one parameter. */
const MAX_PARAM = 1000;
const MAX_VALUES = 50;

function isSort(value: string | null): value is SortKey {
  return SORTS.some((s) => s.key === value);
}

/** Read the state from a query string (`location.search`). Unknown parameters are ignored. */
export function parseState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: Selection = {};
  for (const { key } of FILTERS) {
    const values = [...new Set(params.getAll(key).map((v) => v.slice(0, MAX_PARAM)).filter((v) => v !== ''))].slice(0, MAX_VALUES);
    if (values.length > 0) filters[key] = values;
  }
  const sort = params.get('sap-xep');
  return { q: (params.get('q') ?? '').slice(0, MAX_PARAM), filters, sort: isSort(sort) ? sort : 'phu-hop' };
}

/** The query string for a state ('?q=…'); the default sort and empty filters are left out. */
export function stateToSearch(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q !== '') params.set('q', state.q);
  for (const { key } of FILTERS) for (const v of state.filters[key] ?? []) params.append(key, v);
  if (state.sort !== 'phu-hop') params.set('sap-xep', state.sort);
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
