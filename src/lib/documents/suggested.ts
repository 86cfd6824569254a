/**
 * Suggested relations: read from the programmes' paragraphs and from the
 * documents' own subjects with `relationsInText`, as relation records of
 * origin `text`, each with where it was read.
 */
import { parseCitations } from '../citations/parse';
import { relationsInText, type SpanCitation } from '../citations/relations';
import { documentYear, type Registry } from '../citations/registry';
import { resolveCitation } from '../citations/resolve';
import type { RelationRecord, RelationSource } from './relations';

type RecordedRelations = { blockAnchor: string; documentId: string; relationsFrom?: readonly { to: string; type: RelationRecord['type'] }[] };

/** The relations the citation pass recorded with each citation, each with where it was read. */
function recordedRelations<O extends RecordedRelations>(occurrences: readonly O[], source: (o: O) => RelationSource): RelationRecord[] {
  return occurrences.flatMap((o) =>
    (o.relationsFrom ?? []).map((r) => ({ from: o.documentId, to: r.to, type: r.type, origin: 'text' as const, sources: [source(o)] })),
  );
}

/**
 * Relations read from the programmes' paragraphs: the citation pass records
 * them with each citation (`relationsFrom`, `src/lib/citations/records.ts`),
 * so no programme text is read again here.
 */
export function occurrenceRelations(occurrences: readonly (RecordedRelations & { programmeId: string })[]): RelationRecord[] {
  return recordedRelations(occurrences, (o) => ({ kind: 'programme', programmeId: o.programmeId, anchor: o.blockAnchor }));
}

/**
 * Relations read from the paragraphs of documents' full texts, recorded the
 * same way by the citation pass; the source is the paragraph of the full text.
 */
export function fullTextRelations(occurrences: readonly (RecordedRelations & { citingDocumentId: string })[]): RelationRecord[] {
  return recordedRelations(occurrences, (o) => ({ kind: 'full-text', documentId: o.citingDocumentId, anchor: o.blockAnchor }));
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
