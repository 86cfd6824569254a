import { describe, expect, it } from 'vitest';
import { checkSite, classify, formatProblems, pageUrlPath, resolveFile, type SiteFiles } from '../../../src/lib/links/check';

const SITE = 'http://localhost:4321';

function site(files: Record<string, string>): SiteFiles {
  return { paths: new Set(Object.keys(files)), read: (p) => files[p] };
}

const page = (body: string, head = ''): string => `<!doctype html><html lang="vi"><head>${head}</head><body>${body}</body></html>`;

describe('resolving URLs like a static server', () => {
  it('maps a page file to its URL path', () => {
    expect(pageUrlPath('/chuong-trinh/index.html')).toBe('/chuong-trinh/');
    expect(pageUrlPath('/404.html')).toBe('/404.html');
  });

  it('resolves folders to index.html, with or without the trailing slash', () => {
    const files = new Set(['/index.html', '/a/index.html', '/_astro/x.css']);
    expect(resolveFile('/', files)).toBe('/index.html');
    expect(resolveFile('/a/', files)).toBe('/a/index.html');
    expect(resolveFile('/a', files)).toBe('/a/index.html');
    expect(resolveFile('/_astro/x.css', files)).toBe('/_astro/x.css');
    expect(resolveFile('/b/', files)).toBeUndefined();
    expect(resolveFile('/_astro/x.css/', files)).toBeUndefined();
  });

  it('classifies relative, absolute, same-origin, external and unsafe URLs', () => {
    expect(classify('../b/#x', '/a/c/index.html', SITE)).toEqual({ kind: 'internal', path: '/a/b/', fragment: 'x' });
    expect(classify('#muc-ii', '/chuong-trinh/p/index.html', SITE)).toEqual({ kind: 'internal', path: '/chuong-trinh/p/', fragment: 'muc-ii' });
    expect(classify(`${SITE}/van-kien/x/`, '/index.html', SITE)).toEqual({ kind: 'internal', path: '/van-kien/x/', fragment: undefined });
    expect(classify('/t%E1%BB%95/?q=1', '/index.html', SITE)).toEqual({ kind: 'internal', path: '/tổ/', fragment: undefined });
    expect(classify('https://example.org/a', '/index.html', SITE)).toEqual({ kind: 'external', url: 'https://example.org/a' });
    expect(classify('//cdn.example.org/a.js', '/index.html', SITE)).toEqual({ kind: 'external', url: 'http://cdn.example.org/a.js' });
    expect(classify('javascript:alert(1)', '/index.html', SITE)).toEqual({ kind: 'unsafe' });
    expect(classify('mailto:a@b.c', '/index.html', SITE)).toEqual({ kind: 'skip' });
    expect(classify('data:image/png;base64,AA', '/index.html', SITE)).toEqual({ kind: 'skip' });
  });
});

describe('checkSite', () => {
  const good = {
    '/index.html': page('<a href="/chuong-trinh/">x</a><a href="/chuong-trinh/#nam-2025">y</a><a href="#noi-dung">z</a><main id="noi-dung"></main>', '<link rel="stylesheet" href="/_astro/a.css">'),
    '/chuong-trinh/index.html': page('<h2 id="nam-2025">2025</h2><a href="../">home</a><a href="p/#muc-i">p</a>'),
    '/chuong-trinh/p/index.html': page('<h2 id="muc-i">I</h2>'),
    '/_astro/a.css': 'body{}',
    '/sitemap.xml': `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>${SITE}/chuong-trinh/</loc></url></urlset>`,
    '/du-lieu/x.json': JSON.stringify({ site: `${SITE}/`, items: [{ url: `${SITE}/chuong-trinh/p/#muc-i` }] }),
  };

  it('passes a site whose links all resolve, and counts what it checked', () => {
    const result = checkSite(site(good), { site: SITE });
    expect(result.problems).toEqual([]);
    expect(result.pages).toBe(3);
    expect(result.dataFiles).toBe(2);
    expect(result.links).toBe(9);
    expect(result.anchors).toBe(4);
  });

  it('reports a missing page, a missing anchor, and an anchor into a file that is not a page', () => {
    const result = checkSite(
      site({ ...good, '/index.html': page('<a href="/khong-co/">a</a><a href="/chuong-trinh/#nam-1999">b</a><a href="/_astro/a.css#x">c</a><a href="#khong">d</a>') }),
      { site: SITE },
    );
    expect(result.problems.map((p) => [p.kind, p.url])).toEqual([
      ['missing-file', '/khong-co/'],
      ['missing-anchor', '/chuong-trinh/#nam-1999'],
      ['anchor-in-non-html', '/_astro/a.css#x'],
      ['missing-anchor', '#khong'],
    ]);
    expect(result.problems[0]?.where).toBe('/index.html:1');
    expect(formatProblems(result.problems)).toContain('✗ /index.html:1  /khong-co/');
  });

  it('reports a link that forgot the base path', () => {
    const base = {
      '/van-kien/index.html': page('<a href="/van-kien/chuong-trinh/">ok</a><a href="/chuong-trinh/">no base</a>'),
      '/van-kien/chuong-trinh/index.html': page(''),
    };
    expect(checkSite(site(base), { site: SITE }).problems.map((p) => p.url)).toEqual(['/chuong-trinh/']);
  });

  it('fails a resource from another origin, warns about a link to one', () => {
    const result = checkSite(
      site({ '/index.html': page('<a href="https://vanban.example.vn/">x</a><script src="https://cdn.example.org/x.js"></script>') }),
      { site: SITE },
    );
    expect(result.problems.map((p) => [p.kind, p.severity])).toEqual([
      ['external-link', 'warning'],
      ['external-resource', 'error'],
    ]);
    expect(checkSite(site({ '/index.html': page('<a href="https://vanban.example.vn/">x</a>') }), { site: SITE, strictExternalLinks: true }).problems[0]?.severity).toBe('error');
  });

  it('reports duplicate ids, javascript: URLs, and broken URLs in feeds and JSON', () => {
    const result = checkSite(
      site({
        '/index.html': page('<h2 id="a">1</h2><h2 id="a">2</h2><a href="javascript:void(0)">x</a>'),
        '/feed.xml': `<feed xmlns="http://www.w3.org/2005/Atom"><link href="${SITE}/khong-co/"/></feed>`,
        '/du-lieu/x.json': JSON.stringify({ items: [{ url: `${SITE}/#khong-co` }] }),
      }),
      { site: SITE },
    );
    expect(result.problems.map((p) => p.kind)).toEqual(['missing-anchor', 'missing-file', 'duplicate-id', 'unsafe-scheme']);
  });
});
