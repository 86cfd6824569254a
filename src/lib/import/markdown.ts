/**
 * An imported body (mdast) written as MDX text with remark-stringify and
 * remark-gfm (tables, footnotes, strikethrough survive), with the escapes
 * MDX needs on top of Markdown's: `{`, `}` and `<` as `\{`, `\}`, `\<`
 * (the content guard's escapes, src/lib/content/guard.ts), and a line that
 * would start with `import`/`export` written with its first letter as a
 * character reference. The result is checked by parsing it back as MDX:
 * the real content guard must find nothing, and the text must read the same.
 */
import type { Root } from 'mdast';
import type { Options as ToMarkdownOptions, Unsafe } from 'mdast-util-to-markdown';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { mdxjs } from 'micromark-extension-mdxjs';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { escapeBraces, escapeLessThan, findUnsafeContent, type GuardProblem } from '../content/guard';

/**
 * Characters MDX reads as code, escaped wherever they occur in text (the
 * same escapes as `escapeBraces`/`escapeLessThan` of the content guard).
 */
export const MDX_UNSAFE: Unsafe[] = [
  { character: '{' },
  { character: '}' },
  { character: '<' },
  // A line starting "import "/"export " is an ES module statement in MDX.
  { atBreak: true, character: 'i', after: 'mport\\b' },
  { atBreak: true, character: 'e', after: 'xport\\b' },
];

const STRINGIFY: ToMarkdownOptions = {
  bullet: '-',
  emphasis: '_',
  strong: '*',
  rule: '-',
  listItemIndent: 'one',
  incrementListMarker: true,
  unsafe: MDX_UNSAFE,
};

const processor = unified().use(remarkGfm).use(remarkStringify, STRINGIFY);

/** The body as MDX text. */
export function toMdx(body: Root): string {
  return processor.stringify(body);
}

/** Parse MDX as the site's build does (MDX + GFM). */
export function parseMdx(text: string): Root {
  return fromMarkdown(text, {
    extensions: [mdxjs(), gfmTable(), gfmFootnote(), gfmStrikethrough()],
    mdastExtensions: [mdxFromMarkdown(), gfmTableFromMarkdown(), gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown()],
  });
}

/** Text for comparison: NFC, every run of white space one space. */
export function comparableText(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

export interface BodyCheck {
  /** What the content guard refuses (must be empty). */
  problems: GuardProblem[];
  /** Whether the MDX reads back as the same text as the tree it was written from. */
  sameText: boolean;
}

/** Parse the written MDX back: the content guard must pass and the text must be unchanged. */
export function checkBody(mdx: string, body: Root): BodyCheck {
  let tree: Root;
  try {
    tree = parseMdx(mdx);
  } catch (error) {
    return {
      problems: [{ kind: 'unknown', line: 0, column: 0, quote: String((error as Error).message).slice(0, 60), message: String((error as Error).message) }],
      sameText: false,
    };
  }
  return { problems: findUnsafeContent(tree, mdx), sameText: comparableText(toString(tree)) === comparableText(toString(body)) };
}

export { escapeBraces, escapeLessThan };
