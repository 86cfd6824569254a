/**
 * The citation index of a build: programme → the documents it cites (with
 * section and paragraph anchors), document → every place it is cited. Built
 * from the citation records the remark plugin left in each programme
 * (`./records.ts`): no programme text is parsed here.
 *
 * The full texts of registry documents (`content/resolutions/<id>.mdx`) are
 * cited the same way; their citations are kept apart (`textOccurrences`,
 * `byDocumentInTexts`, `byText`), so that everything about programmes (the
 * report, the exports, `byDocument`) keeps meaning "cited by a programme",
 * and the document page lists them under the citing document.
 */
import type { RegistryDocument, Registry } from './registry';
import type { CitationRecord } from './records';
import type { CreatedDocument, Mismatch } from './resolve';

export interface ProgrammeRecords {
  id: string;
  /** The records of `remark-citation-links`, in text order. */
  citations: readonly CitationRecord[];
}

export interface Occurrence extends Omit<CitationRecord, 'created' | 'start' | 'end'> {
  programmeId: string;
  /** The sentence that holds the citation, as one string. */
  sentence: string;
}

/** The citations of one document's full text. */
export interface TextRecords {
  /** The id of the document whose full text it is. */
  id: string;
  citations: readonly CitationRecord[];
}

/** A citation in a document's full text. */
export interface TextOccurrence extends Omit<CitationRecord, 'created' | 'start' | 'end'> {
  /** The document whose full text holds the citation. */
  citingDocumentId: string;
  sentence: string;
}

export type IndexedDocument =
  | { origin: 'registry'; id: string; document: RegistryDocument }
  | { origin: 'citation'; id: string; created: CreatedDocument };

export interface CitationIndex {
  occurrences: Occurrence[];
  documents: Map<string, IndexedDocument>;
  byDocument: Map<string, Occurrence[]>;
  byProgramme: Map<string, Occurrence[]>;
  /** Citations in full texts of documents, in text order per text. */
  textOccurrences: TextOccurrence[];
  /** Cited document → the places in full texts that cite it. */
  byDocumentInTexts: Map<string, TextOccurrence[]>;
  /** Citing document (its full text) → its citations. */
  byText: Map<string, TextOccurrence[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildCitationIndex(programmes: readonly ProgrammeRecords[], registry: Registry, texts: readonly TextRecords[] = []): CitationIndex {
  const index: CitationIndex = {
    occurrences: [],
    documents: new Map(),
    byDocument: new Map(),
    byProgramme: new Map(),
    textOccurrences: [],
    byDocumentInTexts: new Map(),
    byText: new Map(),
  };
  for (const doc of registry.documents.values()) index.documents.set(doc.id, { origin: 'registry', id: doc.id, document: doc });
  for (const programme of programmes) {
    for (const record of programme.citations) {
      const { created, start: _start, end: _end, ...rest } = record;
      const occurrence: Occurrence = {
        ...rest,
        programmeId: programme.id,
        sentence: `${record.excerpt.before}${record.excerpt.match}${record.excerpt.after}`,
      };
      if (created && !index.documents.has(record.documentId)) {
        index.documents.set(record.documentId, { origin: 'citation', id: record.documentId, created });
      }
      index.occurrences.push(occurrence);
      push(index.byDocument, occurrence.documentId, occurrence);
      push(index.byProgramme, programme.id, occurrence);
    }
  }
  for (const text of texts) {
    for (const record of text.citations) {
      const { created, start: _start, end: _end, ...rest } = record;
      // A full text citing its own document is not a citation of it.
      if (record.documentId === text.id) continue;
      const occurrence: TextOccurrence = {
        ...rest,
        citingDocumentId: text.id,
        sentence: `${record.excerpt.before}${record.excerpt.match}${record.excerpt.after}`,
      };
      // The link in the full text leads to a page: a document created from the citation gets one too.
      if (created && !index.documents.has(record.documentId)) {
        index.documents.set(record.documentId, { origin: 'citation', id: record.documentId, created });
      }
      index.textOccurrences.push(occurrence);
      push(index.byDocumentInTexts, occurrence.documentId, occurrence);
      push(index.byText, text.id, occurrence);
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
