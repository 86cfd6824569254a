/**
 * Suggested relations: read from the programmes' paragraphs and from the
 * documents' own subjects with `relationsInText`, as relation records of
 * origin `text`, each with where it was read.
 */
import { parseCitations } from '../citations/parse';
import { relationsInText, type SpanCitation } from '../citations/relations';
import { documentYear, type Registry } from '../citations/registry';
import { resolveCitation } from '../citations/resolve';
import type { RelationRecord } from './relations';

/** One block of a programme with its citations already resolved. */
export interface ResolvedBlock {
  programmeId: string;
  anchor: string;
  text: string;
  citations: readonly SpanCitation[];
}

export function blockRelations(blocks: readonly ResolvedBlock[]): RelationRecord[] {
  return blocks.flatMap((b) =>
    relationsInText(b.text, b.citations).map((r) => ({
      ...r,
      origin: 'text' as const,
      sources: [{ kind: 'programme' as const, programmeId: b.programmeId, anchor: b.anchor }],
    })),
  );
}

/**
 * Relations a registry document's subject states ("thực hiện Nghị quyết số
 * 20-NQ/TW …"), with citations resolved in the context of the document itself
 * (its issuer, its year).
 */
export function subjectRelations(registry: Registry): RelationRecord[] {
  const out: RelationRecord[] = [];
  for (const doc of registry.documents.values()) {
    if (!doc.subject) continue;
    const issuer = registry.issuers.get(doc.issuerId);
    const year = documentYear(doc);
    if (!issuer || year === undefined) continue;
    const spans: SpanCitation[] = parseCitations(doc.subject).map((c) => {
      const resolution = resolveCitation(c, registry, { issuer, year });
      return { start: c.start, end: c.end, documentId: resolution.documentId, type: c.type };
    });
    for (const r of relationsInText(doc.subject, spans, { documentId: doc.id, type: doc.type })) {
      out.push({ ...r, origin: 'text', sources: [{ kind: 'subject', documentId: doc.id }] });
    }
  }
  return out;
}
