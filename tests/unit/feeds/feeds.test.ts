import { describe, expect, it } from 'vitest';
import { atomXml } from '../../../src/lib/feeds/atom';
import { dataExport } from '../../../src/lib/feeds/json-export';
import { FEED, feedProgrammes, programmeAtomEntry, programmeItem, programmeUpdated } from '../../../src/lib/feeds/programmes';
import { SITEMAP, sitemapChunks, sitemapFiles, sitemapPaths, sitemapXml } from '../../../src/lib/feeds/sitemap';
import { absoluteUrl } from '../../../src/lib/feeds/urls';
import { escapeXml } from '../../../src/lib/feeds/xml';
import { programmeSchema, type Issuer } from '../../../src/lib/schemas';

const issuers = new Map<string, Issuer>([
  ['tinh-uy-hau-giang', { id: 'tinh-uy-hau-giang', name: 'TỈNH ỦY HẬU GIANG', shortName: 'Tỉnh ủy Hậu Giang', code: 'TU', place: 'Hậu Giang' }],
]);

const draft = {
  id: 'tinh-uy-hau-giang/2025-quy-i',
  data: programmeSchema.parse({
    title: 'Chương trình công tác quý I năm 2025',
    subject: 'Công tác quý I năm 2025',
    issuer: 'tinh-uy-hau-giang',
    draftYear: 2024,
    period: { year: 2025, quarter: 1 },
    status: 'du-thao',
    parent: 'tinh-uy-hau-giang/2025',
    source: { description: 'Bản Word' },
  }),
};
const issued = {
  id: 'tinh-uy-hau-giang/2025',
  data: programmeSchema.parse({
    title: 'Chương trình công tác năm 2025',
    subject: 'Công tác năm 2025',
    issuer: 'tinh-uy-hau-giang',
    number: '60',
    date: '2024-12-20',
    period: { year: 2025 },
    status: 'ban-hanh',
    source: { description: 'Bản chính' },
  }),
};

describe('absoluteUrl', () => {
  it('joins SITE_URL, the base path and a path', () => {
    expect(absoluteUrl('https://intranet.example', '/van-kien/', 'chuong-trinh/')).toBe('https://intranet.example/van-kien/chuong-trinh/');
    expect(absoluteUrl(new URL('http://localhost:4321'), '/', '')).toBe('http://localhost:4321/');
  });
});

describe('sitemap', () => {
  it('lists HTML pages only, without the 404 page, home first', () => {
    expect(sitemapPaths(['chuong-trinh/', '', '404/', 'chuong-trinh/feed.xml', 'du-lieu/chuong-trinh.json', 'van-ban/a/', 'chuong-trinh/'])).toEqual([
      '',
      'chuong-trinh/',
      'van-ban/a/',
    ]);
  });

  it('writes escaped absolute URLs', () => {
    const xml = sitemapXml([{ loc: 'https://x.example/a?b=1&c=2', lastmod: '2025-01-01' }]);
    expect(xml).toContain('<loc>https://x.example/a?b=1&amp;c=2</loc><lastmod>2025-01-01</lastmod>');
    expect(xml).toContain('xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"');
  });
});

describe('sitemap split (sitemaps.org: 50,000 URLs, 50 MB per file)', () => {
  const abs = (path: string): string => `https://x.example/van-kien/${path}`;
  const urls = Array.from({ length: 7 }, (_, i) => ({ loc: abs(`p${i}/`) }));

  it('keeps the limits of the protocol', () => {
    expect(SITEMAP).toEqual({ maxUrls: 50_000, maxBytes: 52_428_800 });
  });

  it('writes one sitemap.xml while the URLs fit', () => {
    const files = sitemapFiles(urls, abs, { maxUrls: 7, maxBytes: SITEMAP.maxBytes });
    expect(files.map((f) => f.path)).toEqual(['sitemap.xml']);
    expect(files[0]?.xml).toBe(sitemapXml(urls));
  });

  it('past the limit, splits the URLs and makes sitemap.xml their index', () => {
    const files = sitemapFiles(urls, abs, { maxUrls: 3, maxBytes: SITEMAP.maxBytes });
    expect(files.map((f) => f.path)).toEqual(['sitemap.xml', 'sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml']);
    const index = files[0]?.xml ?? '';
    expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(index).not.toContain('<urlset');
    expect([...index.matchAll(/<sitemap><loc>([^<]+)<\/loc><\/sitemap>/g)].map((m) => m[1])).toEqual([
      'https://x.example/van-kien/sitemap-1.xml',
      'https://x.example/van-kien/sitemap-2.xml',
      'https://x.example/van-kien/sitemap-3.xml',
    ]);
    // every URL once, in order, none over the limit
    const locs = files.slice(1).map((f) => [...f.xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]));
    expect(locs.map((l) => l.length)).toEqual([3, 3, 1]);
    expect(locs.flat()).toEqual(urls.map((u) => u.loc));
    for (const f of files.slice(1)) expect(f.xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
  });

  it('splits by size too: no file over maxBytes', () => {
    const one = new TextEncoder().encode(sitemapXml(urls.slice(0, 1))).length;
    const maxBytes = one + 80; // room for one more line of these, not two
    const chunks = sitemapChunks(urls, { maxUrls: SITEMAP.maxUrls, maxBytes });
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) expect(new TextEncoder().encode(sitemapXml(chunk)).length).toBeLessThanOrEqual(maxBytes);
    expect(chunks.flat()).toEqual(urls);
  });
});

