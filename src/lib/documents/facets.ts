/**
 * Filters of /van-ban/ without JavaScript: one static page per value of each
 * facet (type, issuing organisation, year), e.g. /van-ban/loai/nghi-quyet/.
 */
import type { DocumentDisplay } from '../citations/display';
import { groupDocuments, type DocumentGroup } from '../citations/groups';

export type FacetId = 'loai' | 'co-quan' | 'nam';
export const FACET_IDS: readonly FacetId[] = ['loai', 'co-quan', 'nam'];

export interface FacetLabels {
  /** The organisation a document's issuer stands for (one name per body). */
  organisation: (d: DocumentDisplay) => string | undefined;
  unknownIssuer: string;
  unknownYear: string;
}

/** The values of one facet with their documents; years newest first, other facets A–Z. */
export function facetGroups(docs: readonly DocumentDisplay[], facet: FacetId, labels: FacetLabels): DocumentGroup[] {
  if (facet === 'loai') return groupDocuments(docs, (d) => d.typeLabel);
  if (facet === 'co-quan') return groupDocuments(docs, (d) => labels.organisation(d) ?? labels.unknownIssuer);
  const groups = groupDocuments(docs, (d) => d.sortKey.slice(0, 4) || labels.unknownYear);
  return groups.sort((a, b) => (/^\d{4}$/.test(b.label) ? b.label : '0').localeCompare(/^\d{4}$/.test(a.label) ? a.label : '0'));
}

/** Site path of a facet value page (without base). */
export function facetPath(facet: FacetId, key: string): string {
  return `van-ban/${facet}/${key}/`;
}
