/**
 * Document views for pages: display data and where each document is cited,
 * read from the citation index that `getSiteContent` built once.
 */
import { displayDocument, type DocumentDisplay } from '../lib/citations/display';
import type { Occurrence, TextOccurrence } from '../lib/citations/citation-index';
import { implementingProgrammes } from '../lib/programmes/implementing';
import { compareProgrammes } from '../lib/programmes/catalog';
import type { Programme, SiteContent } from './site';
import { mergeRelations, recordedRelations, relationsOf, type RelationRecord, type RelationView } from '../lib/documents/relations';
import { fullTextRelations, occurrenceRelations, subjectRelations } from '../lib/documents/suggested';
import { checkDocumentReferences, formatDocumentProblems } from '../lib/documents/validate';
import { checkIssuerAliases, organisationOf } from '../lib/documents/issuers';
import { documentText, statusLabels } from '../lib/i18n/documents';
import { FACET_IDS, facetGroups } from '../lib/documents/facets';
import { formatShortDate } from '../lib/dates';
import type { DocumentStatusId } from '../lib/schemas';

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

// ---------------------------------------------------------------------------
// Status, relations (recorded and read from the text) and organisations.

export interface DocumentGraph {
  /** Recorded relations, then suggestions read from the text that no editor has recorded. */
  relations: RelationRecord[];
  /** The same relations by each document they join (each document page reads its own, not all of them). */
  byDocument: Map<string, RelationRecord[]>;
}

const graphs = new WeakMap<SiteContent, DocumentGraph>();

/**
 * Relations of every document, built once per build. Fails the build, naming
 * file and field, when a relation or `status.by` names no document, or an
 * issuer's `sameAs` names no issuer.
 */
export function documentGraph(site: SiteContent): DocumentGraph {
  const cached = graphs.get(site);
  if (cached) return cached;
  const problems = [
    ...checkDocumentReferences(
      site.resolutions.map((r) => ({ id: r.id, ...(r.filePath ? { filePath: r.filePath } : {}), relations: r.data.relations, status: r.data.status })),
    ),
    ...checkIssuerAliases([...site.issuers.values()]),
  ];
  if (problems.length > 0) throw new Error(formatDocumentProblems(problems));
  const recorded = recordedRelations(site.resolutions.map((r) => ({ id: r.id, relations: r.data.relations })));
  const suggested = [
    ...subjectRelations(site.registry),
    ...occurrenceRelations(site.citations.occurrences),
    ...fullTextRelations(site.citations.textOccurrences),
  ].filter(
    (r) => site.citations.documents.has(r.from) && site.citations.documents.has(r.to),
  );
  const relations = mergeRelations(recorded, suggested);
  const byDocument = new Map<string, RelationRecord[]>();
  for (const r of relations) {
    for (const id of new Set([r.from, r.to])) {
      const list = byDocument.get(id) ?? [];
      list.push(r);
      byDocument.set(id, list);
    }
  }
  const graph = { relations, byDocument };
  graphs.set(site, graph);
  return graph;
}

export interface RelatedDocument {
  view: RelationView;
  document: DocumentDisplay;
}

export function documentRelations(site: SiteContent, id: string): RelatedDocument[] {
  return relationsOf(id, documentGraph(site).byDocument.get(id) ?? []).map((view) => ({ view, document: documentView(site, view.other) }));
}

export interface StatusView {
  value: DocumentStatusId;
  label: string;
  date?: string;
  by?: DocumentDisplay;
  note?: string;
}

export function documentStatus(site: SiteContent, id: string): StatusView {
  const status = site.resolutionById.get(id)?.data.status ?? { value: 'chua-ro' as const };
  return {
    value: status.value,
    label: statusLabels[status.value],
    ...(status.date ? { date: formatShortDate(status.date) } : {}),
    ...(status.by ? { by: documentView(site, status.by) } : {}),
    ...(status.note ? { note: status.note } : {}),
  };
}

/** The organisation a document's issuer stands for (sameAs followed): one entry per body in lists and filters. */
export function documentOrganisation(site: SiteContent, doc: DocumentDisplay): { key: string; name: string } | undefined {
  if (doc.issuerId) {
    const org = organisationOf(doc.issuerId, new Map([...site.issuers].map(([k, v]) => [k, { ...v, id: k }])));
    if (org) return { key: org.id, name: org.shortName };
  }
  return doc.issuer ? { key: doc.issuer, name: doc.issuer } : undefined;
}

