/**
 * The one place pages load content from, once per build: the programmes (the
 * content collection), the full texts of registry documents (the
 * `documentTexts` collection), the registry content the integration loaded and
 * validated (`virtual:van-kien/content`), and the citation index built from
 * the records the citation plugin left in each programme and full text.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { issuers as issuerEntries, resolutions } from 'virtual:van-kien/content';
import type { ResolutionEntry } from '../lib/content/load';
import { documentProgrammeProblems, formatProblems, programmeReferenceProblems } from '../lib/content/references';
import type { Issuer } from '../lib/schemas';
import type { Registry } from '../lib/citations/registry';
import { registryFromContent } from '../lib/citations/registry-data';
import { buildCitationIndex, type CitationIndex } from '../lib/citations/citation-index';
import { mark } from '../lib/build/timings';
import type { CitationRecord } from '../lib/citations/records';

export type Programme = CollectionEntry<'programmes'>;
export type Resolution = ResolutionEntry;
export type DocumentText = CollectionEntry<'documentTexts'>;

export interface SiteContent {
  programmes: Programme[];
  resolutions: Resolution[];
  issuers: Map<string, Issuer>;
  programmeById: Map<string, Programme>;
  resolutionById: Map<string, Resolution>;
  /** Full texts of registry documents (`content/resolutions/<id>.mdx`), by document id. */
  documentTextById: Map<string, DocumentText>;
  /** The registry document that is a programme on the site (`programme:`), by programme id. */
  documentByProgramme: Map<string, Resolution>;
  registry: Registry;
  /** Built once per build from the programmes' text (see src/lib/citations/citation-index.ts). */
  citations: CitationIndex;
}

let cached: Promise<SiteContent> | undefined;

async function load(): Promise<SiteContent> {
  // The first page asks for the site content: rendering has begun (npm run bench reads the phases).
  mark('render:start');
  const programmes = await getCollection('programmes');
  // Asked only when there are full texts: an empty collection makes Astro warn at every build.
  const texts = resolutions.some((r) => r.fullText) ? await getCollection('documentTexts') : [];
  const problems = [
    ...programmeReferenceProblems({ issuerIds: new Set(issuerEntries.map((i) => i.id)), programmes }),
    ...documentProgrammeProblems({ programmeIds: new Set(programmes.map((p) => p.id)), resolutions }),
  ];
  if (problems.length > 0) throw new Error(formatProblems(problems));
  const registry = registryFromContent({ issuers: issuerEntries, resolutions });
  // The citation plugin recorded every citation while it compiled each programme and full text.
  const recordsOf = async (entry: Programme | DocumentText) => {
    const { remarkPluginFrontmatter } = await render(entry);
    return { id: entry.id, citations: (remarkPluginFrontmatter.citations ?? []) as CitationRecord[] };
  };
  const records = await Promise.all(programmes.map(recordsOf));
  const textRecords = await Promise.all(texts.map(recordsOf));
  const citations = buildCitationIndex(records, registry, textRecords);
  mark('citation-index:done');
  return {
    registry,
    citations,
    programmes,
    resolutions,
    issuers: new Map(issuerEntries.map((i) => [i.id, i.data])),
    programmeById: new Map(programmes.map((p) => [p.id, p])),
    resolutionById: new Map(resolutions.map((r) => [r.id, r])),
    documentTextById: new Map(texts.map((t) => [t.id, t])),
    documentByProgramme: new Map(resolutions.flatMap((r) => (r.data.programme ? [[r.data.programme, r] as const] : []))),
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
