/**
 * From a source file to a body tree and its header lines:
 * - .docx: numbering, legacy fonts and the things to report read from the
 *   XML (docx-xml.ts), then mammoth's HTML, parsed to hast, legacy text
 *   detected by its characters block by block, footnotes turned into GFM
 *   footnotes, and hast → mdast with hast-util-to-mdast;
 * - plain text: one paragraph per line (as the offices' text exports are).
 */
import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent, Text as HastText } from 'hast';
import type { FootnoteDefinition, Root, RootContent } from 'mdast';
import { fromHtml } from 'hast-util-from-html';
import { toMdast, type Handle } from 'hast-util-to-mdast';
import { toText } from 'hast-util-to-text';
import mammoth from 'mammoth';
import { detectEncoding, fitsDocumentEncoding, legacyToUnicode, typedInCapitals, type LegacyEncoding } from '../text/legacy-encodings';
import { prepareDocx, type DocxEvent } from './docx-xml';
import type { HeaderLine } from './header';

export interface ConvertedLegacy {
  encoding: LegacyEncoding;
  /** How it was found: the font named it, or its characters showed it. */
  by: 'font' | 'characters';
  text: string;
}

export interface Converted {
  /** The body blocks, header included (the caller removes the header blocks), each with the index of the source block it came from. */
  blocks: { block: number; node: RootContent }[];
  /** The header lines, with the index of the block each comes from. */
  headerLines: HeaderLine[];
  /** Footnote definitions (appended after the body). */
  footnotes: FootnoteDefinition[];
  events: DocxEvent[];
  legacy: ConvertedLegacy[];
  /** mammoth's warnings (styles it did not know, elements it dropped). */
  warnings: string[];
  /** Numbers reconstructed from Word's automatic numbering. */
  numbered: number;
}

const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'td', 'th']);

function isElement(node: unknown): node is Element {
  return typeof node === 'object' && node !== null && (node as Element).type === 'element';
}

function textNodes(node: Element | HastRoot, out: HastText[] = []): HastText[] {
  for (const child of node.children) {
    if (child.type === 'text') out.push(child);
    else if (isElement(child)) textNodes(child, out);
  }
  return out;
}

/** The innermost blocks (paragraphs, headings, items, cells) of a hast tree, in order. */
function leafBlocks(root: HastRoot | Element, out: Element[] = []): Element[] {
  for (const child of root.children) {
    if (!isElement(child)) continue;
    const nestedBlock = child.children.some((c) => isElement(c) && (BLOCKS.has(c.tagName) || c.tagName === 'ul' || c.tagName === 'ol' || c.tagName === 'table'));
    if (BLOCKS.has(child.tagName) && !nestedBlock) out.push(child);
    else leafBlocks(child, out);
  }
  return out;
}

/** A piece of text that may be legacy-encoded: its text, and how to convert it in place. */
export interface LegacyTarget {
  text: () => string;
  convert: (encoding: LegacyEncoding) => void;
}

/**
 * Legacy-encoded text whose font did not say so, detected by its characters
 * block by block; then short blocks (headings, cells, the number line) with
 * too few telling characters alone, when other blocks showed the encoding by
 * their characters. (Runs converted by their font do not count: the text
 * around them without a legacy font is taken as Unicode.)
 */
export function fixLegacyTexts(targets: readonly LegacyTarget[], found: ConvertedLegacy[]): void {
  const guesses = targets.map((t) => detectEncoding(t.text()));
  const counts: Record<LegacyEncoding, number> = { tcvn3: 0, vni: 0 };
  const convert = (i: number, encoding: LegacyEncoding): void => {
    targets[i]!.convert(encoding);
    found.push({ encoding, by: 'characters', text: targets[i]!.text() });
  };
  guesses.forEach((guess, i) => {
    if (guess.encoding === 'unicode') return;
    counts[guess.encoding] += 1;
    convert(i, guess.encoding);
  });
  if (counts.tcvn3 + counts.vni === 0) return;
  const documentEncoding: LegacyEncoding = counts.tcvn3 >= counts.vni ? 'tcvn3' : 'vni';
  guesses.forEach((guess, i) => {
    if (fitsDocumentEncoding(targets[i]!.text(), guess, documentEncoding)) convert(i, documentEncoding);
  });
}

