/**
 * The relation diagram (lược đồ) of a document, laid out at build time with
 * dagre: the document in the centre, documents that act on it (and the
 * programmes that cite it) above, documents it acts on below, each edge named
 * by its relation. The result is plain geometry; a component draws it as SVG
 * whose nodes are links, so no client JavaScript is needed.
 */
import { Graph, layout } from '@dagrejs/dagre';

/** Tuned constants of the diagram, in one table (tests/unit/documents/diagram.test.ts checks each). */
export const DIAGRAM = {
  /** Node box width in SVG units (px at scale 1): about 28 characters of 14 px text per line. */
  nodeWidth: 232,
  /** Characters per line of a node label before it wraps. */
  lineChars: 28,
  /** Lines of a node label at most (the rest is cut with an ellipsis; the full name is in the list beside). */
  maxLines: 3,
  /** Height of one text line, and the padding above and below the text. */
  lineHeight: 18,
  padding: 10,
  /** Space between nodes of one rank and between ranks (room for the edge labels). */
  nodeSep: 24,
  rankSep: 56,
  /** Citing programmes drawn at most; more are summed up in one node linking to the list. */
  maxProgrammes: 5,
  /** Margin around the drawing. */
  margin: 8,
} as const;

export type DiagramNodeKind = 'center' | 'document' | 'suggested' | 'programme' | 'more';

export interface DiagramNodeInput {
  id: string;
  kind: DiagramNodeKind;
  /** First line(s): "Nghị quyết số 20-NQ/TW". */
  title: string;
  /** Last line: date, issuer or period. */
  detail?: string;
  href: string;
}

export interface DiagramEdgeInput {
  /** The acting node (the document that implements, the programme that cites). */
  from: string;
  to: string;
  label: string;
  suggested?: boolean;
}

export interface DiagramNode extends DiagramNodeInput {
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
}

export interface DiagramEdge extends DiagramEdgeInput {
  points: { x: number; y: number }[];
  labelX: number;
  labelY: number;
}

export interface DiagramLayout {
  width: number;
  height: number;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
}

/** Words of `text` in lines of at most `max` characters (a longer word stands alone); at most `maxLines`, the last cut with "…". */
export function wrapLabel(text: string, max: number = DIAGRAM.lineChars, maxLines: number = DIAGRAM.maxLines): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1] ?? '';
  kept[maxLines - 1] = `${last.length >= max ? last.slice(0, max - 1) : last}…`;
  return kept;
}

/** Edge label size: about 7.5 px per character of 12 px text. */
const labelWidth = (label: string): number => Math.ceil(label.length * 7.5) + 8;

export function layoutDiagram(nodes: readonly DiagramNodeInput[], edges: readonly DiagramEdgeInput[]): DiagramLayout {
  const g = new Graph({ multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: DIAGRAM.nodeSep, ranksep: DIAGRAM.rankSep, marginx: DIAGRAM.margin, marginy: DIAGRAM.margin });
  g.setDefaultEdgeLabel(() => ({}));
  const wrapped = new Map<string, string[]>();
  for (const n of nodes) {
    const lines = [...wrapLabel(n.title, DIAGRAM.lineChars, n.detail ? DIAGRAM.maxLines - 1 : DIAGRAM.maxLines), ...(n.detail ? wrapLabel(n.detail, DIAGRAM.lineChars, 1) : [])];
    wrapped.set(n.id, lines);
    g.setNode(n.id, { width: DIAGRAM.nodeWidth, height: lines.length * DIAGRAM.lineHeight + 2 * DIAGRAM.padding });
  }
  edges.forEach((e, i) => {
    g.setEdge(e.from, e.to, { label: e.label, width: labelWidth(e.label), height: 16, labelpos: 'c' }, `e${i}`);
  });
  layout(g);
  const graph = g.graph();
  const outNodes: DiagramNode[] = nodes.map((n) => {
    const p = g.node(n.id);
    return { ...n, x: p.x, y: p.y, width: p.width, height: p.height, lines: wrapped.get(n.id) ?? [] };
  });
  const outEdges: DiagramEdge[] = edges.map((e, i) => {
    const p = g.edge({ v: e.from, w: e.to, name: `e${i}` });
    const points = (p.points ?? []).map((q: { x: number; y: number }) => ({ x: q.x, y: q.y }));
    return { ...e, points, labelX: p.x ?? 0, labelY: p.y ?? 0 };
  });
  return { width: Math.ceil(graph.width ?? 0), height: Math.ceil(graph.height ?? 0), nodes: outNodes, edges: outEdges };
}

/** SVG path of an edge: straight segments through dagre's points. */
export function edgePath(points: readonly { x: number; y: number }[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
}

export interface DiagramDocument {
  id: string;
  heading: string;
  detail?: string;
  href: string;
}

export interface DiagramRelation {
  direction: 'forward' | 'inverse';
  label: string;
  /** The name read from the acting end ("Thực hiện"), used on the edge. */
  forwardLabel: string;
  other: DiagramDocument;
  suggested: boolean;
}

export interface DiagramProgramme {
  id: string;
  title: string;
  detail?: string;
  href: string;
}

/**
 * Nodes and edges around one document: related documents (edges from the
 * acting end, named by the forward relation), citing programmes (newest
 * first, at most `DIAGRAM.maxProgrammes`, the rest as one node linking to
 * `moreHref`).
 */
export function diagramInput(
  center: DiagramDocument,
  relations: readonly DiagramRelation[],
  programmes: readonly DiagramProgramme[],
  text: { cites: string; more: (n: number) => string; moreHref: string },
): { nodes: DiagramNodeInput[]; edges: DiagramEdgeInput[] } {
  const nodes: DiagramNodeInput[] = [{ id: center.id, kind: 'center', title: center.heading, ...(center.detail ? { detail: center.detail } : {}), href: center.href }];
  const edges: DiagramEdgeInput[] = [];
  const seen = new Set([center.id]);
  for (const r of relations) {
    if (!seen.has(r.other.id)) {
      seen.add(r.other.id);
      nodes.push({ id: r.other.id, kind: r.suggested ? 'suggested' : 'document', title: r.other.heading, ...(r.other.detail ? { detail: r.other.detail } : {}), href: r.other.href });
    }
    const [from, to] = r.direction === 'forward' ? [center.id, r.other.id] : [r.other.id, center.id];
    edges.push({ from, to, label: r.forwardLabel, ...(r.suggested ? { suggested: true } : {}) });
  }
  for (const p of programmes.slice(0, DIAGRAM.maxProgrammes)) {
    const id = `ctr:${p.id}`;
    nodes.push({ id, kind: 'programme', title: p.title, ...(p.detail ? { detail: p.detail } : {}), href: p.href });
    edges.push({ from: id, to: center.id, label: text.cites });
  }
  const rest = programmes.length - DIAGRAM.maxProgrammes;
  if (rest > 0) {
    nodes.push({ id: 'ctr:more', kind: 'more', title: text.more(rest), href: text.moreHref });
    edges.push({ from: 'ctr:more', to: center.id, label: text.cites });
  }
  return { nodes, edges };
}
