/**
 * The citation index of a build: programme → the documents it cites (with
 * section and paragraph anchors), document → every place it is cited. Built
 * from the citation records the remark plugin left in each programme
 * (`./records.ts`): no programme text is parsed here.
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

export type IndexedDocument =
  | { origin: 'registry'; id: string; document: RegistryDocument }
  | { origin: 'citation'; id: string; created: CreatedDocument };

export interface CitationIndex {
  occurrences: Occurrence[];
  documents: Map<string, IndexedDocument>;
  byDocument: Map<string, Occurrence[]>;
  byProgramme: Map<string, Occurrence[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildCitationIndex(programmes: readonly ProgrammeRecords[], registry: Registry): CitationIndex {
  const index: CitationIndex = { occurrences: [], documents: new Map(), byDocument: new Map(), byProgramme: new Map() };
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
