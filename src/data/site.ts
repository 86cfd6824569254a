/**
 * The one place pages load content from. Loads every collection once per
 * build, checks references between entries, and hands out plain records.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { checkReferences, formatProblems } from '../lib/programmes/catalog';
import type { Issuer } from '../lib/schemas';

export type Programme = CollectionEntry<'programmes'>;
export type Resolution = CollectionEntry<'resolutions'>;

export interface SiteContent {
  programmes: Programme[];
  resolutions: Resolution[];
  issuers: Map<string, Issuer>;
  programmeById: Map<string, Programme>;
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
  return {
    programmes,
    resolutions,
    issuers: new Map(issuerEntries.map((i) => [i.id, i.data])),
    programmeById: new Map(programmes.map((p) => [p.id, p])),
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
