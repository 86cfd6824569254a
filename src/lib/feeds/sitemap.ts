/**
 * sitemap.xml (https://www.sitemaps.org/protocol.html) from the pages a build
 * wrote. Used by src/integrations/sitemap.ts after the build, so that every
 * page there is (programmes, documents, search …) is listed without a list to
 * keep up to date.
 */
import { escapeXml } from './xml';
import { routes } from '../paths';

export interface SitemapUrl {
  loc: string;
  /** YYYY-MM-DD */
  lastmod?: string;
}

/**
 * The pages of a build worth listing: HTML pages only (paths that end with a
 * slash or are empty), without the error pages (404, and the 400/414 page);
 * sorted, without duplicates.
 * `pathname`s are as Astro reports them: relative to the base path.
 */
export function sitemapPaths(pathnames: readonly string[]): string[] {
  const paths = new Set<string>();
  for (const raw of pathnames) {
    const p = raw.replace(/^\/+/, '');
    if (p !== '' && !p.endsWith('/')) continue; // endpoints: feed.xml, *.json …
    if (/^404\/?$/.test(p) || /^500\/?$/.test(p) || p === routes.badRequest()) continue;
    paths.add(p);
  }
  return [...paths].sort((a, b) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b)));
}

export function sitemapXml(urls: readonly SitemapUrl[]): string {
  const body = urls
    .map((u) => `  <url><loc>${escapeXml(u.loc)}</loc>${u.lastmod ? `<lastmod>${u.lastmod}</lastmod>` : ''}</url>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
}
