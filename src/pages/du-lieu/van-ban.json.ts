/** /du-lieu/van-ban.json: every cited document (schema in README, "Data and feeds"). */
import type { APIRoute } from 'astro';
import { getSiteContent } from '../../data/site';
import { allDocumentViews } from '../../data/documents';
import { exportDocuments } from '../../lib/citations/exports';
import { dataExport, jsonResponse } from '../../lib/feeds/json-export';
import { DATA_PATHS, absoluteUrl } from '../../lib/feeds/urls';
import { routes } from '../../lib/url';

export const GET: APIRoute = async ({ site }) => {
  const content = await getSiteContent();
  const origin = site ?? 'http://localhost:4321';
  const base = import.meta.env.BASE_URL;
  const items = exportDocuments(allDocumentViews(content), content.citations, (id) => absoluteUrl(origin, base, routes.document(id)));
  return jsonResponse(dataExport('van-ban', absoluteUrl(origin, base, ''), absoluteUrl(origin, base, DATA_PATHS.documents), items));
};
