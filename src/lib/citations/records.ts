/**
 * Citation records: what the citation pass found in one programme, one record
 * per citation, in text order. The remark plugin (`remark-citation-links`) is
 * the only producer: it finds the citations of each block once, links them,
 * and stores these records in the programme's remark-plugin frontmatter. The
 * cited-by index, the build report, the exports and the pages are built from
 * them; nothing parses a programme's citations a second time.
 *
 * Records are plain JSON (they travel through the compiled MDX module).
 */
import type { ProgrammeStructure, SectionInfo } from '../programmes/structure';
import { citationsInBlock, createExcerpter, type Excerpt } from './blocks';
import type { Registry, RegistryIssuer } from './registry';
import { resolveCitation, type CreatedDocument, type Mismatch, type Resolution } from './resolve';
import { relationsInText } from './relations';
import type { RelationTypeId } from '../schemas';

export interface CitationRecord {
  /** Anchor of the block (paragraph, list item, table …) the citation stands in. */
  blockAnchor: string;
  /** Position of the citation among the citations of its block (0-based). */
  ordinal: number;
  section: Pick<SectionInfo, 'anchor' | 'number' | 'title' | 'label'> | undefined;
  /** The citation as written. */
  text: string;
  /** The sentence that holds it, split around the citation. */
  excerpt: Excerpt;
  documentId: string;
  status: Resolution['status'] | 'named';
  mismatches: Mismatch[];
  /** The mismatches are a known erratum recorded in the registry (an alias). */
  acknowledged: boolean;
  candidates?: string[];
  /** For a document the registry does not know: what the citation says of it. */
  created?: CreatedDocument;
  /** Where the citation stands in the block text (its link covers the part in one text node). */
  start: number;
  end: number;
  /**
   * Relations the sentence states from this document to the next one it
   * cites ("Nghị quyết số 07-NQ/TU … thực hiện Nghị quyết số 20-NQ/TW"),
   * read from the block text while it is at hand (`relationsInText`).
   */
  relationsFrom?: { to: string; type: RelationTypeId }[];
}

/** The citations of one block, with their records, for the plugin to link. */
export interface BlockRecords {
  block: ProgrammeStructure['blocks'][number];
  found: ReturnType<typeof citationsInBlock>;
  records: CitationRecord[];
}

/**
 * Find, resolve and record the citations of every block of a programme, once.
 * `year` is the year the programme was written.
 */
export function recordCitations(structure: ProgrammeStructure, registry: Registry, context: { issuer: RegistryIssuer; year: number }): BlockRecords[] {
  const out: BlockRecords[] = [];
  for (const block of structure.blocks) {
    const found = citationsInBlock(block.node, registry.namedPhrases);
    if (found.citations.length === 0) continue;
    const excerpt = createExcerpter(found.text);
    const section = block.section && {
      anchor: block.section.anchor,
      number: block.section.number,
      title: block.section.title,
      label: block.section.label,
    };
    const records = found.citations.map((c, ordinal): CitationRecord => {
      const base = {
        blockAnchor: block.anchor,
        ordinal,
        section,
        text: found.text.slice(c.start, c.end),
        excerpt: excerpt(c.start, c.end),
        start: c.start,
        end: c.end,
      };
      if (c.kind === 'named') return { ...base, documentId: c.documentId, status: 'named', mismatches: [], acknowledged: false };
      const r = resolveCitation(c.citation, registry, context);
      return {
        ...base,
        documentId: r.documentId,
        status: r.status,
        mismatches: r.mismatches,
        acknowledged: r.viaAlias,
        ...(r.status === 'ambiguous' ? { candidates: r.candidates } : {}),
        ...(r.status === 'created' ? { created: r.created } : {}),
      };
    });
    if (records.length > 1) {
      const spans = records.map((r) => ({ start: r.start, end: r.end, documentId: r.documentId, type: registry.documents.get(r.documentId)?.type ?? r.created?.type }));
      for (const rel of relationsInText(found.text, spans)) {
        const from = records.find((r) => r.documentId === rel.from);
        if (from) (from.relationsFrom ??= []).push({ to: rel.to, type: rel.type });
      }
    }
    out.push({ block, found, records });
  }
  return out;
}
