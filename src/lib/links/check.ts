/**
 * Link checker over a built site: every internal href/src, and every
 * `#anchor`, must resolve to a file of the build and an id in it, the way a
 * static server resolves them (`/a/b/` → `a/b/index.html`; `/a/b` → the file
 * `a/b`, or the folder `a/b/` when it has an index.html).
 *
 * The site is given as the server's document root: for a build under a base
 * path, the folder that contains the base folder (dist-base/ holding
 * van-kien/), so that a link that forgot the base path is reported.
 * Besides HTML pages it reads sitemap/feed XML (`<loc>`, `href="…"`) and
 * JSON exports: absolute URLs on the site's own origin are checked too.
 *
 * Pure: the files come in through `SiteFiles`; scripts/check-links.ts reads
 * a folder from disk. No import from Astro or Node.
 */
import { lineAt, pageIds, pageLinks, scanTags } from './html.ts';

export interface SiteFiles {
  /** Every file, as a server path: "/van-kien/chuong-trinh/index.html". */
  paths: ReadonlySet<string>;
  /** Text of an HTML, XML or JSON file; undefined when it does not exist. */
  read(path: string): string | undefined;
}

export type ProblemKind =
  | 'missing-file'
  | 'missing-anchor'
  | 'anchor-in-non-html'
  | 'external-resource'
  | 'external-link'
  | 'unsafe-scheme'
  | 'duplicate-id';

export interface LinkProblem {
  /** The page or file with the link, with its line: "/index.html:12". */
  where: string;
  url: string;
  kind: ProblemKind;
  severity: 'error' | 'warning';
  message: string;
}

export interface CheckOptions {
  /** The site's origin (SITE_URL): absolute URLs on it are internal. */
  site: string;
  /** Report links to other origins as errors instead of warnings. */
  strictExternalLinks?: boolean;
}

export interface CheckResult {
  /** HTML pages read. */
  pages: number;
  /** Other files read for URLs (XML, JSON). */
  dataFiles: number;
  /** Internal URLs checked (files and anchors). */
  links: number;
  /** Of those, with a #fragment. */
  anchors: number;
  /** Links to other origins, not followed. */
  external: number;
  problems: LinkProblem[];
}

/** A URL a page refers to, once classified. */
type Target =
  | { kind: 'internal'; path: string; fragment: string | undefined }
  | { kind: 'external'; url: string }
  | { kind: 'skip' }
  | { kind: 'unsafe' };

/** The server path a file path is served at: "/a/index.html" → "/a/". */
export function pageUrlPath(filePath: string): string {
  return filePath.endsWith('/index.html') ? filePath.slice(0, -'index.html'.length) : filePath;
}

export function classify(raw: string, pagePath: string, siteOrigin: string): Target {
  const url = raw.trim();
  if (url === '') return { kind: 'skip' };
  if (/^(?:javascript|vbscript):/i.test(url)) return { kind: 'unsafe' };
  if (/^(?:mailto|tel|sms|data|blob|about):/i.test(url)) return { kind: 'skip' };
  let resolved: URL;
  try {
    resolved = new URL(url, new URL(pageUrlPath(pagePath), siteOrigin));
  } catch {
    return { kind: 'external', url };
  }
  if (resolved.origin !== new URL(siteOrigin).origin) {
    return /^https?:$/.test(resolved.protocol) ? { kind: 'external', url: resolved.href } : { kind: 'skip' };
  }
  let path: string;
  try {
    path = decodeURIComponent(resolved.pathname);
  } catch {
    path = resolved.pathname;
  }
  const fragment = resolved.hash ? decodeFragment(resolved.hash.slice(1)) : undefined;
  return { kind: 'internal', path, fragment };
}

function decodeFragment(f: string): string {
  try {
    return decodeURIComponent(f);
  } catch {
    return f;
  }
}

/** The file a server path resolves to, as nginx's `try_files $uri $uri/` would. */
export function resolveFile(path: string, files: ReadonlySet<string>): string | undefined {
  if (path.endsWith('/')) return files.has(`${path}index.html`) ? `${path}index.html` : undefined;
  if (files.has(path)) return path;
  if (files.has(`${path}/index.html`)) return `${path}/index.html`;
  return undefined;
}

/** Absolute URLs on the site's origin inside a JSON value (any depth). */
function jsonUrls(value: unknown, origin: string, out: string[]): void {
  if (typeof value === 'string') {
    if (value.startsWith(`${origin}/`)) out.push(value);
  } else if (Array.isArray(value)) {
    for (const v of value) jsonUrls(v, origin, out);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) jsonUrls(v, origin, out);
  }
}

