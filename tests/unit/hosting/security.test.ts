import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HEADER_ONLY_DIRECTIVES, SECURITY_HEADERS, contentSecurityPolicy, parsePolicy } from '../../../src/lib/hosting/security';
import { inlineCodeProblems } from '../../../src/lib/hosting/inline-code';

const template = readFileSync(new URL('../../../deploy/nginx.conf', import.meta.url), 'utf8');

describe('the Content-Security-Policy', () => {
  it('is strict: no inline code, no eval, nothing from another origin, no framing', () => {
    const policy = parsePolicy(contentSecurityPolicy());
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(contentSecurityPolicy()).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|\*|https?:/);
  });

  it('keeps frame-ancestors out of the <meta> (browsers ignore it there)', () => {
    expect(HEADER_ONLY_DIRECTIVES).toEqual(["frame-ancestors 'none'"]);
  });

  it('is the one deploy/nginx.conf sends, with every other security header', () => {
    expect(template).toContain(`add_header Content-Security-Policy "${contentSecurityPolicy()}" always;`);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(template).toContain(`add_header ${name} "${value}" always;`);
  });
});

describe('inlineCodeProblems', () => {
  it('accepts scripts and styles from files, and JSON data blocks', () => {
    const html = '<link rel="stylesheet" href="/a.css"><script type="module" src="/a.js"></script><script type="application/ld+json">{}</script><meta http-equiv="content-security-policy" content="default-src \'self\'">';
    expect(inlineCodeProblems(html)).toEqual([]);
  });

  it('reports inline scripts, styles, style attributes, event handlers and javascript: URLs', () => {
    const html = '<script>alert(1)</script>\n<style>p{}</style><p style="color:red" onclick="x()"><a href="javascript:void(0)">x</a>';
    expect(inlineCodeProblems(html).map((p) => `${p.line} ${p.message.split(' (')[0]}`)).toEqual([
      '1 inline <script>',
      '2 inline <style>',
      '2 style="…" attribute on <p>',
      '2 onclick="…" event handler on <p>',
      '2 javascript: URL in href on <a>',
    ]);
  });
});
