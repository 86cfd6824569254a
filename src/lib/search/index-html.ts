/**
 * The copy of a built page that Pagefind indexes. The page on disk — what
 * people read — is never changed; the indexing integration hands Pagefind
 * this transformed copy instead:
 *
 *   - every text node is normalised and encoded (`encodeForIndex`: NFC,
 *     Ð → Đ, no-break spaces, đ → d + mark), so decomposed diacritics,
 *     look-alike letters and "dang" for "Đảng" all match;
 *   - after every citation link (`<a class="cite" data-cite="<document id>">`,
 *     written by the citation plugin, the one place that finds citations),
 *     the hidden alias words of the cited document are written
 *     (`vbshnq27tw …`, see `symbols.ts`), so a symbol in any spelling finds
 *     the section that cites it; the text is not parsed for symbols again;
 *   - a document's own alias words (`data-keys` of its SearchMeta element)
 *     are written into that element, so the exact symbol look-up finds the
 *     document's page;
 *   - metadata values (`data-pagefind-meta`) are encoded the same way, since
 *     Pagefind searches them too (titles); values that are also filters are
 *     left as they are: they are shown as labels and kept in URLs.
 */
import type { Element, ElementContent, Nodes, Root } from 'hast';
import { parse } from 'parse5';
import { fromParse5 } from 'hast-util-from-parse5';
import { toHtml } from 'hast-util-to-html';
import { encodeForIndex } from './encode';
import { isAliasToken } from './symbols';

/** Alias words of each document, by document id (as in `data-cite`). */
export type DocumentKeys = ReadonlyMap<string, readonly string[]>;

/** Whether a built page marks content for the search index (pages without it are not indexed). */
export function hasSearchBody(html: string): boolean {
  return /\sdata-pagefind-body(?:[\s=>])/u.test(html);
}

function aliasWords(value: unknown): string[] {
  return typeof value === 'string' ? value.split(/\s+/u).filter((w) => isAliasToken(w)) : [];
}

/**
 * A built page as a hast tree, without source positions: parse5 then
 * hast-util-from-parse5 with no file. `hast-util-from-html` computes a
 * position for every node and is about four times slower, which at 10,000
 * pages was most of the search-index step.
 */
function parsePage(html: string): Root {
  return fromParse5(parse(html)) as Root;
}

function findElement(node: Nodes, test: (el: Element) => boolean): Element | undefined {
  if (node.type === 'element' && test(node)) return node;
  if (node.type !== 'element' && node.type !== 'root') return undefined;
  for (const child of node.children) {
    const found = findElement(child, test);
    if (found) return found;
  }
  return undefined;
}

/**
 * The document a built page is about (`data-document-id`) and its own alias
 * words (the `data-keys` of its SearchMeta element); undefined for other pages.
 */
export function documentKeysOf(html: string): { id: string; keys: string[] } | undefined {
  if (!/\sdata-document-id=/u.test(html)) return undefined;
  const tree = parsePage(html);
  const record = findElement(tree, (el) => typeof el.properties.dataDocumentId === 'string');
  const id = record?.properties.dataDocumentId;
  if (typeof id !== 'string' || !record) return undefined;
  const meta = findElement(record, (el) => el.properties.dataSearchMeta !== undefined);
  return { id, keys: aliasWords(meta?.properties.dataKeys) };
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

function walk(node: Nodes, keys: DocumentKeys): void {
  if (node.type === 'text') {
    node.value = encodeForIndex(node.value);
    return;
  }
  if (node.type !== 'element' && node.type !== 'root') return;
  if (node.type === 'element') {
    if (SKIP.has(node.tagName)) return;
    encodeMeta(node);
    const own = aliasWords(node.properties.dataKeys);
    if (node.properties.dataSearchMeta !== undefined && own.length > 0) {
      // The page's own symbol, for the exact look-up (the element is empty and hidden on the page).
      node.children = [{ type: 'text', value: ` ${own.join(' ')} ` }];
      delete node.properties.hidden;
      return;
    }
  }
  const children: ElementContent[] = [];
  const list = node.children as ElementContent[];
  list.forEach((child, i) => {
    walk(child, keys);
    children.push(child);
    const cited = child.type === 'element' && child.tagName === 'a' ? child.properties.dataCite : undefined;
    const tokens = typeof cited === 'string' ? (keys.get(cited) ?? []) : [];
    if (tokens.length === 0) return;
    // After the link, before the punctuation that follows it ("27-CT/TW vbsh…, ngày"): rank.ts puts that punctuation back.
    const next = list[i + 1];
    const glued = next?.type === 'text' && /^[\p{L}\p{N}]/u.test(next.value);
    children.push({ type: 'text', value: ` ${tokens.join(' ')}${glued ? ' ' : ''}` });
  });
  (node as Element | Root).children = children as (typeof node)['children'];
}

/** The HTML Pagefind indexes for a built page (see module comment). */
export function prepareHtmlForIndex(html: string, keys: DocumentKeys = new Map()): string {
  const tree = parsePage(html);
  walk(tree, keys);
  return toHtml(tree);
}
