/** /du-lieu/trich-dan.json: the citation graph, one item per citation (schema in README, "Data and feeds"). */
import type { APIRoute } from 'astro';
import { getSiteContent } from '../../data/site';
import { exportCitationGraph } from '../../lib/citations/exports';
import { dataExport, jsonResponse } from '../../lib/feeds/json-export';
import { DATA_PATHS, absoluteUrl } from '../../lib/feeds/urls';
import { routes } from '../../lib/url';

export const GET: APIRoute = async ({ site }) => {
  const content = await getSiteContent();
  const origin = site ?? 'http://localhost:4321';
  const base = import.meta.env.BASE_URL;
  const items = exportCitationGraph(
    content.citations,
    (id) => absoluteUrl(origin, base, routes.programme(id)),
    (id) => absoluteUrl(origin, base, routes.document(id)),
  );
  return jsonResponse(dataExport('trich-dan', absoluteUrl(origin, base, ''), absoluteUrl(origin, base, DATA_PATHS.citations), items));
};
