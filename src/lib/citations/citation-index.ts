/**
 * The citation index, built once per build from the programmes' text:
 * programme → the documents it cites (with section and paragraph anchors),
 * document → every place it is cited. Linear in the size of the text: each
 * programme body is parsed once, each citation resolved once.
 */
import { analyzeProgramme, type SectionInfo } from '../programmes/structure';
import { citationsInBlock, excerptAround, type Excerpt } from './blocks';
import { parseMdxBody } from './mdx';
import type { Registry, RegistryDocument } from './registry';
import { resolveCitation, type CreatedDocument, type Mismatch, type Resolution } from './resolve';

export interface ProgrammeInput {
  id: string;
  title: string;
  /** The raw MDX body (without frontmatter). */
  body: string;
  issuerId: string;
  /** The year the programme was written (date of issue, or draft year, or period year). */
  year: number;
}

export interface Occurrence {
  programmeId: string;
  /** Anchor of the block (paragraph, list item) the citation stands in. */
  blockAnchor: string;
  /** Position of the citation among the citations of its block (0-based). */
  ordinal: number;
  section: Pick<SectionInfo, 'anchor' | 'number' | 'title' | 'label'> | undefined;
  /** The citation as written. */
  text: string;
  /** The sentence that holds it, as an excerpt. */
  sentence: string;
  /** The same excerpt split around the citation, for marking it. */
  excerpt: Excerpt;
  documentId: string;
  status: Resolution['status'] | 'named';
  mismatches: Mismatch[];
  /** The mismatches are a known erratum recorded in the registry (an alias). */
  acknowledged: boolean;
  candidates?: string[];
}

export type IndexedDocument =
  | { origin: 'registry'; id: string; document: RegistryDocument }
  | { origin: 'citation'; id: string; created: CreatedDocument };

export interface CitationIndex {
  occurrences: Occurrence[];
  documents: Map<string, IndexedDocument>;
  byDocument: Map<string, Occurrence[]>;
  byProgramme: Map<string, Occurrence[]>;
  /** `${programmeId}#${blockAnchor}` → occurrences in text order. */
  byBlock: Map<string, Occurrence[]>;
}

export function blockKey(programmeId: string, blockAnchor: string): string {
  return `${programmeId}#${blockAnchor}`;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildCitationIndex(programmes: readonly ProgrammeInput[], registry: Registry): CitationIndex {
  const index: CitationIndex = {
    occurrences: [],
    documents: new Map(),
    byDocument: new Map(),
    byProgramme: new Map(),
    byBlock: new Map(),
  };
  for (const doc of registry.documents.values()) index.documents.set(doc.id, { origin: 'registry', id: doc.id, document: doc });

  for (const programme of programmes) {
    const issuer = registry.issuers.get(programme.issuerId);
    if (!issuer) throw new Error(`${programme.id}: không có cơ quan "${programme.issuerId}"`);
    const structure = analyzeProgramme(parseMdxBody(programme.body));
    for (const block of structure.blocks) {
      const found = citationsInBlock(block.node, registry.namedPhrases);
      found.citations.forEach((c, ordinal) => {
        const section = block.section && {
          anchor: block.section.anchor,
          number: block.section.number,
          title: block.section.title,
          label: block.section.label,
        };
        const excerpt = excerptAround(found.text, c.start, c.end);
        const base = {
          programmeId: programme.id,
          blockAnchor: block.anchor,
          ordinal,
          section,
          text: found.text.slice(c.start, c.end),
          sentence: `${excerpt.before}${excerpt.match}${excerpt.after}`,
          excerpt,
        };
        let occurrence: Occurrence;
        if (c.kind === 'named') {
          occurrence = { ...base, documentId: c.documentId, status: 'named', mismatches: [], acknowledged: false };
        } else {
          const resolution = resolveCitation(c.citation, registry, { issuer, year: programme.year });
          occurrence = {
            ...base,
            documentId: resolution.documentId,
            status: resolution.status,
            mismatches: resolution.mismatches,
            acknowledged: resolution.viaAlias,
            ...(resolution.status === 'ambiguous' ? { candidates: resolution.candidates } : {}),
          };
          if (resolution.status === 'created' && !index.documents.has(resolution.documentId)) {
            index.documents.set(resolution.documentId, { origin: 'citation', id: resolution.documentId, created: resolution.created });
          }
        }
        index.occurrences.push(occurrence);
        push(index.byDocument, occurrence.documentId, occurrence);
        push(index.byProgramme, programme.id, occurrence);
        push(index.byBlock, blockKey(programme.id, block.anchor), occurrence);
      });
    }
  }
  return index;
}

export interface CitationReport {
  found: number;
  resolved: number;
  named: number;
  createdFromCitation: number;
  ambiguous: number;
  mismatched: number;
  /** Mismatches an editor has recorded as known errata (registry aliases). */
  acknowledged: number;
  documents: { registry: number; createdFromCitation: number };
  details: {
    created: ReportEntry[];
    ambiguous: (ReportEntry & { candidates: string[] })[];
    mismatched: (ReportEntry & { mismatches: Mismatch[]; acknowledged: boolean })[];
  };
}

export interface ReportEntry {
  documentId: string;
  text: string;
  programmeId: string;
  anchor: string;
}

/** Mismatches worth reporting (an alias match alone is not a mismatch). */
export function isRealMismatch(m: Mismatch): boolean {
  return m.kind !== 'alias';
}

export function citationReport(index: CitationIndex): CitationReport {
  const where = (o: Occurrence): ReportEntry => ({ documentId: o.documentId, text: o.text, programmeId: o.programmeId, anchor: o.blockAnchor });
  const created = index.occurrences.filter((o) => o.status === 'created');
  const ambiguous = index.occurrences.filter((o) => o.status === 'ambiguous');
  const mismatched = index.occurrences.filter((o) => o.mismatches.some(isRealMismatch));
  let registryDocs = 0;
  for (const d of index.documents.values()) if (d.origin === 'registry') registryDocs += 1;
  return {
    found: index.occurrences.length,
    resolved: index.occurrences.filter((o) => o.status === 'resolved' || o.status === 'ambiguous').length,
    named: index.occurrences.filter((o) => o.status === 'named').length,
    createdFromCitation: created.length,
    ambiguous: ambiguous.length,
    mismatched: mismatched.length,
    acknowledged: mismatched.filter((o) => o.acknowledged).length,
    documents: { registry: registryDocs, createdFromCitation: index.documents.size - registryDocs },
    details: {
      created: created.map(where),
      ambiguous: ambiguous.map((o) => ({ ...where(o), candidates: o.candidates ?? [] })),
      mismatched: mismatched.map((o) => ({ ...where(o), mismatches: o.mismatches.filter(isRealMismatch), acknowledged: o.acknowledged })),
    },
  };
}

/** Citations a strict build refuses: ambiguous ones, and mismatches no editor has acknowledged. */
export function strictFailures(report: CitationReport): ReportEntry[] {
  return [...report.details.ambiguous, ...report.details.mismatched.filter((m) => !m.acknowledged)];
}

/** The short summary the build prints. */
export function formatReportSummary(report: CitationReport): string {
  return (
    `Trích dẫn: ${report.found} tìm thấy, ${report.resolved} khớp danh mục, ${report.named} theo tên, ` +
    `${report.createdFromCitation} tạo từ trích dẫn, ${report.ambiguous} chưa rõ, ` +
    `${report.mismatched} không khớp (${report.acknowledged} đã ghi nhận là sai sót của văn bản)`
  );
}
