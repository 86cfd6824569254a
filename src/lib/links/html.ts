/**
 * A small HTML scanner for the link checker: the URLs a page refers to and
 * the ids it defines. It reads tags and attributes only (comments, and the
 * text of <script> and <style>, are skipped); HTML validity itself is
 * checked by html-validate (`npm run check:html`).
 *
 * No import from Astro or Node: Node runs this file directly (scripts/).
 */

export interface Tag {
  name: string;
  attrs: Map<string, string>;
  /** Offset of the tag in the page, for line numbers. */
  offset: number;
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decode the character references that can appear in attribute values. */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const TOKEN = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<!(?:[^>]*)>|<\/[a-zA-Z][^>]*>|<([a-zA-Z][a-zA-Z0-9:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;

function parseAttrs(text: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of text.matchAll(ATTR)) {
    const name = (m[1] ?? '').toLowerCase();
    if (!attrs.has(name)) attrs.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attrs;
}

/** Every start tag of a page, in order. */
export function scanTags(html: string): Tag[] {
  const tags: Tag[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(html)) !== null) {
    const name = m[1]?.toLowerCase();
    if (!name) continue;
    tags.push({ name, attrs: parseAttrs(m[2] ?? ''), offset: m.index });
    // Raw text elements: skip to their end tag.
    if (name === 'script' || name === 'style' || name === 'textarea' || name === 'title') {
      const end = html.toLowerCase().indexOf(`</${name}`, TOKEN.lastIndex);
      if (end >= 0) TOKEN.lastIndex = end;
    }
  }
  return tags;
}

export interface PageLink {
  /** The URL as written (entities decoded). */
  url: string;
  tag: string;
  attr: string;
  /** A resource the browser loads by itself (not a link a person follows). */
  resource: boolean;
  offset: number;
}

/** `<link rel>` values whose href the browser does not fetch or open. */
const NON_FETCHING_LINK_RELS = new Set(['canonical', 'alternate', 'author', 'help', 'license', 'next', 'prev', 'search', 'bookmark', 'external', 'me', 'up']);

/** Candidates of a `srcset` ("a.png 1x, b.png 2x"). */
export function srcsetUrls(value: string): string[] {
  return value
    .split(',')
    .map((c) => c.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

/** The URLs a page refers to. */
export function pageLinks(tags: readonly Tag[]): PageLink[] {
  const links: PageLink[] = [];
  const add = (tag: Tag, attr: string, resource: boolean): void => {
    const value = tag.attrs.get(attr);
    if (value === undefined) return;
    const urls = attr === 'srcset' || attr === 'imagesrcset' ? srcsetUrls(value) : [value.trim()];
    for (const url of urls) links.push({ url, tag: tag.name, attr, resource, offset: tag.offset });
  };
  for (const tag of tags) {
    switch (tag.name) {
      case 'a':
      case 'area':
        add(tag, 'href', false);
        break;
      case 'link': {
        const rels = (tag.attrs.get('rel') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
        add(tag, 'href', !rels.every((r) => NON_FETCHING_LINK_RELS.has(r)) || rels.length === 0);
        add(tag, 'imagesrcset', true);
        break;
      }
      case 'script':
      case 'iframe':
      case 'embed':
      case 'track':
        add(tag, 'src', true);
        break;
      case 'img':
      case 'source':
      case 'audio':
      case 'video':
      case 'input':
        add(tag, 'src', true);
        add(tag, 'srcset', true);
        add(tag, 'poster', true);
        break;
      case 'object':
        add(tag, 'data', true);
        break;
      case 'form':
        add(tag, 'action', false);
        break;
      case 'use':
      case 'image':
        add(tag, 'href', true);
        add(tag, 'xlink:href', true);
        break;
      case 'blockquote':
      case 'q':
      case 'del':
      case 'ins':
        add(tag, 'cite', false);
        break;
      default:
        break;
    }
  }
  return links;
}

/** Ids a fragment can point to: `id` on any element, `name` on `<a>`. */
export function pageIds(tags: readonly Tag[]): Set<string> {
  const ids = new Set<string>();
  for (const tag of tags) {
    const id = tag.attrs.get('id');
    if (id) ids.add(id);
    const name = tag.name === 'a' ? tag.attrs.get('name') : undefined;
    if (name) ids.add(name);
  }
  return ids;
}

/** 1-based line of an offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i += 1) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}
