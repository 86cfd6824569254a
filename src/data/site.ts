/**
 * The one place pages load content from. Loads every collection once per
 * build, checks references between entries, and hands out plain records.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { checkReferences, formatProblems, programmeYear } from '../lib/programmes/catalog';
import type { Issuer } from '../lib/schemas';
import { buildRegistry, type Registry } from '../lib/citations/registry';
import { toRegistryDocument, toRegistryIssuer } from '../lib/citations/registry-data';
import { buildCitationIndex, type CitationIndex } from '../lib/citations/citation-index';

export type Programme = CollectionEntry<'programmes'>;
export type Resolution = CollectionEntry<'resolutions'>;

export interface SiteContent {
  programmes: Programme[];
  resolutions: Resolution[];
  issuers: Map<string, Issuer>;
  programmeById: Map<string, Programme>;
  resolutionById: Map<string, Resolution>;
  registry: Registry;
  /** Built once per build from the programmes' text (see src/lib/citations/citation-index.ts). */
  citations: CitationIndex;
}

let cached: Promise<SiteContent> | undefined;

async function load(): Promise<SiteContent> {
  const [programmes, issuerEntries, resolutions] = await Promise.all([
    getCollection('programmes'),
    getCollection('issuers'),
    getCollection('resolutions'),
  ]);
  const problems = checkReferences({ issuers: issuerEntries, programmes, resolutions });
  if (problems.length > 0) throw new Error(formatProblems(problems));
  const registry = buildRegistry(
    resolutions.map((r) => toRegistryDocument(r.id, r.data)),
    issuerEntries.map((i) => toRegistryIssuer(i.data)),
  );
  const citations = buildCitationIndex(
    programmes.map((p) => ({ id: p.id, title: p.data.title, body: p.body ?? '', issuerId: p.data.issuer, year: programmeYear(p.data) })),
    registry,
  );
  return {
    registry,
    citations,
    programmes,
    resolutions,
    issuers: new Map(issuerEntries.map((i) => [i.id, i.data])),
    programmeById: new Map(programmes.map((p) => [p.id, p])),
    resolutionById: new Map(resolutions.map((r) => [r.id, r])),
  };
}

export function getSiteContent(): Promise<SiteContent> {
  cached ??= load();
  return cached;
}

/** The issuer of an entry; references were checked when the content loaded. */
export function issuerOf(site: SiteContent, id: string): Issuer {
  const issuer = site.issuers.get(id);
  if (!issuer) throw new Error(`Không có cơ quan "${id}" trong content/issuers.yaml`);
  return issuer;
}