/** Number of places a document is cited. */
export function citationCount(site: SiteContent, id: string): number {
  return site.citations.byDocument.get(id)?.length ?? 0;
}

/** Everything a document list shows, for every document with a page. */
export function documentListing(site: SiteContent) {
  const docs = allDocumentViews(site);
  const graph = documentGraph(site);
  const related = new Set(graph.relations.flatMap((r) => [r.from, r.to]));
  const organisation = (d: DocumentDisplay): string | undefined => documentOrganisation(site, d)?.name;
  const facets = (list: readonly DocumentDisplay[]) =>
    FACET_IDS.map((id) => ({
      id,
      label: id === 'loai' ? documentText.filterByType : id === 'co-quan' ? documentText.filterByIssuer : documentText.filterByYear,
      groups: facetGroups(list, id, { organisation, unknownIssuer: documentText.unknownIssuer, unknownYear: documentText.unknownYear }),
    }));
  return {
    docs,
    cited: docs.filter((d) => citationCount(site, d.id) > 0),
    uncited: docs.filter((d) => citationCount(site, d.id) === 0),
    isRelated: (id: string) => related.has(id),
    organisation,
    status: (id: string) => documentStatus(site, id),
    count: (id: string) => citationCount(site, id),
    facets,
  };
}

// ---------------------------------------------------------------------------
// Full texts: documents citing a document in their full text; programmes implementing a programme.

export interface CitingDocument {
  document: DocumentDisplay;
  occurrences: TextOccurrence[];
}

/** Documents whose full text cites a document, newest first, each with its places in text order. */
export function citingDocuments(site: SiteContent, documentId: string): CitingDocument[] {
  const groups = new Map<string, TextOccurrence[]>();
  for (const o of site.citations.byDocumentInTexts.get(documentId) ?? []) {
    const list = groups.get(o.citingDocumentId) ?? [];
    groups.set(o.citingDocumentId, list);
    list.push(o);
  }
  return [...groups.entries()]
    .map(([id, occurrences]) => ({ document: documentView(site, id), occurrences }))
    .sort((a, b) => b.document.sortKey.localeCompare(a.document.sortKey) || a.document.id.localeCompare(b.document.id));
}

/** The programme on the site a registry document is (`programme:` in its record). */
export function documentProgramme(site: SiteContent, documentId: string): Programme | undefined {
  const id = site.resolutionById.get(documentId)?.data.programme;
  return id ? site.programmeById.get(id) : undefined;
}

export interface ImplementingView {
  programme: Programme;
  /** The places where it cites this programme (through the registry document that stands for it). */
  occurrences: Occurrence[];
}

/** Programmes implementing a programme: its `parent` children and those citing it; newest first. */
const programmesByParent = new WeakMap<SiteContent, Map<string, { id: string; parent: string }[]>>();

/** Programmes by the programme they name as `parent`, built once per build. */
function childrenOf(site: SiteContent, programmeId: string): { id: string; parent: string }[] {
  let index = programmesByParent.get(site);
  if (!index) {
    index = new Map();
    for (const p of site.programmes) {
      if (!p.data.parent) continue;
      const list = index.get(p.data.parent) ?? [];
      list.push({ id: p.id, parent: p.data.parent });
      index.set(p.data.parent, list);
    }
    programmesByParent.set(site, index);
  }
  return index.get(programmeId) ?? [];
}

export function programmesImplementing(site: SiteContent, programmeId: string): ImplementingView[] {
  const doc = site.documentByProgramme.get(programmeId);
  // Only what can implement this programme: its children and the citations of the document it is.
  // (Every programme and every citation, for every programme page, made 10,000 programmes quadratic.)
  const citations = doc ? (site.citations.byDocument.get(doc.id) ?? []) : [];
  const citing = new Set(citations.map((c) => c.programmeId));
  const found = implementingProgrammes(programmeId, {
    programmes: [
      ...childrenOf(site, programmeId),
      ...[...citing].flatMap((id) => {
        const p = site.programmeById.get(id);
        return p && p.data.parent !== programmeId ? [{ id: p.id, parent: p.data.parent }] : [];
      }),
    ],
    documentIds: doc ? [doc.id] : [],
    citations,
  });
  return found
    .map((f) => {
      const programme = site.programmeById.get(f.id);
      if (!programme) throw new Error(`Không có chương trình "${f.id}"`);
      const occurrences = (site.citations.byProgramme.get(f.id) ?? []).filter((o) => o.documentId === doc?.id);
      return { programme, occurrences };
    })
    .sort((a, b) => compareProgrammes(b.programme, a.programme));
}