function fixLegacyBlocks(root: HastRoot, found: ConvertedLegacy[]): void {
  const targets = leafBlocks(root).map((block): LegacyTarget => {
    const nodes = textNodes(block);
    return {
      text: () => nodes.map((t) => t.value).join(''),
      // Node by node: the tables work letter by letter.
      convert: (encoding) => {
        const capitals = typedInCapitals(nodes.map((t) => t.value).join(''));
        for (const t of nodes) t.value = legacyToUnicode(t.value, encoding, { capitals });
      },
    };
  });
  fixLegacyTexts(targets, found);
}

/** The lines of a top-level block for the header: a table cell by cell, paragraph by paragraph. */
function linesOf(node: HastContent, block: number): HeaderLine[] {
  if (!isElement(node)) return [];
  if (node.tagName === 'table') {
    const lines: HeaderLine[] = [];
    const cells: Element[] = [];
    const collect = (el: Element): void => {
      for (const c of el.children) if (isElement(c)) (c.tagName === 'td' || c.tagName === 'th' ? cells.push(c) : collect(c));
    };
    collect(node);
    for (const cell of cells) {
      const paragraphs = cell.children.filter(isElement);
      if (paragraphs.length === 0) lines.push({ text: toText(cell), block });
      for (const p of paragraphs) lines.push({ text: toText(p), block });
    }
    return lines;
  }
  return [{ text: toText(node), block }];
}

/** mammoth's footnote markup → GFM footnotes: `<sup><a href="#footnote-1">` references, the closing `<ol>` definitions. */
function takeFootnotes(root: HastRoot): { definitions: Map<string, ElementContent[]> } {
  const definitions = new Map<string, ElementContent[]>();
  root.children = root.children.filter((node) => {
    if (!isElement(node) || node.tagName !== 'ol') return true;
    const items = node.children.filter(isElement);
    const notes = items.filter((li) => /^(?:footnote|endnote)-\d+$/u.test(String(li.properties.id ?? '')));
    if (notes.length === 0 || notes.length !== items.length) return true;
    for (const li of notes) {
      const id = String(li.properties.id);
      // Drop the "↑" link back to the reference.
      const strip = (el: Element): void => {
        el.children = el.children.filter((c) => !(isElement(c) && c.tagName === 'a' && String(c.properties.href ?? '').startsWith(`#${id.replace('-', '-ref-')}`)));
        for (const c of el.children) if (isElement(c)) strip(c);
      };
      strip(li);
      definitions.set(id, li.children);
    }
    return false;
  });
  const replaceRefs = (el: Element | HastRoot): void => {
    el.children = el.children.map((c) => {
      if (!isElement(c)) return c;
      if (c.tagName === 'sup') {
        const link = c.children.find(isElement);
        const href = link ? String(link.properties.href ?? '') : '';
        const id = /^#((?:footnote|endnote)-\d+)$/u.exec(href)?.[1];
        if (id && definitions.has(id)) return { type: 'element', tagName: 'x-note-ref', properties: { dataNote: id }, children: [] } as Element;
      }
      replaceRefs(c);
      return c;
    }) as typeof el.children;
  };
  replaceRefs(root);
  return { definitions };
}

const noteLabel = (id: string): string => id.replace(/^footnote-/u, '').replace(/^endnote-/u, 'cuoi-');

const handlers: Record<string, Handle> = {
  'x-note-ref': (_state, node: Element) => {
    const label = noteLabel(String(node.properties.dataNote));
    return { type: 'footnoteReference', identifier: label, label };
  },
};

/** Web and mail links are text a reader can follow. */
const KEPT_LINK = /^(?:https?:|mailto:)/iu;

/**
 * What is not text, out of the tree, each reported: images (the content
 * guard refuses them), and links inside the Word file (table of contents,
 * bookmarks), which would point at anchors the page does not have — their
 * text stays.
 */
function dropNonText(root: HastRoot): DocxEvent[] {
  const events: DocxEvent[] = [];
  let near = '';
  const walk = (el: Element | HastRoot): void => {
    const next: ElementContent[] = [];
    for (const c of el.children as ElementContent[]) {
      if (isElement(c) && BLOCKS.has(c.tagName)) near = toText(c).slice(0, 60) || near;
      if (isElement(c) && c.tagName === 'img') {
        events.push({ kind: 'image', near });
        continue;
      }
      if (isElement(c) && c.tagName === 'a' && !KEPT_LINK.test(String(c.properties.href ?? ''))) {
        if (c.properties.href !== undefined) events.push({ kind: 'internal-link', near: toText(c).slice(0, 60) });
        walk(c);
        next.push(...c.children);
        continue;
      }
      if (isElement(c)) walk(c);
      next.push(c);
    }
    el.children = next as typeof el.children;
  };
  walk(root);
  return events;
}

