import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import type {} from 'mdast-util-to-hast';
import { analyzeProgramme, writeAnchors, PREAMBLE_ANCHOR } from '../../../src/lib/programmes/structure';

const SEED_MDX = new URL('../../../content/programmes/tinh-uy-hau-giang/2025-quy-i.mdx', import.meta.url);

/** The MDX body without frontmatter and the leading comment (plain Markdown for the parser). */
function seedTree() {
  const text = readFileSync(SEED_MDX, 'utf8');
  const body = text.replace(/^---[\s\S]*?---\n/, '').replace(/^\{\/\*[\s\S]*?\*\/\}\n/m, '');
  return fromMarkdown(body);
}

describe('analyzeProgramme', () => {
  it('numbers the sections of the seed programme with part-qualified anchors', () => {
    const { sections } = analyzeProgramme(seedTree());
    expect(sections.map((s) => s.anchor)).toEqual([
      'muc-i', 'muc-ii', 'muc-ii-1', 'muc-ii-1-1', 'muc-ii-1-2', 'muc-ii-1-3', 'muc-ii-1-4', 'muc-ii-1-5',
      'muc-ii-1-6', 'muc-ii-1-7', 'muc-ii-2', 'muc-ii-2-1', 'muc-ii-2-2', 'muc-ii-3', 'muc-ii-3-1', 'muc-ii-3-2',
    ]);
    const s16 = sections.find((s) => s.anchor === 'muc-ii-1-6');
    expect(s16).toMatchObject({ number: '1.6', part: 'II', title: 'Công tác kiểm tra, giám sát, thi hành kỷ luật Đảng', depth: 4 });
  });

  it('gives the focus tasks their printed numbers and paragraphs their order in the section', () => {
    const { blocks } = analyzeProgramme(seedTree());
    const anchors = blocks.map((b) => b.anchor);
    expect(anchors[0]).toBe(`${PREAMBLE_ANCHOR}-doan-1`);
    expect(anchors.slice(1, 7)).toEqual(['muc-i-y-1', 'muc-i-y-2', 'muc-i-y-3', 'muc-i-y-4', 'muc-i-y-5', 'muc-i-y-6']);
    expect(anchors).toContain('muc-ii-1-3-doan-3');
    const cite = blocks.find((b) => toString(b.node).includes('Quy định số 4218-QĐ/TU'));
    expect(cite?.anchor).toBe('muc-ii-1-3-doan-3');
    expect(cite?.section?.label).toBe('1.3. Công tác dân vận');
    expect(new Set(anchors).size).toBe(anchors.length);
  });

  it('reads headings through NFD text and look-alike letters', () => {
    const tree = fromMarkdown('## II. Chi\u0301nh tri\u0323\n\n### 1. \u00D0ổi mới\n\ntext');
    const { sections, blocks } = analyzeProgramme(tree);
    expect(sections.map((s) => [s.anchor, s.label])).toEqual([
      ['muc-ii', 'II. Chính trị'],
      ['muc-ii-1', '1. Đổi mới'],
    ]);
    expect(blocks[0]?.anchor).toBe('muc-ii-1-doan-1');
  });

  it('keeps anchors unique when a number repeats and prefixes unnumbered headings', () => {
    const tree = fromMarkdown('## I. A\n\n## I. B\n\n### 2. C\n\n## Phụ lục kèm theo\n\n- một\n- hai\n\n## Nguồn');
    const { sections, blocks } = analyzeProgramme(tree);
    expect(sections.map((s) => s.anchor)).toEqual(['muc-i', 'muc-i--2', 'muc-i-2', 'muc-phu-luc-kem-theo', 'muc-nguon']);
    expect(blocks.map((b) => b.anchor)).toEqual(['muc-phu-luc-kem-theo-doan-1', 'muc-phu-luc-kem-theo-doan-2']);
  });

  it('never gives a list item the anchor of a subsection', () => {
    const tree = fromMarkdown('## II. A\n\n### 1. B\n\n1. một\n2. hai\n\n#### 1.1. C\n\n#### 1.2. D');
    const { sections, blocks } = analyzeProgramme(tree);
    expect(sections.map((s) => s.anchor)).toEqual(['muc-ii', 'muc-ii-1', 'muc-ii-1-1', 'muc-ii-1-2']);
    expect(blocks.map((b) => b.anchor)).toEqual(['muc-ii-1-y-1', 'muc-ii-1-y-2']);
  });

  it('starts ordered-list anchors at the list start number', () => {
    const tree = fromMarkdown('## I. A\n\n3. ba\n4. bốn');
    expect(analyzeProgramme(tree).blocks.map((b) => b.anchor)).toEqual(['muc-i-y-3', 'muc-i-y-4']);
  });
});

describe('writeAnchors', () => {
  it('writes the anchors as hProperties ids', () => {
    const tree = fromMarkdown('## I. A\n\nđoạn');
    writeAnchors(tree);
    const [heading, paragraph] = tree.children;
    expect(heading?.data?.hProperties?.id).toBe('muc-i');
    expect(paragraph?.data?.hProperties?.id).toBe('muc-i-doan-1');
  });
});
