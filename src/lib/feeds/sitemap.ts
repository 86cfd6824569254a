/**
 * sitemap.xml (https://www.sitemaps.org/protocol.html) from the pages a build
 * wrote. Used by src/integrations/sitemap.ts after the build, so that every
 * page there is (programmes, documents, search …) is listed without a list to
 * keep up to date. Past SITEMAP.maxUrls URLs (or SITEMAP.maxBytes) the URLs
 * are split over sitemap-1.xml, sitemap-2.xml … and sitemap.xml becomes the
 * sitemap index that lists them, so robots.txt and readers keep one address.
 */
import { escapeXml } from './xml';
import { routes } from '../paths';

/**
 * Limits of one sitemap file, from sitemaps.org: at most 50,000 URLs and
 * 50 MB (52,428,800 bytes) uncompressed. Tests inject smaller ones.
 */
export const SITEMAP = {
  maxUrls: 50_000,
  maxBytes: 50 * 1024 * 1024,
} as const;

export interface SitemapLimits {
  maxUrls: number;
  maxBytes: number;
}

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
  return `${URLSET_OPEN}${urls.map(urlLine).join('\n')}${URLSET_CLOSE}`;
}

const utf8Length = (text: string): number => new TextEncoder().encode(text).length;

const URLSET_OPEN = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n';
const URLSET_CLOSE = '\n</urlset>\n';

function urlLine(u: SitemapUrl): string {
  return `  <url><loc>${escapeXml(u.loc)}</loc>${u.lastmod ? `<lastmod>${u.lastmod}</lastmod>` : ''}</url>`;
}

/** The URLs cut into runs that each make a sitemap within `limits` (in order; at least one run). */
export function sitemapChunks(urls: readonly SitemapUrl[], limits: SitemapLimits = SITEMAP): SitemapUrl[][] {
  const frame = utf8Length(URLSET_OPEN + URLSET_CLOSE);
  const chunks: SitemapUrl[][] = [[]];
  let bytes = frame;
  for (const u of urls) {
    const size = utf8Length(urlLine(u)) + 1;
    const current = chunks[chunks.length - 1]!;
    if (current.length > 0 && (current.length >= limits.maxUrls || bytes + size > limits.maxBytes)) {
      chunks.push([u]);
      bytes = frame + size;
    } else {
      current.push(u);
      bytes += size;
    }
  }
  return chunks;
}

export function sitemapIndexXml(locs: readonly string[]): string {
  const body = locs.map((loc) => `  <sitemap><loc>${escapeXml(loc)}</loc></sitemap>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</sitemapindex>\n`;
}

/** Path of the n-th sitemap (1-based) when the URLs are split: sitemap-1.xml … */
export function sitemapPartPath(n: number): string {
  return `sitemap-${n}.xml`;
}

export interface SitemapFile {
  /** Relative to the base path. */
  path: string;
  xml: string;
}

/**
 * The files to write: `sitemap.xml` alone while the URLs fit one sitemap;
 * otherwise `sitemap-1.xml` … `sitemap-N.xml` and `sitemap.xml` as their
 * index. `absolute` turns a base-relative path into the URL the index lists.
 */
export function sitemapFiles(
  urls: readonly SitemapUrl[],
  absolute: (path: string) => string,
  limits: SitemapLimits = SITEMAP,
  indexPath = 'sitemap.xml',
): SitemapFile[] {
  const chunks = sitemapChunks(urls, limits);
  if (chunks.length === 1) return [{ path: indexPath, xml: sitemapXml(urls) }];
  const parts = chunks.map((chunk, i) => ({ path: sitemapPartPath(i + 1), xml: sitemapXml(chunk) }));
  return [{ path: indexPath, xml: sitemapIndexXml(parts.map((p) => absolute(p.path))) }, ...parts];
}
