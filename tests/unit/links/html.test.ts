import { describe, expect, it } from 'vitest';
import { decodeEntities, lineAt, pageIds, pageLinks, scanTags, srcsetUrls } from '../../../src/lib/links/html';

describe('scanTags', () => {
  it('reads tags and attributes in any quoting, skipping comments and script text', () => {
    const html = `<!doctype html><!-- <a href="/in-comment/"> --><a href="/a/" id=x class='c'>t</a>
<script>const s = '<a href="/in-script/">';</script><img src=/i.png alt="">`;
    const tags = scanTags(html);
    expect(tags.map((t) => t.name)).toEqual(['a', 'script', 'img']);
    expect(tags[0]?.attrs.get('href')).toBe('/a/');
    expect(tags[0]?.attrs.get('id')).toBe('x');
    expect(tags[0]?.attrs.get('class')).toBe('c');
    expect(tags[2]?.attrs.get('src')).toBe('/i.png');
    expect(lineAt(html, tags[2]?.offset ?? 0)).toBe(2);
  });

  it('decodes character references in attribute values', () => {
    expect(decodeEntities('/a?x=1&amp;y=&#50;&#x33;&quot;')).toBe('/a?x=1&y=23"');
    expect(scanTags('<a href="/t%E1%BB%95?q=a&amp;b">')[0]?.attrs.get('href')).toBe('/t%E1%BB%95?q=a&b');
  });

  it('keeps a ">" inside a quoted attribute', () => {
    expect(scanTags('<a title="a > b" href="/x/">')[0]?.attrs.get('href')).toBe('/x/');
  });
});

describe('pageLinks', () => {
  it('knows which attributes are links and which are resources the browser loads', () => {
    const html = `<link rel="stylesheet" href="/s.css"><link rel="alternate" type="application/atom+xml" href="/feed.xml">
<link rel="icon" href="/favicon.svg"><script type="module" src="/m.js"></script>
<a href="#top">top</a><img src="/a.png" srcset="/a.png 1x, /a@2x.png 2x" alt=""><form action="/tim-kiem/"></form>`;
    const links = pageLinks(scanTags(html)).map((l) => `${l.tag}[${l.attr}]=${l.url}${l.resource ? ' (resource)' : ''}`);
    expect(links).toEqual([
      'link[href]=/s.css (resource)',
      'link[href]=/feed.xml',
      'link[href]=/favicon.svg (resource)',
      'script[src]=/m.js (resource)',
      'a[href]=#top',
      'img[src]=/a.png (resource)',
      'img[srcset]=/a.png (resource)',
      'img[srcset]=/a@2x.png (resource)',
      'form[action]=/tim-kiem/',
    ]);
  });

  it('splits srcset candidates', () => {
    expect(srcsetUrls(' /a.png 480w , /b.png 800w ')).toEqual(['/a.png', '/b.png']);
  });
});

describe('pageIds', () => {
  it('collects ids and the names of <a> anchors', () => {
    expect([...pageIds(scanTags('<h2 id="muc-i">I</h2><a name="cu"></a><p id="muc-i-doan-1">'))]).toEqual(['muc-i', 'cu', 'muc-i-doan-1']);
  });
});