/** Styles Word offices use that mammoth's default map does not know: plain paragraphs. */
const STYLE_MAP = ["p[style-name='Normal (Web)'] => p:fresh", "p[style-name='Body Text'] => p:fresh"];

/** mammoth's warnings that tell the editor nothing (numbered and bulleted paragraphs use this style; mammoth makes them lists). */
const QUIET_WARNING = /Unrecognised paragraph style: 'List Paragraph'/u;

/** A Word table has no header row; hast-util-to-mdast then makes an empty one: use the first row instead. */
function dropEmptyHeaderRow(node: RootContent): RootContent {
  if (node.type !== 'table' || node.children.length < 2) return node;
  const first = node.children[0]!;
  const empty = first.children.every((cell) => cell.children.every((c) => c.type === 'text' && c.value.trim() === ''));
  return empty ? { ...node, children: node.children.slice(1) } : node;
}

export async function convertDocx(input: Buffer | Uint8Array): Promise<Converted> {
  const prepared = await prepareDocx(input);
  const result = await mammoth.convertToHtml({ buffer: prepared.buffer }, { styleMap: STYLE_MAP });
  const hast = fromHtml(result.value, { fragment: true });
  const legacy: ConvertedLegacy[] = prepared.legacy.map((run) => ({ encoding: run.encoding, by: 'font', text: run.text }));
  fixLegacyBlocks(hast, legacy);
  const { definitions } = takeFootnotes(hast);
  const events = [...prepared.events, ...dropNonText(hast)];
  // Only elements matter at the top level (mammoth writes no text between blocks).
  hast.children = hast.children.filter(isElement);

  const blocks: Converted['blocks'] = [];
  const headerLines: HeaderLine[] = [];
  hast.children.forEach((node, index) => {
    headerLines.push(...linesOf(node, index));
    // One hast block may give several mdast blocks: keep them under the hast index.
    const mdast = toMdast({ type: 'root', children: [node] }, { handlers }) as Root;
    for (const c of mdast.children) blocks.push({ block: index, node: dropEmptyHeaderRow(c) });
  });
  const footnotes: FootnoteDefinition[] = [];
  for (const [id, content] of definitions) {
    const mdast = toMdast({ type: 'root', children: content as HastContent[] }, { handlers }) as Root;
    const label = noteLabel(id);
    footnotes.push({ type: 'footnoteDefinition', identifier: label, label, children: mdast.children as FootnoteDefinition['children'] });
  }
  return {
    blocks,
    headerLines,
    footnotes,
    events,
    legacy,
    warnings: result.messages.map((m) => m.message).filter((m) => !QUIET_WARNING.test(m)),
    numbered: prepared.numbered.length,
  };
}

/** Bytes of a text file: UTF-8 (with or without BOM), else Windows-1252 (old 8-bit exports). */
export function decodeText(data: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data).replace(/^\uFEFF/u, '');
  } catch {
    return new TextDecoder('windows-1252').decode(data);
  }
}

/** Plain text: every non-empty line a paragraph (legacy-encoded lines converted). */
export function convertText(text: string): Converted {
  const legacy: ConvertedLegacy[] = [];
  const events: DocxEvent[] = [];
  const lines = text.split(/\r\n|\r|\n/u);
  fixLegacyTexts(
    lines.map((_, i): LegacyTarget => ({ text: () => lines[i]!, convert: (encoding) => (lines[i] = legacyToUnicode(lines[i]!, encoding, { capitals: typedInCapitals(lines[i]!) })) })),
    legacy,
  );
  const blocks: Converted['blocks'] = [];
  const headerLines: HeaderLine[] = [];
  lines.forEach((raw, index) => {
    if (raw.includes('\f')) events.push({ kind: 'page-break', near: raw.replace(/\f/gu, '').trim().slice(0, 60) });
    const line = raw.replace(/\f/gu, '');
    headerLines.push({ text: line, block: index });
    // Blank lines separate paragraphs in text files; they are not reported.
    if (line.trim()) blocks.push({ block: index, node: { type: 'paragraph', children: [{ type: 'text', value: line.trim() }] } });
  });
  return { blocks, headerLines, footnotes: [], events, legacy, warnings: [], numbered: 0 };
}
