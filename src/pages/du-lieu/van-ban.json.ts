/** /du-lieu/van-ban.json: every document with its status, relations, full text and original file (schema in README, "Data and feeds", "Documents: status and relations" and "Full texts and original files"). */
import type { APIRoute } from 'astro';
import { getSiteContent } from '../../data/site';
import { allDocumentViews, documentGraph, documentOrganisation, documentView } from '../../data/documents';
import { withDocumentLife, withDocumentTexts } from '../../lib/documents/exports';
import { originalFilePath } from '../../lib/content/full-text';
import { relationsOf } from '../../lib/documents/relations';
import { statusLabels } from '../../lib/i18n/documents';
import { isoDate } from '../../lib/dates';
import { exportDocuments } from '../../lib/citations/exports';
import { dataExport, jsonResponse } from '../../lib/feeds/json-export';
import { DATA_PATHS, absoluteUrl } from '../../lib/feeds/urls';
import { routes } from '../../lib/url';

export const GET: APIRoute = async ({ site }) => {
  const content = await getSiteContent();
  const origin = site ?? 'http://localhost:4321';
  const base = import.meta.env.BASE_URL;
  const urlOf = (id: string) => absoluteUrl(origin, base, routes.document(id));
  const graph = documentGraph(content);
  const life = withDocumentLife(exportDocuments(allDocumentViews(content), content.citations, urlOf), {
    status: (id) => {
      const s = content.resolutionById.get(id)?.data.status ?? { value: 'chua-ro' as const };
      return { value: s.value, label: statusLabels[s.value], date: s.date ? isoDate(s.date) : null, by: s.by ?? null };
    },
    relations: (id) => relationsOf(id, graph.byDocument.get(id) ?? []),
    organisation: (id) => documentOrganisation(content, documentView(content, id))?.name ?? null,
    url: urlOf,
  });
  const items = withDocumentTexts(life, {
    fullText: (id) => content.documentTextById.has(id),
    original: (id) => {
      const original = content.resolutionById.get(id)?.original;
      return original ? { url: absoluteUrl(origin, base, originalFilePath(id, original.format)), format: original.format.label, bytes: original.bytes } : null;
    },
    programmeUrl: (id) => {
      const programme = content.resolutionById.get(id)?.data.programme;
      return programme ? absoluteUrl(origin, base, routes.programme(programme)) : null;
    },
    citedByTexts: (id) => content.citations.byDocumentInTexts.get(id)?.length ?? 0,
  });
  return jsonResponse(dataExport('van-ban', absoluteUrl(origin, base, ''), absoluteUrl(origin, base, DATA_PATHS.documents), items));
};