describe('programme records', () => {
  it('describe a programme with absolute URLs and its numbered sections', () => {
    const item = programmeItem(
      { ...draft, headings: [{ depth: 1, slug: 'x', text: 'title' }, { depth: 2, slug: 'muc-i', text: 'I. Các  nhiệm vụ' }] },
      issuers,
      'https://intranet.example',
      '/van-kien/',
    );
    expect(item).toMatchObject({
      id: 'tinh-uy-hau-giang/2025-quy-i',
      url: 'https://intranet.example/van-kien/chuong-trinh/tinh-uy-hau-giang/2025-quy-i/',
      issuer: { id: 'tinh-uy-hau-giang', name: 'TỈNH ỦY HẬU GIANG', shortName: 'Tỉnh ủy Hậu Giang' },
      symbol: null,
      date: null,
      draftYear: 2024,
      period: { year: 2025, quarter: 1, label: 'Quý I năm 2025' },
      status: 'du-thao',
      statusLabel: 'Dự thảo',
      parent: { id: 'tinh-uy-hau-giang/2025', url: 'https://intranet.example/van-kien/chuong-trinh/tinh-uy-hau-giang/2025/' },
    });
    expect(item.sections).toEqual([
      { anchor: 'muc-i', depth: 2, title: 'I. Các nhiệm vụ', url: 'https://intranet.example/van-kien/chuong-trinh/tinh-uy-hau-giang/2025-quy-i/#muc-i' },
    ]);
    const issuedItem = programmeItem({ ...issued, headings: [] }, issuers, 'https://intranet.example', '/');
    expect(issuedItem).toMatchObject({ symbol: '60-CTr/TU', number: '60', date: '2024-12-20', period: { quarter: null }, parent: null });
  });

  it('date feed entries by issue, or for a draft by the year in its date line (never the build time)', () => {
    expect(programmeUpdated(issued).toISOString()).toBe('2024-12-20T00:00:00.000Z');
    expect(programmeUpdated(draft).toISOString()).toBe('2024-01-01T00:00:00.000Z');
  });

  it('make a valid Atom feed', () => {
    const entries = [issued, draft].map((p) => programmeAtomEntry(p, issuers, 'http://h.example', '/'));
    const xml = atomXml({
      id: 'http://h.example/chuong-trinh/feed.xml',
      title: 'A & B',
      selfUrl: 'http://h.example/chuong-trinh/feed.xml',
      alternateUrl: 'http://h.example/chuong-trinh/',
      author: 'Site',
      entries,
      fallbackUpdated: new Date(0),
      lang: 'vi',
    });
    expect(xml).toContain('<title>A &amp; B</title>');
    expect(xml).toContain('<updated>2024-12-20T00:00:00Z</updated>');
    expect(xml).toContain('<link rel="alternate" type="text/html" href="http://h.example/chuong-trinh/tinh-uy-hau-giang/2025/"/>');
    expect(xml).toContain('<published>2024-12-20T00:00:00Z</published>');
    expect(xml).toContain('<category term="du-thao" label="Dự thảo"/>');
    expect(xml.match(/<entry>/g)).toHaveLength(2);
  });
});

describe('feed length', () => {
  const many = Array.from({ length: FEED.maxEntries + 7 }, (_, i) => ({
    id: `tinh-uy-hau-giang/p${i}`,
    data: { ...issued.data, period: { year: 2000 + Math.floor(i / 4), quarter: (i % 4) + 1 } },
  }));

  it('lists only the newest FEED.maxEntries programmes, newest first', () => {
    expect(FEED.maxEntries).toBe(50);
    const listed = feedProgrammes(many);
    expect(listed).toHaveLength(FEED.maxEntries);
    const newest = [...many].sort((a, b) => b.data.period.year - a.data.period.year || (b.data.period.quarter ?? 0) - (a.data.period.quarter ?? 0));
    expect(new Set(listed.map((p) => p.id))).toEqual(new Set(newest.slice(0, FEED.maxEntries).map((p) => p.id)));
    expect(listed[0]?.data.period).toEqual({ year: 2000 + Math.floor((many.length - 1) / 4), quarter: ((many.length - 1) % 4) + 1 });
  });

  it('lists everything when there are fewer', () => {
    expect(feedProgrammes([draft, issued]).map((p) => p.id)).toEqual(['tinh-uy-hau-giang/2025-quy-i', 'tinh-uy-hau-giang/2025']);
    expect(feedProgrammes(many, 3)).toHaveLength(3);
  });
});

describe('dataExport', () => {
  it('wraps items in the shared envelope', () => {
    expect(dataExport('chuong-trinh', 'http://h/', 'http://h/du-lieu/chuong-trinh.json', [1, 2])).toEqual({
      schemaVersion: 1,
      kind: 'chuong-trinh',
      site: 'http://h/',
      self: 'http://h/du-lieu/chuong-trinh.json',
      count: 2,
      items: [1, 2],
    });
  });

  it('escapes XML', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});
