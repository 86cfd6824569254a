import { describe, expect, it } from 'vitest';
import type { Link, Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { MARKDOWN_PROCESSORS, runPipeline, type MarkdownProcessorName } from '../helpers/pipeline';

/** The anchors and citation plugins through the processor's MDX pipeline, without the guard (which refuses code and raw links). */
function runner(processor: MarkdownProcessorName) {
  return async (markdown: string, options: { base?: string; path?: string; frontmatter?: Record<string, unknown> } = {}): Promise<Root> =>
    (await runPipeline(markdown, { ...options, guard: false, processor })).tree;
}

function links(tree: Root): { url: string; text: string; cite: unknown; parents: string[] }[] {
  const out: { url: string; text: string; cite: unknown; parents: string[] }[] = [];
  visit(tree, 'link', (node: Link, _index, parent) => {
    const text = node.children.map((c) => ('value' in c ? c.value : '')).join('');
    out.push({ url: node.url, text, cite: node.data?.hProperties?.['data-cite'], parents: [parent?.type ?? ''] });
  });
  return out;
}

function countNestedLinks(tree: Root): number {
  let nested = 0;
  visit(tree, 'link', (node: Link) => {
    visit(node as Nodes, 'link', (inner: Link) => {
      if (inner !== node) nested += 1;
    });
  });
  return nested;
}

// The remark plugin and its Sätteri twin (src/integrations/satteri/citation-links.ts) link the same words.
describe.each(MARKDOWN_PROCESSORS)('citation links (%s)', (processor) => {
  const run = runner(processor);
  it('links citations in paragraphs, list items, table cells, bold and italic text', async () => {
    const tree = await run(
      [
        '## I. Phần',
        '',
        'Thực hiện Chỉ thị số 27-CT/TW ngày 25/12/2023 của Bộ Chính trị và Nghị quyết số 07-NQ/TU.',
        '',
        '1. Theo **Quy định số 4218-QĐ/TU** và *Đề án số 08-ĐA/TU*.',
        '',
        '| Văn bản | Ngày |',
        '| --- | --- |',
        '| Quy chế số 20-QC/TU | 18/4/2023 |',
      ].join('\n'),
    );
    const found = links(tree);
    expect(found.map((l) => [l.text, l.url, l.parents[0]])).toEqual([
      ['Chỉ thị số 27-CT/TW', '/van-ban/ct-27-tw-2023/', 'paragraph'],
      ['Nghị quyết số 07-NQ/TU', '/van-ban/nq-07-tu-hau-giang-2022/', 'paragraph'],
      ['Quy định số 4218-QĐ/TU', '/van-ban/qd-4218-tu-hau-giang-2024/', 'strong'],
      ['Đề án số 08-ĐA/TU', '/van-ban/da-08-tu-hau-giang-2023/', 'emphasis'],
      ['Quy chế số 20-QC/TU', '/van-ban/qc-20-tu-hau-giang-2023/', 'tableCell'],
    ]);
  });

  it('keeps the surrounding text exactly as written', async () => {
    const source = 'Trước Quy định số 144-CT/TW, ngày 09/5/2024 của Bộ Chính trị; sau.';
    const tree = await run(source);
    const paragraph = tree.children[0];
    const text = paragraph && 'children' in paragraph ? paragraph.children.map((c) => ('value' in c ? c.value : 'children' in c ? c.children.map((x) => ('value' in x ? x.value : '')).join('') : '')).join('') : '';
    expect(text).toBe(source);
    expect(links(tree).map((l) => l.cite)).toEqual(['qd-144-tw-2024']);
  });

  it('never links inside code or an existing link, and never nests links', async () => {
    const tree = await run('`Chỉ thị số 27-CT/TW` và [Nghị quyết số 07-NQ/TU](https://example.invalid/) và Chỉ thị số 27-CT/TW.');
    expect(links(tree).map((l) => l.url)).toEqual(['https://example.invalid/', '/van-ban/ct-27-tw-2023/']);
    expect(countNestedLinks(tree)).toBe(0);
  });

  it('links named references and documents the registry does not have', async () => {
    const tree = await run('Căn cứ Chương trình công tác năm 2025 và Nghị quyết số 18-NQ/TW ngày 25/10/2017.');
    expect(links(tree).map((l) => [l.text, l.cite])).toEqual([
      ['Chương trình công tác năm 2025', 'ctr-cong-tac-2025-tu-hau-giang'],
      ['Nghị quyết số 18-NQ/TW', 'nq-18-tw-2017'],
    ]);
  });

  it('applies the base path', async () => {
    expect(links(await run('Chỉ thị số 27-CT/TW.', { base: '/van-kien/' }))[0]?.url).toBe('/van-kien/van-ban/ct-27-tw-2023/');
  });

  it('touches only programme files with valid frontmatter', async () => {
    expect(links(await run('Chỉ thị số 27-CT/TW.', { path: '/repo/src/pages/about.mdx' }))).toEqual([]);
    expect(links(await run('Chỉ thị số 27-CT/TW.', { frontmatter: { title: 'x' } }))).toEqual([]);
  });
});
