import { describe, expect, it } from 'vitest';
import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { VFile } from 'vfile';
import rehypeNowrap from '../../../src/integrations/rehype-nowrap';

const paragraph = (html: Root['children']): Root => ({ type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children: html as never }] });
const run = (tree: Root, path = '/repo/content/programmes/x/2025.mdx'): string => {
  rehypeNowrap()(tree, new VFile({ path }));
  return toHtml(tree);
};

describe('rehypeNowrap', () => {
  it('wraps symbols and dates of a programme in no-wrap spans, text unchanged', () => {
    const html = run(paragraph([{ type: 'text', value: 'Thực hiện Chỉ thị số 27-CT/TW ngày 25/12/2023 và Nghị định số 30/2020/NĐ-CP.' }]));
    expect(html).toBe(
      '<p>Thực hiện Chỉ thị số <span class="nowrap">27-CT/TW</span> ngày <span class="nowrap">25/12/2023</span> và Nghị định số <span class="nowrap">30/2020/NĐ-CP</span>.</p>',
    );
  });

  it('reaches inside links and emphasis, never inside an existing no-wrap span, and leaves other files alone', () => {
    const link: Root['children'][number] = { type: 'element', tagName: 'a', properties: { className: ['cite'] }, children: [{ type: 'text', value: 'Nghị quyết số 07-NQ/TU' }] };
    const kept: Root['children'][number] = { type: 'element', tagName: 'span', properties: { className: ['nowrap'] }, children: [{ type: 'text', value: '09/11/2022' }] };
    expect(run(paragraph([link, kept]))).toBe('<p><a class="cite">Nghị quyết số <span class="nowrap">07-NQ/TU</span></a><span class="nowrap">09/11/2022</span></p>');
    expect(run(paragraph([{ type: 'text', value: '27-CT/TW' }]), '/repo/src/pages/x.mdx')).toBe('<p>27-CT/TW</p>');
  });
});

describe('the no-wrap spans through both processors', () => {
  it('wrap the same symbols and dates, inside links too, and leave other files alone', async () => {
    const { MARKDOWN_PROCESSORS, runPipeline } = await import('../helpers/pipeline');
    for (const processor of MARKDOWN_PROCESSORS) {
      const { hast } = await runPipeline('Thực hiện Nghị quyết số 07-NQ/TU ngày 09/11/2022.', { processor });
      const html = toHtml(hast);
      expect(html, processor).toContain('<span class="nowrap">09/11/2022</span>');
      expect(html, processor).toContain('Nghị quyết số <span class="nowrap">07-NQ/TU</span></a>');
      const other = toHtml((await runPipeline('Chỉ thị 27-CT/TW.', { processor, path: '/repo/src/pages/x.mdx' })).hast);
      expect(other, processor).not.toContain('nowrap');
    }
  });
});
