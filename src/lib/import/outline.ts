/**
 * The outline of an imported body: numbered paragraphs become the headings
 * the site expects (src/lib/programmes/structure.ts) — `## I. …` for a part,
 * `### 1. …` for a section, `#### 1.1. …` for a subsection — and numbered
 * paragraphs of running text (the focus tasks of part I) become an ordered
 * list. Numbers come from the text: typed in, or written there from Word's
 * automatic numbering (src/lib/import/docx-xml.ts).
 *
 * A paragraph numbered "1." is a heading when it reads like a title (few
 * words, no closing punctuation), else an item: `OUTLINE` holds the limits.
 */
import type { Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { collapseSpaces } from '../text';

/** Tuned limits of the outline; each is exercised by a test in tests/unit/import/outline.test.ts. */
export const OUTLINE = {
  /** A numbered paragraph longer than this (words after the number) is running text, not a heading. */
  headingMaxWords: 24,
  /** Deepest heading level Markdown has. */
  maxDepth: 6,
} as const;

/** "I. ", "1. ", "1.1. " at the start of a paragraph (the dot after the number is required). */
const NUMBER = /^\s*((?:[IVXLC]+)|(?:\d+(?:\.\d+)*))\.[\s\u00A0]+/u;

export interface OutlineStats {
  headings: number;
  items: number;
}

function looksLikeTitle(title: string): boolean {
  const words = title.split(' ').filter(Boolean).length;
  return words > 0 && words <= OUTLINE.headingMaxWords && !/[.;,]$/u.test(title);
}

/** Remove the first `count` characters of a paragraph's text (the number), across nested phrasing. */
function stripPrefix(children: PhrasingContent[], count: number): PhrasingContent[] {
  let rest = count;
  const strip = (nodes: PhrasingContent[]): PhrasingContent[] => {
    const out: PhrasingContent[] = [];
    for (const node of nodes) {
      if (rest <= 0) {
        out.push(node);
        continue;
      }
      if (node.type === 'text') {
        if (node.value.length <= rest) {
          rest -= node.value.length;
          continue;
        }
        out.push({ ...node, value: node.value.slice(rest) });
        rest = 0;
        continue;
      }
      if ('children' in node) {
        const inner = strip(node.children as PhrasingContent[]);
        if (inner.length > 0) out.push({ ...node, children: inner } as PhrasingContent);
        continue;
      }
      out.push(node);
    }
    return out;
  };
  return strip(children);
}

function headingOf(label: string, depth: number): Heading {
  return { type: 'heading', depth: Math.min(depth, OUTLINE.maxDepth) as Heading['depth'], children: [{ type: 'text', value: label }] };
}

/**
 * Turn numbered paragraphs into headings and list items. `fromStyle`
 * headings (Word's Heading 1–6) keep being headings; their depth follows
 * their number when they have one.
 */
export function buildOutline(body: Root): { root: Root; stats: OutlineStats } {
  const out: RootContent[] = [];
  const stats: OutlineStats = { headings: 0, items: 0 };
  let list: List | undefined;
  let nextItem = 0;

  const closeList = (): void => {
    list = undefined;
  };

  for (const node of body.children) {
    if (node.type !== 'paragraph' && node.type !== 'heading') {
      closeList();
      out.push(node);
      continue;
    }
    const text = collapseSpaces(toString(node));
    const match = NUMBER.exec(text);
    const number = match?.[1];
    const title = match ? text.slice(match[0].length).trim() : text;
    const roman = number !== undefined && /^[IVXLC]+$/u.test(number);
    const parts = number?.split('.').length ?? 0;

    if (node.type === 'heading') {
      closeList();
      stats.headings += 1;
      const depth = number === undefined ? node.depth + 1 : roman ? 2 : 2 + parts;
      out.push(headingOf(text, depth));
      continue;
    }
    if (number === undefined || (!roman && parts > 1 && !looksLikeTitle(title))) {
      closeList();
      out.push(node);
      continue;
    }
    if (roman || looksLikeTitle(title)) {
      closeList();
      stats.headings += 1;
      out.push(headingOf(text, roman ? 2 : 2 + parts));
      continue;
    }
    // "1. <running text>": an item of a numbered list.
    const n = Number(number);
    // The number as written in the paragraph's own text (spaces not collapsed).
    const written = NUMBER.exec(toString(node))?.[0].length ?? 0;
    const paragraph: Paragraph = { type: 'paragraph', children: stripPrefix(node.children, written) };
    const item: ListItem = { type: 'listItem', spread: false, children: [paragraph] };
    stats.items += 1;
    if (list && n === nextItem) {
      list.children.push(item);
    } else {
      list = { type: 'list', ordered: true, start: n, spread: true, children: [item] };
      out.push(list);
    }
    nextItem = n + 1;
  }
  return { root: { type: 'root', children: out }, stats };
}
