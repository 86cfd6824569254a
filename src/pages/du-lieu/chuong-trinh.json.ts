/**
 * /du-lieu/chuong-trinh.json: every programme with its metadata and numbered
 * sections (schema in README, "Data and feeds"). Other exports sit next to
 * this file and use the same envelope (src/lib/feeds/json-export.ts).
 */
import type { APIRoute } from 'astro';
import { render } from 'astro:content';
import { getSiteContent } from '../../data/site';
import { dataExport, jsonResponse } from '../../lib/feeds/json-export';
import { programmeItems } from '../../lib/feeds/programmes';
import { DATA_PATHS, absoluteUrl } from '../../lib/feeds/urls';

export const GET: APIRoute = async ({ site }) => {
  const content = await getSiteContent();
  const origin = site ?? 'http://localhost:4321';
  const base = import.meta.env.BASE_URL;
  const withHeadings = await Promise.all(
    content.programmes.map(async (p) => ({ id: p.id, data: p.data, headings: (await render(p)).headings })),
  );
  const items = programmeItems(withHeadings, content.issuers, origin, base);
  return jsonResponse(dataExport('chuong-trinh', absoluteUrl(origin, base, ''), absoluteUrl(origin, base, DATA_PATHS.programmes), items));
};
