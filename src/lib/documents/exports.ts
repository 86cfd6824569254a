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
