/**
 * The two Markdown processors publish the same page: the seed programme and
 * every construct an imported programme can hold go through both pipelines
 * (remark through MDX's processor, Sätteri through Astro's own renderer) with
 * the site's plugins, and the HTML trees, the citation records and the
 * anchors must be equal. The build's processor is a setting
 * (`MARKDOWN_PROCESSOR`); this is what makes the choice safe.
 */
import { describe, expect, it } from 'vitest';
import type { Root as HastRoot, RootContent as HastContent } from 'hast';
import { MARKDOWN_PROCESSORS, runPipeline, seedProgramme } from '../helpers/pipeline';

/** The tree without positions or whitespace-only text between blocks (which neither processor prints the same way). */
function shape(node: HastRoot | HastContent): unknown {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') {
    return { tag: node.tagName, props: node.properties, children: node.children.filter((c) => !(c.type === 'text' && /^\s*$/.test(c.value))).map(shape) };
  }
  if (node.type === 'root') return node.children.filter((c) => !(c.type === 'text' && /^\s*$/.test(c.value))).map(shape);
  return { type: node.type };
}

const SAMPLES: Record<string, string> = {
  'numbered parts, sections, lists and citations': [
    'Căn cứ Chương trình công tác năm 2025, Tỉnh ủy đề ra:',
    '',
    '## I. Các nhiệm vụ trọng tâm',
    '',
    '1. Thực hiện Chỉ thị số 27-CT/TW ngày 25/12/2023 của Bộ Chính trị và Nghị quyết số 07-NQ/TU.',
    '2. Theo **Quy định số 4218-QĐ/TU** và *Đề án số 08-ĐA/TU*.',
    '',
    '### 1. Công tác xây dựng Đảng',
    '',
    '- Quán triệt Nghị quyết số 20-NQ/TW; tổng kết Chỉ thị số 99-CT/TW.',
    '- Sơ kết (03/02/1930 - 03/02/2025).',
    '',
    '> Trích: Quy chế số 20-QC/TU.',
  ].join('\n'),
  'a table, strikethrough, a hard break and a link': [
    '| Văn bản | Ngày |',
    '| --- | --- |',
    '| Quy chế số 20-QC/TU | 18/4/2023 |',
    '',
    'Dòng một  ',
    'dòng hai ~~bỏ~~ và [trang](https://example.vn/a).',
  ].join('\n'),
  'footnotes kept from Word': ['Văn bản có chú thích.[^1] Và thêm.[^2]', '', '[^1]: Ghi chú một, Nghị quyết số 07-NQ/TU.', '', '[^2]: Ghi chú hai.'].join('\n'),
  'straight quotes, dashes and dots, never made typographic': 'Khẩu hiệu "Đoàn kết" -- và \'tiếp tục\' --- giai đoạn 2025-2030...',
  'escaped characters and Vietnamese in decomposed form': ['Số liệu \\{dự kiến\\} và 5 \\< 7; giá trị \\*không\\* nhấn.', '', 'Đảng bộ tỉnh (NFD): Tỉnh ủy'.normalize('NFD')].join('\n'),
};

describe('the two Markdown processors', () => {
  it('are the site\'s settings, Sätteri first (the default)', () => {
    expect(MARKDOWN_PROCESSORS).toEqual(['satteri', 'unified']);
  });

  const cases = { ...SAMPLES, 'the seed programme': seedProgramme().body };
  for (const [name, markdown] of Object.entries(cases)) {
    it(`render ${name} to the same HTML tree, records and anchors`, async () => {
      const [satteri, unified] = await Promise.all(MARKDOWN_PROCESSORS.map((processor) => runPipeline(markdown, { processor })));
      expect(shape(satteri!.hast)).toEqual(shape(unified!.hast));
      expect(satteri!.records).toEqual(unified!.records);
      expect(JSON.stringify(satteri!.hast)).toContain('"id"');
    });
  }
});
