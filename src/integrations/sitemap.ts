/**
 * Writes sitemap.xml into the build output after every page is built, from
 * the list of pages Astro reports, so any page added later (documents, search)
 * is listed without changes here. URLs are absolute: SITE_URL + base path.
 */
import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { sitemapPaths, sitemapXml } from '../lib/feeds/sitemap';
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
        await writeFile(new URL(FEED_PATHS.sitemap, dir), sitemapXml(urls), 'utf8');
        logger.info(`${FEED_PATHS.sitemap}: ${urls.length} trang`);
      },
    },
  };
}
