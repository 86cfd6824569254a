/**
 * The document index (/van-ban/) and its filter pages, computed once per
 * build (the pages of each list are rendered one by one and would otherwise
 * recompute every document view for every page).
 */
import { documentListing } from './documents';
import type { SiteContent } from './site';
import { groupDocuments } from '../lib/citations/groups';
import { documentIndexPages, type DocumentIndex } from '../lib/documents/index-pages';
import { documentText } from '../lib/i18n/documents';
import { listPageSize, paginateList, type ListPage } from '../lib/pagination/pages';
import type { DocumentDisplay } from '../lib/citations/display';
import type { DocumentGroup } from '../lib/citations/groups';
import type { FacetId } from '../lib/documents/facets';

export interface FacetView {
  id: FacetId;
  label: string;
  groups: DocumentGroup[];
}

export interface DocumentIndexData {
  list: ReturnType<typeof documentListing>;
  facets: FacetView[];
  index: DocumentIndex;
  /** Pages of one filter value's documents. */
  facetPages: (facet: FacetId, key: string) => { facet: FacetView; group: DocumentGroup; pages: ListPage<DocumentDisplay>[] } | undefined;
  pageSize: number;
}

const cache = new WeakMap<SiteContent, DocumentIndexData>();

export function documentIndexData(site: SiteContent): DocumentIndexData {
  const cached = cache.get(site);
  if (cached) return cached;
  const list = documentListing(site);
  const facets = list.facets(list.docs);
  const pageSize = listPageSize('documents', process.env);
  const byType = groupDocuments(list.cited, (d) => d.typeLabel);
  const uncited = groupDocuments(list.uncited, (d) => d.typeLabel);
  const facetCache = new Map<string, ListPage<DocumentDisplay>[]>();
  const data: DocumentIndexData = {
    list,
    facets,
    index: documentIndexPages(byType, uncited, pageSize),
    pageSize,
    facetPages: (id, key) => {
      const facet = facets.find((f) => f.id === id);
      const group = facet?.groups.find((g) => g.key === key);
      if (!facet || !group) return undefined;
      const cacheKey = `${id}/${key}`;
      const pages = facetCache.get(cacheKey) ?? paginateList(group.items, pageSize);
      facetCache.set(cacheKey, pages);
      return { facet, group, pages };
    },
  };
  cache.set(site, data);
  return data;
}

/** The organisation label documents are grouped under on /van-ban/ (as the co-quan filter). */
export function organisationLabel(data: DocumentIndexData, d: DocumentDisplay): string {
  return data.list.organisation(d) ?? documentText.unknownIssuer;
}
