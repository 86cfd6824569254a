/**
 * Citations inside one block of a programme (a paragraph, a list item, a
 * table …), found on the block's text as a reader sees it. Both the remark
 * plugin (which links them) and the citation index (which records where they
 * stand) call `citationsInBlock`, so the n-th citation of a block is the same
 * citation for both.
 */
import type { Nodes, Parent, Text } from 'mdast';
import { parseCitations, type Citation } from './parse';
import { findNamedReferences } from './named';

/** A text node of the block and where its value stands in the block text. */
export interface TextSegment {
  node: Text;
  parent: Parent;
  start: number;
  end: number;
}

export type BlockCitation =
  | { kind: 'symbol'; citation: Citation; start: number; end: number }
  | { kind: 'named'; documentId: string; start: number; end: number };

export interface BlockCitations {
  /** The block's text (text nodes only, code and existing links replaced by a separator). */
  text: string;
  segments: TextSegment[];
  citations: BlockCitation[];
}

/** Nodes whose text is never searched for citations (and never linked inside). */
const OPAQUE = new Set(['link', 'linkReference', 'code', 'inlineCode', 'html', 'mdxJsxTextElement', 'mdxJsxFlowElement', 'mdxTextExpression', 'mdxFlowExpression', 'image', 'imageReference', 'footnoteReference', 'definition']);
/** Nodes that end a run of text (a new paragraph, item or line). */
const BREAKS = new Set(['paragraph', 'heading', 'listItem', 'blockquote', 'break']);
/** Nodes whose text never continues into the next one (a table cell is not a sentence). */
const WALLS = new Set(['tableCell', 'tableRow']);
/** Separators: an object-replacement character for opaque nodes and walls, a newline between blocks. */
const OPAQUE_MARK = '\uFFFC';

export function collectSegments(block: Nodes): { text: string; segments: TextSegment[] } {
  let text = '';
  const segments: TextSegment[] = [];
  const walk = (node: Nodes, parent: Parent | undefined): void => {
    if (OPAQUE.has(node.type)) {
      text += OPAQUE_MARK;
      return;
    }
    if (node.type === 'text' && parent) {
      segments.push({ node, parent, start: text.length, end: text.length + node.value.length });
      text += node.value;
      return;
    }
    if ('children' in node) {
      for (const child of node.children) walk(child as Nodes, node);
      if (WALLS.has(node.type)) text += `${OPAQUE_MARK}\n`;
      else if (BREAKS.has(node.type)) text += '\n';
    } else if (BREAKS.has(node.type)) text += '\n';
  };
  walk(block, undefined);
  return { text, segments };
}

/** Every citation of a block, symbols and named references, in text order, never overlapping. */
export function citationsInBlock(block: Nodes, namedPhrases: readonly { phrase: string; documentId: string }[]): BlockCitations {
  const { text, segments } = collectSegments(block);
  const found: BlockCitation[] = parseCitations(text).map((citation) => ({ kind: 'symbol', citation, start: citation.start, end: citation.end }));
  for (const named of findNamedReferences(text, namedPhrases)) {
    if (!found.some((c) => named.start < c.end && c.start < named.end)) {
      found.push({ kind: 'named', documentId: named.documentId, start: named.start, end: named.end });
    }
  }
  found.sort((a, b) => a.start - b.start);
  return { text, segments, citations: found };
}

/** An excerpt split around the citation, so that a page can mark exactly that citation. */
export interface Excerpt {
  before: string;
  match: string;
  after: string;
}

const clean = (s: string): string => s.replaceAll(OPAQUE_MARK, '').replace(/\s+/g, ' ');

/** Sentences end at . ! ? … followed by a space and a capital letter or a line break. */
const SENTENCE_BOUNDARY = /[.!?…]["”’)]?\s+(?=[\p{Lu}\d"“(])|\n+/gu;

/** Where a sentence starts (after its boundary) and where its text ends (before the boundary's spaces). */
interface Boundary {
  index: number;
  after: number;
  textEnd: number;
}

/**
 * Excerpts of one block text, for any number of citations in it, in linear
 * time: the sentence boundaries are found once, each citation finds its
 * sentence by binary search, and a sentence's cleaned length is measured once
 * however many citations it holds. (A 1 MB paragraph with thousands of
 * citations and no full stop used to be cleaned again for every citation.)
 */
export function createExcerpter(text: string, max = 320): (start: number, end: number) => Excerpt {
  const boundaries: Boundary[] = [];
  for (const m of text.matchAll(SENTENCE_BOUNDARY)) {
    const index = m.index ?? 0;
    boundaries.push({ index, after: index + m[0].length, textEnd: index + m[0].trimEnd().length });
  }
  const longSentence = new Map<number, boolean>();
  return (start, end) => {
    // The last boundary that ends at or before `start` opens the sentence …
    let lo = 0;
    let hi = boundaries.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (boundaries[mid]!.after <= start) lo = mid + 1;
      else hi = mid;
    }
    const from = lo > 0 ? boundaries[lo - 1]!.after : 0;
    // … and the first boundary that starts at or after `end` closes it.
    let k = lo;
    while (k < boundaries.length && boundaries[k]!.index < end) k += 1;
    const to = k < boundaries.length ? boundaries[k]!.textEnd : text.length;
    let long = longSentence.get(from);
    if (long === undefined) {
      long = clean(text.slice(from, to)).trim().length > max;
      longSentence.set(from, long);
    }
    return cut(text, from, to, start, end, max, long);
  };
}

function cut(text: string, from: number, to: number, start: number, end: number, max: number, long: boolean): Excerpt {
  let cutStart = from;
  let cutEnd = to;
  if (long) {
    // Centre a window of `max` characters on the citation, then shrink it to whole words.
    const half = Math.floor((max - (end - start)) / 2);
    cutStart = Math.max(from, start - half);
    cutEnd = Math.min(to, cutStart + max);
    if (cutStart > from) {
      const space = text.slice(cutStart, start).search(/\s/u);
      cutStart = space === -1 ? start : cutStart + space + 1;
    }
    if (cutEnd < to) {
      const window = text.slice(end, cutEnd + 1);
      const lastSpace = Math.max(window.lastIndexOf(' '), window.lastIndexOf('\n'));
      if (lastSpace >= 0) cutEnd = end + lastSpace;
    }
  }
  return {
    before: `${cutStart > from ? '… ' : ''}${clean(text.slice(cutStart, start)).trimStart()}`,
    match: clean(text.slice(start, end)),
    after: `${clean(text.slice(end, cutEnd)).trimEnd()}${cutEnd < to ? ' …' : ''}`,
  };
}

/**
 * The sentence of `text` around `[start, end)`, trimmed to at most about
 * `max` characters around the citation, cut between words. For many
 * citations of one text, use `createExcerpter` once.
 */
export function excerptAround(text: string, start: number, end: number, max = 320): Excerpt {
  return createExcerpter(text, max)(start, end);
}

/** The excerpt as one string. */
export function sentenceAround(text: string, start: number, end: number, max = 320): string {
  const e = excerptAround(text, start, end, max);
  return `${e.before}${e.match}${e.after}`;
}
