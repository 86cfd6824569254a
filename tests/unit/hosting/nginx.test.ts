import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { regexEscape, renderSiteConfig, renderStandaloneConfig } from '../../../src/lib/hosting/nginx';

const template = readFileSync(new URL('../../../deploy/nginx.conf', import.meta.url), 'utf8');
const NGINX = ['/usr/sbin/nginx', '/usr/local/sbin/nginx'].find((p) => existsSync(p));

describe('renderSiteConfig', () => {
  const atRoot = renderSiteConfig(template, { listen: '80', serverName: '_', root: '/srv/www/', base: '/' });
  const underBase = renderSiteConfig(template, { listen: '127.0.0.1:8080', serverName: 'intranet.example', root: '/srv/www', base: 'van-kien' });

  it('fills every placeholder and replaces the how-to comment with a short header', () => {
    for (const text of [atRoot, underBase]) {
      expect(text).not.toMatch(/\{\{[A-Z_]+\}\}/);
      expect(text.startsWith('# Generated from deploy/nginx.conf')).toBe(true);
    }
    expect(underBase).toContain('listen 127.0.0.1:8080;');
    expect(underBase).toContain('server_name intranet.example;');
    expect(underBase).toContain('root /srv/www;');
    expect(atRoot).toContain('root /srv/www;');
  });

  it('puts the base path in locations, the 404 page and the cache rules', () => {
    expect(underBase).toContain('location /van-kien/ {');
    expect(underBase).toContain('error_page 404 /van-kien/404.html;');
    expect(underBase).toContain('"~^/van-kien/_astro/"');
    expect(underBase).toContain('location = /van-kien/chuong-trinh/feed.xml {');
    expect(atRoot).toContain('error_page 404 /404.html;');
    expect(atRoot).toContain('"~^/_astro/"');
  });

  it('answers 404 outside the base path, and has a single `location /` at the root', () => {
    expect(underBase).toMatch(/location \/ \{\s+return 404;/);
    expect(atRoot.match(/location \/ \{/g)).toHaveLength(1);
    // At the root, `location /` serves the site (the only `return 404` is the dot-path rule).
    expect(atRoot).not.toMatch(/location \/ \{\s+return 404;/);
    expect(atRoot.match(/return 404;/g)).toHaveLength(1);
    expect(atRoot).not.toContain('@outside-base');
  });

  it('never serves a dot path, and answers 403 with the 404 page and 400/414 with a page of ours', () => {
    for (const config of [atRoot, underBase]) {
      expect(config).toMatch(/location ~ \/\\\. \{\s+return 404;\s+\}/);
      expect(config).toMatch(/error_page 403 =404 \/(?:van-kien\/)?404\.html;/);
      expect(config).toMatch(/error_page 400 414 \/(?:van-kien\/)?loi-yeu-cau\/index\.html;/);
    }
  });

  it('escapes the base path in regular expressions', () => {
    expect(regexEscape('/v1.2/')).toBe('/v1\\.2/');
    expect(renderSiteConfig(template, { listen: '80', serverName: '_', root: '/srv', base: '/v1.2/' })).toContain('"~^/v1\\.2/_astro/"');
  });

  it('refuses values that would break the configuration', () => {
    expect(() => renderSiteConfig(template, { listen: '80; evil', serverName: '_', root: '/srv', base: '/' })).toThrow(/listen/);
    expect(() => renderSiteConfig(template, { listen: '80', serverName: '_', root: 'relative', base: '/' })).toThrow(/root/);
    expect(() => renderSiteConfig(template, { listen: '80', serverName: '_', root: '/srv', base: '/a b/' })).toThrow(/BASE_PATH/);
  });

  it('serves Pagefind and WebAssembly files with their MIME types, and compresses only what is not compressed yet', () => {
    expect(template).toMatch(/application\/wasm\s+wasm;/);
    expect(template).toMatch(/application\/octet-stream\s+pf_meta pf_index pf_fragment pf_filter pagefind;/);
    const gzipTypes = /gzip_types ([^;]+);/.exec(template)?.[1]?.split(/\s+/) ?? [];
    expect(gzipTypes).toEqual(expect.arrayContaining(['text/css', 'text/javascript', 'application/json', 'image/svg+xml', 'application/xml', 'application/atom+xml']));
    expect(gzipTypes).not.toContain('application/octet-stream');
  });

  it('serves the original files of documents (/ban-goc/<id>.pdf|.docx) with their MIME types', () => {
    expect(template).toMatch(/application\/pdf\s+pdf;/);
    expect(template).toMatch(/application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document\s+docx;/);
  });

  it('caches hashed files for a year and everything else with revalidation', () => {
    expect(template).toMatch(/default\s+"no-cache";/);
    expect(template.match(/"public, max-age=31536000, immutable"/g)).toHaveLength(3);
    // Headers are set at server level only: an add_header in a location would drop the others.
    const locations = template.split(/\n\s*location /).slice(1);
    for (const block of locations) expect(block.split(/\n\s*location /)[0]).not.toContain('add_header');
  });
});

describe.skipIf(!NGINX)('nginx accepts the rendered configuration', () => {
  const dir = mkdtempSync(join(tmpdir(), 'van-kien-nginx-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  for (const base of ['/', '/van-kien/']) {
    it(`base path ${base}`, () => {
      const site = renderSiteConfig(template, { listen: '127.0.0.1:8080', serverName: '_', root: dir, base });
      const conf = join(dir, `nginx-${base === '/' ? 'root' : 'base'}.conf`);
      writeFileSync(conf, renderStandaloneConfig(site, { prefix: dir, asRoot: process.getuid?.() === 0 }));
      const result = spawnSync(NGINX ?? 'nginx', ['-t', '-q', '-p', dir, '-e', 'stderr', '-c', conf], { encoding: 'utf8' });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
    });
  }
});
