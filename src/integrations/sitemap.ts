/**
 * Writes sitemap.xml into the build output after every page is built, from
 * the list of pages Astro reports, so any page added later (documents, search)
 * is listed without changes here. URLs are absolute: SITE_URL + base path.
 * Past SITEMAP.maxUrls URLs (sitemaps.org's 50,000) or SITEMAP.maxBytes, the
 * URLs go to sitemap-1.xml, sitemap-2.xml … and sitemap.xml is their index
 * (src/lib/feeds/sitemap.ts).
 */
import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { sitemapFiles, sitemapPaths } from '../lib/feeds/sitemap';
import { FEED_PATHS, absoluteUrl } from '../lib/feeds/urls';

export default function sitemap(): AstroIntegration {
  let site = 'http://localhost:4321';
  let base = '/';
  return {
    name: 'van-kien:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.site) site = config.site;
        base = config.base;
      },
      'astro:build:done': async ({ pages, dir, logger }) => {
        const urls = sitemapPaths(pages.map((p) => p.pathname)).map((path) => ({ loc: absoluteUrl(site, base, path) }));
        const files = sitemapFiles(urls, (path) => absoluteUrl(site, base, path), undefined, FEED_PATHS.sitemap);
        for (const file of files) await writeFile(new URL(file.path, dir), file.xml, 'utf8');
        logger.info(
          files.length === 1
            ? `${FEED_PATHS.sitemap}: ${urls.length} trang`
            : `${FEED_PATHS.sitemap}: chỉ mục của ${files.length - 1} tệp sitemap, ${urls.length} trang`,
        );
      },
    },
  };
}
