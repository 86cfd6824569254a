/**
 * /du-lieu/bao-cao-trich-dan.json: the build's citation report (schema in
 * README, "Data and feeds"). `src/integrations/citation-report.ts` prints it
 * after the build and enforces strict mode.
 */
import type { APIRoute } from 'astro';
import { getSiteContent } from '../../data/site';
import { citationReport } from '../../lib/citations/citation-index';
import { jsonResponse } from '../../lib/feeds/json-export';

export const GET: APIRoute = async () => jsonResponse(citationReport((await getSiteContent()).citations));
