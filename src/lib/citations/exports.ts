/**
 * JSON exports of the documents and of the citation graph, for other
 * intranet tools. Shapes are described in the README ("Dữ liệu JSON").
 */
import type { CitationIndex } from './citation-index';
import type { DocumentDisplay } from './display';

export interface DocumentExport {
  id: string;
  url: string;
  heading: string;
  type: string | null;
  typeLabel: string;
  symbol: string | null;
  issuer: string | null;
  issuerId: string | null;
  date: string | null;
  term: string | null;
  subject: string | null;
  curated: boolean;
  origin: 'registry' | 'citation';
  citedBy: number;
}

export function exportDocuments(docs: readonly DocumentDisplay[], index: CitationIndex, urlOf: (id: string) => string): DocumentExport[] {
  return docs
    .map((d) => ({
      id: d.id,
      url: urlOf(d.id),
      heading: d.heading,
      type: d.typeId ?? null,
      typeLabel: d.typeLabel,
      symbol: d.symbol ?? null,
      issuer: d.issuer ?? null,
      issuerId: d.issuerId ?? null,
      date: d.date ?? null,
      term: d.term ?? null,
      subject: d.subject ?? null,
      curated: d.curated,
      origin: d.origin,
      citedBy: index.byDocument.get(d.id)?.length ?? 0,
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

export interface CitationEdgeExport {
  programme: string;
  programmeUrl: string;
  document: string;
  documentUrl: string;
  anchor: string;
  url: string;
  section: string | null;
  text: string;
  sentence: string;
  status: string;
}

export function exportCitationGraph(
  index: CitationIndex,
  programmeUrl: (id: string) => string,
  documentUrl: (id: string) => string,
): CitationEdgeExport[] {
  return index.occurrences.map((o) => ({
    programme: o.programmeId,
    programmeUrl: programmeUrl(o.programmeId),
    document: o.documentId,
    documentUrl: documentUrl(o.documentId),
    anchor: o.blockAnchor,
    url: `${programmeUrl(o.programmeId)}#${o.blockAnchor}`,
    section: o.section?.label ?? null,
    text: o.text,
    sentence: o.sentence,
    status: o.status,
  }));
}
