/**
 * Where a citation leads, and the context a full text's citations are
 * resolved in.
 *
 * - A registry document that is itself a programme on the site (its record
 *   names it: `programme: tinh-uy-hau-giang/2025`) is read on the programme's
 *   page, so citations of it link there (`chuong-trinh/<id>/`); every other
 *   document links to its own page (`van-ban/<id>/`).
 * - The citations of a document's full text (`content/resolutions/<id>.mdx`)
 *   are resolved as if that document cited them: its issuer (for local codes
 *   such as TU) and its year (for what existed when it was written).
 */
import { routes } from '../paths';
import type { Registry, RegistryIssuer } from './registry';

/** The path (relative to the base path) a citation of `documentId` links to. */
export function citationPath(documentId: string, registry: Pick<Registry, 'documents'>): string {
  const programme = registry.documents.get(documentId)?.programme;
  return programme ? routes.programme(programme) : routes.document(documentId);
}

/** The citing context of a registry document's full text; undefined when the registry does not know it. */
export function documentTextContext(documentId: string, registry: Pick<Registry, 'documents' | 'issuers'>): { issuer: RegistryIssuer; year: number } | undefined {
  const doc = registry.documents.get(documentId);
  if (!doc) return undefined;
  const issuer = registry.issuers.get(doc.issuerId);
  if (!issuer) return undefined;
  // Without a year, every candidate counts as already issued.
  const year = doc.date ? Number(doc.date.slice(0, 4)) : (doc.year ?? Number.MAX_SAFE_INTEGER);
  return { issuer, year };
}
