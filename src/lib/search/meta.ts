/**
 * The search record of a page: the metadata, filters and sort key Pagefind
 * stores for it, as attributes of one hidden element (`SearchMeta.astro`).
 * The names here are shared by the component, the indexing integration and
 * the search page, so they are written once.
 *
 * Values travel in `data-*` attributes read with Pagefind's `name[attribute]`
 * syntax, so titles may hold commas and colons.
 */
import { aliasToken, ownSymbolKeys } from './symbols';

/** Kinds of searchable pages. */
export type PageKind = 'chuong-trinh' | 'van-ban';

export interface SearchMetaInput {
  kind: PageKind;
  /** Shown as the result's title: "Chương trình công tác quý I năm 2025", "Nghị quyết số 27-NQ/TW". */
  title: string;
  /** Loại văn bản, as a label: "Chương trình", "Nghị quyết". */
  type: string;
  /** The page's own symbol, "27-NQ/TW"; absent for a draft or a document known by name. */
  symbol?: string | undefined;
  /** Other spellings of that symbol met in real texts (errata such as "144-CT/TW"). */
  aliases?: readonly string[] | undefined;
  /** Cơ quan ban hành: "Tỉnh ủy Hậu Giang". */
  issuer?: string | undefined;
  /** Date of issue as an ISO date "2023-12-25", or a year "2022" when only the year is known. */
  date?: string | undefined;
  /** The date as shown: "25/12/2023". */
  dateLabel?: string | undefined;
  /** Năm (filter): the year of issue, or of the period for a programme. */
  year?: number | string | undefined;
  /** Kỳ (filter): "Quý I năm 2025". */
  period?: string | undefined;
  /** Tình trạng (filter): "Dự thảo", "Đã ban hành". */
  status?: string | undefined;
  /** Sort key when it differs from `date` (a draft sorts by its period): ISO date or year. */
  sortDate?: string | undefined;
}

/** Filters, in the order the search page shows them: Pagefind key and Vietnamese label. */
export const FILTERS = [
  { key: 'loai', label: 'Loại văn bản' },
  { key: 'co-quan', label: 'Cơ quan ban hành' },
  { key: 'nam', label: 'Năm' },
  { key: 'ky', label: 'Kỳ' },
  { key: 'tinh-trang', label: 'Tình trạng' },
] as const;

export type FilterKey = (typeof FILTERS)[number]['key'];

/** The attributes of the SearchMeta element for a page. */
export function searchMetaAttributes(input: SearchMetaInput): Record<string, string> {
  const keys = ownSymbolKeys([input.symbol, ...(input.aliases ?? [])]).map(aliasToken);
  const year = input.year === undefined || input.year === '' ? undefined : String(input.year);
  const sortDate = input.sortDate ?? input.date ?? year;
  const values: [attribute: string, value: string | undefined, meta?: string, filter?: FilterKey][] = [
    ['data-title', input.title, 'title'],
    ['data-kind', input.kind, 'kind'],
    ['data-type', input.type, 'type', 'loai'],
    ['data-symbol', input.symbol, 'symbol'],
    ['data-keys', keys.join(' ') || undefined, 'keys'],
    ['data-issuer', input.issuer, 'issuer', 'co-quan'],
    ['data-date', input.date, 'date'],
    ['data-date-label', input.dateLabel, 'date-label'],
    ['data-year', year, undefined, 'nam'],
    ['data-period', input.period, undefined, 'ky'],
    ['data-status', input.status, undefined, 'tinh-trang'],
    ['data-sort-date', sortDate, 'sort-date'],
  ];
  const attrs: Record<string, string> = { 'data-search-meta': '' };
  const meta: string[] = [];
  const filters: string[] = [];
  for (const [attribute, value, metaName, filter] of values) {
    if (value === undefined || value.trim() === '') continue;
    attrs[attribute] = value.trim();
    if (metaName) meta.push(`${metaName}[${attribute}]`);
    if (filter) filters.push(`${filter}[${attribute}]`);
  }
  attrs['data-pagefind-meta'] = meta.join(', ');
  if (filters.length > 0) attrs['data-pagefind-filter'] = filters.join(', ');
  if (sortDate) attrs['data-pagefind-sort'] = 'date[data-sort-date]';
  return attrs;
}

/** The first day of a programme's period, as an ISO date: a draft without a date sorts by it. */
export function periodStartDate(period: { year: number; quarter?: number | undefined }): string {
  const month = period.quarter ? (period.quarter - 1) * 3 + 1 : 1;
  return `${period.year}-${String(month).padStart(2, '0')}-01`;
}
