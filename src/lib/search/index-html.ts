/**
 * The copy of a built page that Pagefind indexes. The page on disk — what
 * people read — is never changed; the indexing integration hands Pagefind
 * this transformed copy instead:
 *
 *   - every text node is normalised and encoded (`encodeForIndex`: NFC,
 *     Ð → Đ, no-break spaces, đ → d + mark), so decomposed diacritics,
 *     look-alike letters and "dang" for "Đảng" all match;
 *   - after every document symbol the citation parser finds, the symbol's
 *     hidden alias words are written (`vbshnq27tw …`, see `symbols.ts`), so a
 *     symbol in any spelling finds the section that cites it;
 *   - metadata values (`data-pagefind-meta`) are encoded the same way, since
 *     Pagefind searches them too (titles); values that are also filters are
 *     left as they are: they are shown as labels and kept in URLs.
 */
import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { parseCitations } from '../citations';
import { encodeForIndex } from './encode';
import { citationAliasTokens } from './symbols';

/** Whether a built page marks content for the search index (pages without it are not indexed). */
export function hasSearchBody(html: string): boolean {
  return /\sdata-pagefind-body(?:[\s=>])/u.test(html);
}

/** Encode a text for the index and write alias words after each symbol in it. */
export function encodeTextForIndex(text: string): string {
  let out = '';
  let pos = 0;
  for (const c of parseCitations(text)) {
    const tokens = citationAliasTokens(c);
    if (tokens.length === 0 || c.end < pos) continue;
    // After the symbol and the punctuation glued to it ("27-CT/TW," → after the comma).
    let at = c.end;
    while (at < text.length && !/\s/u.test(text[at] ?? ' ')) at += 1;
    out += `${encodeForIndex(text.slice(pos, at))} ${tokens.join(' ')}`;
    pos = at;
  }
  return out + encodeForIndex(text.slice(pos));
}

const SKIP = new Set(['script', 'style', 'template', 'noscript', 'svg', 'head']);

/** hast property name of an attribute: data-date-label → dataDateLabel. */
function propertyName(attribute: string): string {
  return attribute.replace(/-([a-z])/gu, (_, c: string) => c.toUpperCase());
}

/** The attributes a `name[attribute], …` spec reads, as hast property names. */
function specAttributes(spec: unknown): Set<string> {
  const props = new Set<string>();
  if (typeof spec !== 'string') return props;
  for (const item of spec.split(',')) {
    const m = /^\s*[^[\]]+\[(.+)\]\s*$/u.exec(item);
    if (m?.[1]) props.add(propertyName(m[1].trim()));
  }
  return props;
}

/**
 * Encode the values an element's data-pagefind-meta reads (`name[attribute]`
 * or `name:literal`). An attribute that is also a filter value
 * (data-pagefind-filter) is left as written: filter values are shown as
 * labels and travel in shareable URLs (`?loai=Quyết định`).
 */
function encodeMeta(el: Element): void {
  const spec = el.properties.dataPagefindMeta;
  if (typeof spec !== 'string') return;
  const filterProps = specAttributes(el.properties.dataPagefindFilter);
  const colon = spec.indexOf(':');
  if (colon >= 0) {
    el.properties.dataPagefindMeta = spec.slice(0, colon + 1) + encodeForIndex(spec.slice(colon + 1));
    return;
  }
  for (const prop of specAttributes(spec)) {
    if (filterProps.has(prop)) continue;
    const value = el.properties[prop];
    if (typeof value === 'string') el.properties[prop] = encodeForIndex(value);
  }
}

function walk(node: Nodes): void {
  if (node.type === 'text') {
    node.value = encodeTextForIndex(node.value);
    return;
  }
  if (node.type !== 'element' && node.type !== 'root') return;
  if (node.type === 'element') {
    if (SKIP.has(node.tagName)) return;
    encodeMeta(node);
  }
  for (const child of node.children) walk(child);
}

/** The HTML Pagefind indexes for a built page (see module comment). */
export function prepareHtmlForIndex(html: string): string {
  const tree: Root = fromHtml(html);
  walk(tree);
  return toHtml(tree);
}
