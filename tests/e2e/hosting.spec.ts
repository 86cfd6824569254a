/**
 * The static server as deployed (nginx with deploy/nginx.conf, started by
 * playwright.config.ts): security headers, caching, compression, MIME types,
 * the 404 page under the base path, and the feeds and data files with
 * absolute URLs. Header tests are skipped under E2E_SERVER=preview.
 */
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, PROGRAMME_PATH } from './fixtures';
import { SITE_URL, siteOf } from './hosting-site';
import { HEADER_ONLY_DIRECTIVES, SECURITY_HEADERS, contentSecurityPolicy, parsePolicy } from '../../src/lib/hosting/security';

const IMMUTABLE = 'public, max-age=31536000, immutable';

test.describe('nginx', () => {
  test.beforeEach(({}, info) => {
    test.skip(siteOf(info).server !== 'nginx', 'headers are set by nginx, not by astro preview');
  });

  test('pages carry the security headers and are revalidated on every visit', async ({ request }) => {
    for (const path of ['', 'chuong-trinh/', PROGRAMME_PATH]) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(200);
      const h = res.headers();
      expect(h['content-type']).toBe('text/html; charset=utf-8');
      expect(h['content-security-policy']).toBe(contentSecurityPolicy());
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(h[name.toLowerCase()], name).toBe(value);
      expect(h['cache-control']).toBe('no-cache');
      expect(h['server']).toBe('nginx'); // server_tokens off: no version
    }
  });

  test('the policy in the header and in each page’s <meta> agree', async ({ request }) => {
    const html = await (await request.get(PROGRAMME_PATH)).text();
    const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1];
    expect(meta, 'a CSP <meta> in the page').toBeTruthy();
    const fromMeta = parsePolicy(meta ?? '');
    const fromHeader = parsePolicy(contentSecurityPolicy());
    for (const [name, sources] of fromHeader) {
      if (HEADER_ONLY_DIRECTIVES.some((d) => d.startsWith(`${name} `))) {
        expect(fromMeta.has(name), `${name} is header-only`).toBe(false);
        continue;
      }
      // Astro adds hashes of its own (unused) scripts to the <meta>; the header's sources must all be there.
      expect(fromMeta.get(name), name).toEqual(expect.arrayContaining(sources));
      if (name !== 'script-src' && name !== 'style-src') expect(fromMeta.get(name), name).toEqual(sources);
    }
  });

  test('hashed assets are cached for a year, immutable, and text is gzipped', async ({ request }, info) => {
    const site = siteOf(info);
    const assets = readdirSync(join(site.dir, '_astro'));
    expect(assets.some((f) => f.endsWith('.css'))).toBe(true);
    for (const file of assets) {
      const res = await request.get(`_astro/${file}`, { headers: { 'Accept-Encoding': 'gzip' } });
      expect(res.status(), file).toBe(200);
      const h = res.headers();
      expect(h['cache-control'], file).toBe(IMMUTABLE);
      expect(h['content-security-policy'], file).toBe(contentSecurityPolicy());
      if (file.endsWith('.css')) expect(h['content-type']).toBe('text/css; charset=utf-8');
      if (file.endsWith('.js')) expect(h['content-type']).toBe('text/javascript; charset=utf-8');
      // woff2 fonts are compressed already (Brotli inside the format): nginx rightly does not gzip them.
      if (!file.endsWith('.woff2') && Number(h['content-length'] ?? 1000) >= 256) expect(h['content-encoding'], file).toBe('gzip');
      if (file.endsWith('.woff2')) expect(h['content-type'], file).toBe('font/woff2');
    }
    for (const path of ['', 'sitemap.xml', 'chuong-trinh/feed.xml', 'du-lieu/chuong-trinh.json']) {
      const res = await request.get(path, { headers: { 'Accept-Encoding': 'gzip' } });
      expect(res.headers()['content-encoding'], path).toBe('gzip');
      expect(res.headers()['vary'], path).toContain('Accept-Encoding');
    }
  });

  test('Pagefind: hashed index chunks are immutable and binary, its entry files are revalidated', async ({ request }, info) => {
    const dir = join(siteOf(info).dir, 'pagefind');
    expect(existsSync(dir), 'the build has a Pagefind index').toBe(true);
    const files = readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name).slice(dir.length + 1).replaceAll('\\', '/'));
    const hashed = files.filter((f) => /\.pf_(?:meta|index|fragment|filter)$/.test(f));
    expect(hashed.length).toBeGreaterThan(0);
    for (const f of hashed) {
      const res = await request.get(`pagefind/${f}`, { headers: { 'Accept-Encoding': 'gzip' } });
      expect(res.status(), f).toBe(200);
      expect(res.headers()['cache-control'], f).toBe(IMMUTABLE);
      expect(res.headers()['content-type'], f).toBe('application/octet-stream');
      // Already gzip-compressed by Pagefind: not compressed twice.
      expect(res.headers()['content-encoding'], f).toBeUndefined();
    }
    for (const f of files.filter((name) => /^(?:pagefind\.js|pagefind-entry\.json|pagefind-worker\.js|wasm\.[^/]+\.pagefind)$/.test(name))) {
      const res = await request.get(`pagefind/${f}`, { headers: { 'Accept-Encoding': 'gzip' } });
      expect(res.status(), f).toBe(200);
      expect(res.headers()['cache-control'], f).toBe('no-cache');
      if (f.endsWith('.js')) {
        expect(res.headers()['content-type']).toBe('text/javascript; charset=utf-8');
        expect(res.headers()['content-encoding'], f).toBe('gzip');
      }
      if (f.endsWith('.json')) expect(res.headers()['content-type']).toBe('application/json; charset=utf-8');
      if (f.endsWith('.pagefind')) expect(res.headers()['content-type']).toBe('application/octet-stream');
    }
  });

  test('feeds and data files have their media types', async ({ request }) => {
    const types: Record<string, string> = {
      'sitemap.xml': 'application/xml; charset=utf-8',
      'chuong-trinh/feed.xml': 'application/atom+xml; charset=utf-8',
      'du-lieu/chuong-trinh.json': 'application/json; charset=utf-8',
      'favicon.svg': 'image/svg+xml; charset=utf-8',
    };
    for (const [path, type] of Object.entries(types)) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(200);
      expect(res.headers()['content-type'], path).toBe(type);
      expect(res.headers()['cache-control'], path).toBe('no-cache');
    }
  });

  test('an unknown path, also outside the base path, answers 404 with the site’s page and headers', async ({ request, baseURL }, info) => {
    const site = siteOf(info);
    const origin = new URL(baseURL ?? '').origin;
    const paths = [`${origin}${site.base}no-such-page/`, `${origin}${site.base}chuong-trinh/no-such-programme/`];
    if (site.base !== '/') paths.push(`${origin}/`, `${origin}/chuong-trinh/`);
    for (const url of paths) {
      const res = await request.get(url);
      expect(res.status(), url).toBe(404);
      expect(res.headers()['content-type']).toBe('text/html; charset=utf-8');
      expect(res.headers()['content-security-policy']).toBe(contentSecurityPolicy());
      expect(res.headers()['cache-control']).toBe('no-cache');
      const html = await res.text();
      expect(html).toContain('Không tìm thấy trang');
      // Its stylesheet and links carry the base path.
      expect(html).toMatch(new RegExp(`href="${site.base}_astro/[^"]+\\.css"`));
    }
  });

  test('a dot path is never served, even when a file is there', async ({ request }, info) => {
    const site = siteOf(info);
    const secret = join(site.dir, '.e2e-secret');
    writeFileSync(secret, 'SECRET\n');
    try {
      for (const path of ['.e2e-secret', '.git/config', 'chuong-trinh/.env']) {
        const res = await request.get(path);
        expect(res.status(), path).toBe(404);
        expect(await res.text(), path).not.toContain('SECRET');
      }
    } finally {
      rmSync(secret, { force: true });
    }
  });

  test('a folder without index.html answers 404 with the site’s page, not 403', async ({ request }) => {
    const res = await request.get('_astro/');
    expect(res.status()).toBe(404);
    expect(await res.text()).toContain('data-not-found');
  });

  test('an address too long (414) or a bad request (400) gets a short page of ours, with the headers once', async ({ request }) => {
    const long = await request.get(`tim-kiem/?q=${'a'.repeat(20_000)}`);
    expect(long.status()).toBe(414);
    expect(await long.text()).toContain('data-bad-request');
    expect(long.headers()['content-security-policy']).toBe(contentSecurityPolicy());
    const big = await request.get('', { headers: { 'X-Large': 'x'.repeat(12_000) } });
    expect(big.status()).toBe(400);
    expect(await big.text()).toContain('data-bad-request');
  });

  test('a Range request never makes nginx send a security header twice (no 416)', async ({ request }) => {
    for (const range of ['bytes=999999999-', 'bytes=0-10']) {
      const res = await request.get('', { headers: { Range: range } });
      expect(res.status(), range).toBe(200);
      const names = res.headersArray().map((h) => h.name.toLowerCase());
      for (const name of ['content-security-policy', ...Object.keys(SECURITY_HEADERS).map((n) => n.toLowerCase())]) {
        expect(names.filter((n) => n === name), `${range}: ${name}`).toHaveLength(1);
      }
    }
  });

  test('a folder without its trailing slash redirects, keeping host, port and base path', async ({ request }, info) => {
    const site = siteOf(info);
    const res = await request.get('chuong-trinh', { maxRedirects: 0 });
    expect(res.status()).toBe(301);
    expect(res.headers()['location']).toBe(`${site.base}chuong-trinh/`);
  });
});

