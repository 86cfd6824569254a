/**
 * Status and relations in the JSON export of documents (/du-lieu/van-ban.json),
 * added to the fields of `exportDocuments` (src/lib/citations/exports.ts).
 * Shapes are described in the README ("Documents: status and relations").
 */
import type { DocumentExport } from '../citations/exports';
import type { DocumentStatusId, RelationTypeId } from '../schemas';
import type { RelationView } from './relations';

export interface StatusExport {
  value: DocumentStatusId;
  label: string;
  /** ISO date the document ceased (or partly ceased) to be in force. */
  date: string | null;
  /** Id of the document that ended it. */
  by: string | null;
}

export interface RelationExport {
  type: RelationTypeId;
  /** `forward`: this document acts on `document`; `inverse`: `document` acts on this one. */
  direction: 'forward' | 'inverse';
  /** The name as shown on this document's page ("Được thực hiện bởi"). */
  label: string;
  document: string;
  url: string;
  /** `true` when an editor recorded it; `false` for a suggestion read from the text. */
  confirmed: boolean;
}

export type DocumentLifeExport = DocumentExport & { organisation: string | null; status: StatusExport; relations: RelationExport[] };

export function withDocumentLife(
  items: readonly DocumentExport[],
  life: {
    status: (id: string) => StatusExport;
    relations: (id: string) => readonly RelationView[];
    organisation: (id: string) => string | null;
    url: (id: string) => string;
  },
): DocumentLifeExport[] {
  return items.map((item) => ({
    ...item,
    organisation: life.organisation(item.id),
    status: life.status(item.id),
    relations: life.relations(item.id).map((v) => ({
      type: v.type,
      direction: v.direction,
      label: v.label,
      document: v.other,
      url: life.url(v.other),
      confirmed: v.origin === 'editor',
    })),
  }));
}

/** A document's original file in the export: its absolute URL, format and size. */
export interface OriginalExport {
  url: string;
  /** "PDF", "DOCX". */
  format: string;
  bytes: number;
}

export type DocumentTextExport<T> = T & {
  /** Whether the page shows the document's full text. */
  fullText: boolean;
  original: OriginalExport | null;
  /** The programme's page when the document is a programme on the site (`programme:` in its record). */
  programmeUrl: string | null;
  /** Number of places the full texts of other documents cite it. */
  citedByTexts: number;
};

/** Adds the full text, original file and programme of each document (README, "Full texts and original files"). */
export function withDocumentTexts<T extends { id: string }>(
  items: readonly T[],
  texts: {
    fullText: (id: string) => boolean;
    original: (id: string) => OriginalExport | null;
    programmeUrl: (id: string) => string | null;
    citedByTexts: (id: string) => number;
  },
): DocumentTextExport<T>[] {
  return items.map((item) => ({
    ...item,
    fullText: texts.fullText(item.id),
    original: texts.original(item.id),
    programmeUrl: texts.programmeUrl(item.id),
    citedByTexts: texts.citedByTexts(item.id),
  }));
}
