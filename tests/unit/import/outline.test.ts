import { describe, expect, it } from 'vitest';
import type { Paragraph, Root } from 'mdast';
import { buildOutline, OUTLINE } from '../../../src/lib/import/outline';

const para = (text: string): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value: text }] });
const outline = (...texts: string[]) => buildOutline({ type: 'root', children: texts.map(para) } as Root).root.children;

describe('outline: numbers → headings and lists', () => {
  it('parts, sections and subsections become ##, ###, ####', () => {
    const nodes = outline('I. Các nhiệm vụ trọng tâm', '1. Công tác xây dựng Đảng', '1.1. Công tác chính trị, tư tưởng và đạo đức', 'Đoạn văn.');
    expect(nodes.map((n) => (n.type === 'heading' ? n.depth : n.type))).toEqual([2, 3, 4, 'paragraph']);
  });

  it('numbered running text becomes one ordered list, the number leaving the text', () => {
    const nodes = outline('I. Các nhiệm vụ trọng tâm', '1. Triển khai thực hiện sắp xếp, tinh gọn tổ chức bộ máy.', '2. Tập trung công tác tuyên truyền.', '4. Mục khác.');
    expect(nodes[1]).toMatchObject({ type: 'list', ordered: true, start: 1 });
    const list = nodes[1] as { children: { children: Paragraph[] }[] };
    expect(list.children).toHaveLength(2);
    expect(list.children[0]!.children[0]!.children[0]).toEqual({ type: 'text', value: 'Triển khai thực hiện sắp xếp, tinh gọn tổ chức bộ máy.' });
    // A gap in the numbers starts a new list at its number.
    expect(nodes[2]).toMatchObject({ type: 'list', start: 4 });
  });

  it(`a long numbered paragraph without closing punctuation is text, not a heading (OUTLINE.headingMaxWords = ${OUTLINE.headingMaxWords})`, () => {
    const long = `1. ${Array(OUTLINE.headingMaxWords + 1).fill('chữ').join(' ')}`;
    expect(outline(long)[0]?.type).toBe('list');
    const short = `1. ${Array(OUTLINE.headingMaxWords).fill('chữ').join(' ')}`;
    expect(outline(short)[0]?.type).toBe('heading');
  });

  it(`headings go no deeper than OUTLINE.maxDepth (${OUTLINE.maxDepth})`, () => {
    expect(outline('1.1.1.1.1. Mục rất sâu')[0]).toMatchObject({ type: 'heading', depth: OUTLINE.maxDepth });
  });

  it('leaves numbers without a dot, dates and multi-level running text alone', () => {
    expect(outline('2025 là năm bản lề.')[0]?.type).toBe('paragraph');
    expect(outline('1.2. Chỉ đạo các cơ quan thực hiện nghiêm túc, kịp thời.')[0]?.type).toBe('paragraph');
  });

  it('keeps Word headings, with the depth their number says', () => {
    const root: Root = { type: 'root', children: [{ type: 'heading', depth: 1, children: [{ type: 'text', value: '1.1. Công tác tổ chức' }] }, { type: 'heading', depth: 1, children: [{ type: 'text', value: 'Phụ lục' }] }] };
    expect(buildOutline(root).root.children.map((n) => (n.type === 'heading' ? n.depth : 0))).toEqual([4, 2]);
  });
});