test.describe('feeds and data', () => {
  /** Path under the test server for an absolute URL of the built site. */
  const served = (url: string, base: string): string => {
    const prefix = `${new URL(SITE_URL).origin}${base}`;
    expect(url.startsWith(prefix), `${url} starts with SITE_URL + base (${prefix})`).toBe(true);
    return url.slice(prefix.length);
  };

  test('sitemap.xml lists every page with absolute URLs that open', async ({ request }, info) => {
    const site = siteOf(info);
    const xml = await (await request.get('sitemap.xml')).text();
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
    expect(locs.length).toBeGreaterThanOrEqual(3);
    for (const loc of locs) {
      const res = await request.get(served(loc, site.base));
      expect(res.status(), loc).toBe(200);
    }
    expect(locs.some((l) => l.includes('404'))).toBe(false);
  });

  test('the Atom feed is linked from every page and its entries open', async ({ page, request }, info) => {
    const site = siteOf(info);
    await page.goto('');
    const link = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
    await expect(link).toHaveAttribute('href', `${site.base}chuong-trinh/feed.xml`);
    const xml = await (await request.get('chuong-trinh/feed.xml')).text();
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    const entries = [...xml.matchAll(/<entry>[\s\S]*?<link rel="alternate" type="text\/html" href="([^"]+)"\/>[\s\S]*?<\/entry>/g)].map((m) => m[1] ?? '');
    expect(entries.length).toBeGreaterThan(0);
    for (const url of entries) expect((await request.get(served(url, site.base))).status(), url).toBe(200);
    expect(xml).toMatch(/<link rel="self" type="application\/atom\+xml" href="[^"]+\/chuong-trinh\/feed\.xml"\/>/);
  });

  test('/du-lieu/chuong-trinh.json describes every programme with absolute URLs', async ({ page, request }, info) => {
    const site = siteOf(info);
    const data = (await (await request.get('du-lieu/chuong-trinh.json')).json()) as {
      schemaVersion: number;
      kind: string;
      site: string;
      count: number;
      items: { id: string; url: string; title: string; sections: { anchor: string; url: string; title: string }[] }[];
    };
    expect(data.schemaVersion).toBe(1);
    expect(data.kind).toBe('chuong-trinh');
    expect(data.site).toBe(`${new URL(SITE_URL).origin}${site.base}`);
    expect(data.count).toBe(data.items.length);
    const seed = data.items.find((p) => p.id === 'tinh-uy-hau-giang/2025-quy-i');
    expect(seed?.title).toBe('Chương trình công tác quý I năm 2025');
    expect(seed?.sections.map((s) => s.anchor)).toContain('muc-ii-1-6');
    const section = seed?.sections.find((s) => s.anchor === 'muc-ii-1-6');
    await page.goto(served(section?.url ?? '', site.base));
    await expect(page.locator('#muc-ii-1-6')).toBeInViewport();
  });
});
