/**
 * Parse a programme body (MDX) into mdast with the same block structure the
 * build's remark pipeline sees (remark-parse + remark-mdx + remark-gfm), so
 * block anchors agree with the rendered page.
 *
 * Of GFM, only tables and strikethrough are parsed: autolink literals (the
 * slowest GFM extension, about half the parse time) never change block
 * structure, and the citation parser ignores text inside URLs anyway.
 */
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { mdxjs } from 'micromark-extension-mdxjs';

export function parseMdxBody(body: string): Root {
  return fromMarkdown(body, {
    extensions: [mdxjs(), gfmTable(), gfmStrikethrough()],
    mdastExtensions: [mdxFromMarkdown(), gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown()],
  });
}
