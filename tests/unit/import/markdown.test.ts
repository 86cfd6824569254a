import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { findUnsafeContent } from '../../../src/lib/content/guard';
import { importProgramme } from '../../../src/lib/import';
import { checkBody, comparableText, parseMdx, toMdx } from '../../../src/lib/import/markdown';
import { buildProgrammeDocx } from '../../fixtures/import/docx-builder';
import { toText } from 'hast-util-to-text';
import { runPipeline } from '../helpers/pipeline';

const paragraph = (text: string): Root => ({ type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }] });

/** Pieces MDX, Markdown or GFM read as syntax, mixed with any text. */
const RISKY = [
  '{', '}', '<', '>', '</b>', '<script>', '{/* x */}', '|', '*', '_', '`', '```', '~~', '[', ']', '(', ')', '![a](b)', '[^1]', '#', '## ', '-', '+ ',
  '=', '&', '&amp;', '&#123;', '\\', ':', 'import ', 'export const x = 1', 'http://a.b', 'www.a.b', 'javascript:x', '1. ', '1) ', '> ', '    ',
  '\n', '\n\n', '\t', '\u00A0', 'Ð', 'đ', 'ạ', 'ư', 'e\u0301', '…', '–', '“', '”', '$', '%', '^', '@', '!',
];
const text = fc
  .array(fc.oneof(fc.constantFrom(...RISKY), fc.string({ unit: 'grapheme', maxLength: 6 }), fc.string({ unit: 'grapheme-ascii', maxLength: 6 })), { maxLength: 25 })
  .map((parts) => parts.join(''));

describe('MDX escapes', () => {
  it('escapes what MDX reads as code, as the content guard asks', () => {
    const mdx = toMdx(paragraph('Năm {2025} a <b> c | d'));
    expect(mdx).toContain('Năm \\{2025\\} a \\<b> c | d');
    expect(findUnsafeContent(parseMdx(mdx), mdx)).toEqual([]);
  });

  it('a paragraph starting with import/export stays text', () => {
    for (const line of ['import x from "y"', 'export const x = 1', 'export default 1']) {
      const mdx = toMdx(paragraph(line));
      expect(checkBody(mdx, paragraph(line)), mdx).toEqual({ problems: [], sameText: true });
    }
  });

  it('property: any text as a paragraph passes the guard and reads back unchanged', () => {
    fc.assert(
      fc.property(text, (value) => {
        const tree = paragraph(value);
        const mdx = toMdx(tree);
        const check = checkBody(mdx, tree);
        expect(check.problems, mdx).toEqual([]);
        expect(comparableText(toString(parseMdx(mdx))), mdx).toBe(comparableText(value));
      }),
      { numRuns: 600 },
    );
  }, 60_000);
});

describe('property: an imported paragraph builds and renders to the same text', () => {
  it('through the build’s own MDX processor and plugins (guard, anchors, citations, no-wrap)', async () => {
    await fc.assert(
      fc.asyncProperty(text, async (value) => {
        const tree = paragraph(value);
        const mdx = toMdx(tree);
        const { hast } = await runPipeline(mdx);
        expect(comparableText(toText(hast)), mdx).toBe(comparableText(value));
      }),
      { numRuns: 200 },
    );
  }, 120_000);
});

/** Characters a Word paragraph can hold (XML 1.0, no line breaks: Word makes those new paragraphs). */
const wordText = text.map((value) => value.replace(/[\u0000-\u001F\uFFFE\uFFFF]/gu, ' '));

describe('property: a paragraph imported from Word', () => {
  it('reaches the MDX unchanged (NFC, escapes aside) and passes the guard', async () => {
    await fc.assert(
      fc.asyncProperty(wordText, async (value) => {
        // "Đoạn:" first: a Unicode Vietnamese paragraph (never taken for an old encoding), not a numbered one.
        const written = `Đoạn: ${value}`;
        const data = await buildProgrammeDocx({ header: 'table', bodyless: true, extraParagraphs: [written] });
        const result = await importProgramme({ fileName: 'p.docx', data, issuers: [], issuerId: 'tinh-uy-hau-giang', today: '2025-01-01' });
        expect(result.errors).toEqual([]);
        expect(findUnsafeContent(parseMdx(result.body), result.body)).toEqual([]);
        expect(comparableText(toString(parseMdx(result.body)))).toBe(comparableText(written));
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
