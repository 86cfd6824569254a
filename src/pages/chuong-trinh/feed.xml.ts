/** Atom feed of programmes, the newest FEED.maxEntries first: /chuong-trinh/feed.xml (linked from every page's head). */
import type { APIRoute } from 'astro';
import { getSiteContent } from '../../data/site';
import { atomXml } from '../../lib/feeds/atom';
import { feedProgrammes, programmeAtomEntry } from '../../lib/feeds/programmes';
import { FEED_PATHS, absoluteUrl } from '../../lib/feeds/urls';
import { xmlResponse } from '../../lib/feeds/xml';
import { routes } from '../../lib/paths';
import { SITE_NAME } from '../../lib/feeds/site';
import { vi } from '../../lib/i18n/vi';

export const GET: APIRoute = async ({ site }) => {
  const content = await getSiteContent();
  const origin = site ?? 'http://localhost:4321';
  const base = import.meta.env.BASE_URL;
  const body = atomXml({
    id: absoluteUrl(origin, base, FEED_PATHS.programmesFeed),
    title: vi.feed.title(SITE_NAME),
    subtitle: vi.feed.subtitle,
    selfUrl: absoluteUrl(origin, base, FEED_PATHS.programmesFeed),
    alternateUrl: absoluteUrl(origin, base, routes.programmes()),
    author: SITE_NAME,
    lang: 'vi',
    entries: feedProgrammes(content.programmes).map((p) => programmeAtomEntry(p, content.issuers, origin, base)),
    fallbackUpdated: new Date(Date.UTC(2025, 0, 1)),
  });
  return xmlResponse(body, 'application/atom+xml');
};
