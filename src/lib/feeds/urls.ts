/**
 * Absolute URLs (SITE_URL + base path) for feeds, the sitemap and the data
 * exports, and the paths of those files. Pages link with base-relative paths
 * (src/lib/url.ts); files read by other programs carry absolute URLs.
 */
import { withBase } from '../paths';

/** Where the machine-readable files live, relative to the base path. */
export const FEED_PATHS = {
  /** Atom feed of programmes, newest first. */
  programmesFeed: 'chuong-trinh/feed.xml',
  sitemap: 'sitemap.xml',
} as const;

/**
 * JSON exports under /du-lieu/. Each route in src/pages/du-lieu/ serves one of
 * these with `dataExport()` (./json-export.ts); add new ones here.
 */
export const DATA_PATHS = {
  programmes: 'du-lieu/chuong-trinh.json',
  documents: 'du-lieu/van-ban.json',
  citations: 'du-lieu/trich-dan.json',
  /** The build's citation report (found, resolved, ambiguous, mismatched …). */
  citationReport: 'du-lieu/bao-cao-trich-dan.json',
} as const;

/** `https://intranet.example/van-kien/chuong-trinh/` from site, base and a base-relative path. */
export function absoluteUrl(site: string | URL, base: string, path: string): string {
  return new URL(withBase(base, path), site).href;
}
