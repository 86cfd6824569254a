/**
 * Document views for pages: display data and where each document is cited,
 * read from the citation index that `getSiteContent` built once.
 */
import { displayDocument, type DocumentDisplay } from '../lib/citations/display';
import type { Occurrence } from '../lib/citations/citation-index';
import { compareProgrammes } from '../lib/programmes/catalog';
import type { Programme, SiteContent } from './site';

export interface CitingProgramme {
  programme: Programme;
  occurrences: Occurrence[];
}

export function documentView(site: SiteContent, id: string): DocumentDisplay {
  const doc = site.citations.documents.get(id);
  if (!doc) throw new Error(`Không có văn bản "${id}" trong chỉ mục trích dẫn`);
  const entry = site.resolutionById.get(id);
  return displayDocument(doc, site.registry.issuers, entry?.data.notes ?? []);
}

export function allDocumentViews(site: SiteContent): DocumentDisplay[] {
  return [...site.citations.documents.keys()].map((id) => documentView(site, id));
}

/** Programmes citing a document, newest first, each with its occurrences in text order. */
export function citingProgrammes(site: SiteContent, documentId: string): CitingProgramme[] {
  const groups = new Map<string, Occurrence[]>();
  for (const o of site.citations.byDocument.get(documentId) ?? []) {
    const list = groups.get(o.programmeId) ?? [];
    groups.set(o.programmeId, list);
    list.push(o);
  }
  return [...groups.entries()]
    .map(([programmeId, occurrences]) => {
      const programme = site.programmeById.get(programmeId);
      if (!programme) throw new Error(`Chỉ mục trích dẫn trỏ tới chương trình không có: ${programmeId}`);
      return { programme, occurrences };
    })
    .sort((a, b) => compareProgrammes(b.programme, a.programme));
}

/** Documents a programme cites, in order of first citation, each with its occurrences. */
export function citedDocuments(site: SiteContent, programmeId: string): { document: DocumentDisplay; occurrences: Occurrence[] }[] {
  const groups = new Map<string, Occurrence[]>();
  for (const o of site.citations.byProgramme.get(programmeId) ?? []) {
    const list = groups.get(o.documentId) ?? [];
    groups.set(o.documentId, list);
    list.push(o);
  }
  return [...groups.entries()].map(([id, occurrences]) => ({ document: documentView(site, id), occurrences }));
}
