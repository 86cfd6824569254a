import { describe, expect, test } from 'vitest';
import { DIAGRAM, diagramInput, edgePath, layoutDiagram, wrapLabel } from '../../../src/lib/documents/diagram';

const node = (id: string, kind: 'center' | 'document' | 'programme' = 'document') => ({ id, kind, title: `Nghị quyết số ${id}-NQ/TW`, detail: '16/06/2022', href: `/van-ban/${id}/` });

describe('relation diagram layout', () => {
  test('the acting document stands above the one it acts on; boxes do not overlap', () => {
    const l = layoutDiagram([node('c', 'center'), node('a'), node('b'), node('p', 'programme')], [
      { from: 'a', to: 'c', label: 'Thực hiện' },
      { from: 'c', to: 'b', label: 'Thay thế' },
      { from: 'p', to: 'c', label: 'Dẫn chiếu' },
    ]);
    const at = (id: string) => l.nodes.find((n) => n.id === id)!;
    expect(at('a').y).toBeLessThan(at('c').y);
    expect(at('c').y).toBeLessThan(at('b').y);
    for (const m of l.nodes) for (const n of l.nodes) {
      if (m === n) continue;
      const apart = Math.abs(m.x - n.x) >= (m.width + n.width) / 2 || Math.abs(m.y - n.y) >= (m.height + n.height) / 2;
      expect(apart).toBe(true);
    }
    expect(l.width).toBeGreaterThan(0);
    expect(l.edges.every((e) => e.points.length >= 2)).toBe(true);
    expect(edgePath(l.edges[0]!.points)).toMatch(/^M[\d.]+,[\d.]+( L[\d.]+,[\d.]+)+$/);
  });

  test('nodes are as wide as the table says and ranks are rankSep apart', () => {
    const l = layoutDiagram([node('c', 'center'), node('a')], [{ from: 'a', to: 'c', label: 'Thực hiện' }]);
    expect(l.nodes.every((n) => n.width === DIAGRAM.nodeWidth)).toBe(true);
    const [a, c] = [l.nodes.find((n) => n.id === 'a')!, l.nodes.find((n) => n.id === 'c')!];
    // dagre doubles the rank when an edge has a label: the gap holds the label
    expect(c.y - c.height / 2 - (a.y + a.height / 2)).toBeGreaterThanOrEqual(DIAGRAM.rankSep);
    expect(c.height).toBe(c.lines.length * DIAGRAM.lineHeight + 2 * DIAGRAM.padding);
  });

  test('labels wrap at lineChars and stop at maxLines with an ellipsis', () => {
    const long = 'Quy hoạch tỉnh Hậu Giang thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 và các năm tiếp theo của cả giai đoạn';
    const lines = wrapLabel(long);
    expect(lines).toHaveLength(DIAGRAM.maxLines);
    expect(lines.every((l) => l.length <= DIAGRAM.lineChars)).toBe(true);
    expect(lines.at(-1)?.endsWith('…')).toBe(true);
    expect(wrapLabel('Chỉ thị số 27-CT/TW')).toEqual(['Chỉ thị số 27-CT/TW']);
  });
});

describe('what the diagram shows', () => {
  const center = { id: 'c', heading: 'Nghị quyết số 20-NQ/TW', href: '/van-ban/c/' };
  const text = { cites: 'Dẫn chiếu', more: (n: number) => `${n} chương trình khác`, moreHref: '#duoc-dan-chieu-tai' };
  test('an inverse relation is drawn from the acting document, with the forward name', () => {
    const { nodes, edges } = diagramInput(
      center,
      [{ direction: 'inverse', label: 'Được thực hiện bởi', forwardLabel: 'Thực hiện', other: { id: 'a', heading: 'Nghị quyết số 07-NQ/TU', href: '/van-ban/a/' }, suggested: true }],
      [],
      text,
    );
    expect(nodes.map((n) => [n.id, n.kind])).toEqual([['c', 'center'], ['a', 'suggested']]);
    expect(edges).toEqual([{ from: 'a', to: 'c', label: 'Thực hiện', suggested: true }]);
  });
  test(`at most ${DIAGRAM.maxProgrammes} citing programmes, the rest in one node`, () => {
    const programmes = Array.from({ length: DIAGRAM.maxProgrammes + 3 }, (_, i) => ({ id: `p${i}`, title: `Chương trình ${i}`, href: `/chuong-trinh/p${i}/` }));
    const { nodes } = diagramInput(center, [], programmes, text);
    expect(nodes.filter((n) => n.kind === 'programme')).toHaveLength(DIAGRAM.maxProgrammes);
    expect(nodes.at(-1)).toEqual({ id: 'ctr:more', kind: 'more', title: '3 chương trình khác', href: '#duoc-dan-chieu-tai' });
  });
});