/** URLs in an XML file: `<loc>` (sitemap) and `href="…"` (Atom links). */
function xmlUrls(text: string): { url: string; offset: number }[] {
  const out: { url: string; offset: number }[] = [];
  for (const m of text.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>|\shref="([^"]+)"/g)) {
    const url = (m[1] ?? m[2] ?? '').replaceAll('&amp;', '&');
    if (url) out.push({ url, offset: m.index ?? 0 });
  }
  return out;
}

export function checkSite(files: SiteFiles, options: CheckOptions): CheckResult {
  const origin = new URL(options.site).origin;
  const idCache = new Map<string, Set<string>>();
  const problems: LinkProblem[] = [];
  const result: CheckResult = { pages: 0, dataFiles: 0, links: 0, anchors: 0, external: 0, problems };

  const idsOf = (file: string): Set<string> => {
    let ids = idCache.get(file);
    if (!ids) {
      ids = pageIds(scanTags(files.read(file) ?? ''));
      idCache.set(file, ids);
    }
    return ids;
  };

  const checkUrl = (raw: string, from: string, where: string, resource: boolean): void => {
    const target = classify(raw, from, origin);
    if (target.kind === 'skip') return;
    if (target.kind === 'unsafe') {
      problems.push({ where, url: raw, kind: 'unsafe-scheme', severity: 'error', message: 'javascript: URLs are blocked by the CSP' });
      return;
    }
    if (target.kind === 'external') {
      result.external += 1;
      if (resource) {
        problems.push({ where, url: raw, kind: 'external-resource', severity: 'error', message: 'loads a resource from another origin (the intranet has no internet)' });
      } else {
        problems.push({
          where,
          url: raw,
          kind: 'external-link',
          severity: options.strictExternalLinks ? 'error' : 'warning',
          message: 'links to another origin, which intranet readers may not reach',
        });
      }
      return;
    }
    result.links += 1;
    const file = resolveFile(target.path, files.paths);
    if (!file) {
      problems.push({ where, url: raw, kind: 'missing-file', severity: 'error', message: `no file for ${target.path}` });
      return;
    }
    if (target.fragment === undefined || target.fragment === '' || target.fragment.startsWith(':~:')) return;
    result.anchors += 1;
    if (!file.endsWith('.html')) {
      problems.push({ where, url: raw, kind: 'anchor-in-non-html', severity: 'error', message: `#${target.fragment} points into ${file}, which is not a page` });
      return;
    }
    if (!idsOf(file).has(target.fragment)) {
      problems.push({ where, url: raw, kind: 'missing-anchor', severity: 'error', message: `no id="${target.fragment}" in ${file}` });
    }
  };

  for (const path of [...files.paths].sort()) {
    if (path.endsWith('.html')) {
      const html = files.read(path);
      if (html === undefined) continue;
      result.pages += 1;
      const tags = scanTags(html);
      const seen = new Set<string>();
      for (const tag of tags) {
        const id = tag.attrs.get('id');
        if (id === undefined) continue;
        if (seen.has(id)) {
          problems.push({ where: `${path}:${lineAt(html, tag.offset)}`, url: `#${id}`, kind: 'duplicate-id', severity: 'error', message: `id="${id}" is used twice` });
        }
        seen.add(id);
      }
      idCache.set(path, seen);
      for (const link of pageLinks(tags)) checkUrl(link.url, path, `${path}:${lineAt(html, link.offset)}`, link.resource);
    } else if (path.endsWith('.xml')) {
      const text = files.read(path);
      if (text === undefined) continue;
      result.dataFiles += 1;
      for (const { url, offset } of xmlUrls(text)) {
        // Namespaces and schemas are identifiers, not links.
        if (/^https?:\/\/www\.(?:w3|sitemaps)\.org\//.test(url)) continue;
        checkUrl(url, path, `${path}:${lineAt(text, offset)}`, false);
      }
    } else if (path.endsWith('.json') && !path.includes('/pagefind/')) {
      const text = files.read(path);
      if (text === undefined) continue;
      result.dataFiles += 1;
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch {
        problems.push({ where: path, url: '', kind: 'missing-file', severity: 'error', message: 'not valid JSON' });
        continue;
      }
      const urls: string[] = [];
      jsonUrls(data, origin, urls);
      for (const url of urls) checkUrl(url, path, path, false);
    }
  }
  return result;
}

/** One line per problem, errors first. */
export function formatProblems(problems: readonly LinkProblem[]): string {
  return [...problems]
    .sort((a, b) => (a.severity === b.severity ? a.where.localeCompare(b.where) : a.severity === 'error' ? -1 : 1))
    .map((p) => `${p.severity === 'error' ? '✗' : '!'} ${p.where}  ${p.url}  — ${p.message}`)
    .join('\n');
}
