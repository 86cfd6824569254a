/**
 * rehype plugin: in a programme, keep every document symbol and date on one
 * line (27-CT/TW, 09/11/2022, 30/2020/NĐ-CP): each is wrapped in
 * `<span class="nowrap">` at build time, so it holds with JavaScript off and
 * in print. The text itself is never changed (`src/lib/reading/nowrap.ts`
 * finds the ranges). Only programmes and full texts of documents are touched
 * (`contentFileKind`), or the files whose path contains `include` when given.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import type { VFile } from 'vfile';
import { unbreakableRanges } from '../lib/reading/nowrap';
import { contentFileKind } from '../lib/content/file-kind';

export const NOWRAP_CLASS = 'nowrap';

export interface RehypeNowrapOptions {
  /** Path fragment that identifies the files to touch; by default programmes and full texts. */
  include?: string;
}

function split(node: Text): ElementContent[] | undefined {
  const ranges = unbreakableRanges(node.value);
  if (ranges.length === 0) return undefined;
  const out: ElementContent[] = [];
  let pos = 0;
  for (const { start, end } of ranges) {
    if (start > pos) out.push({ type: 'text', value: node.value.slice(pos, start) });
    out.push({ type: 'element', tagName: 'span', properties: { className: [NOWRAP_CLASS] }, children: [{ type: 'text', value: node.value.slice(start, end) }] });
    pos = end;
  }
  if (pos < node.value.length) out.push({ type: 'text', value: node.value.slice(pos) });
  return out;
}

function walk(parent: Root | Element): void {
  const children: Root['children'] = [];
  for (const child of parent.children) {
    if (child.type === 'text') {
      const parts = split(child);
      children.push(...(parts ?? [child]));
      continue;
    }
    if (child.type === 'element') {
      const classes = child.properties?.className;
      const already = Array.isArray(classes) && classes.includes(NOWRAP_CLASS);
      if (!already && child.tagName !== 'script' && child.tagName !== 'style') walk(child);
    }
    children.push(child);
  }
  parent.children = children as typeof parent.children;
}

export default function rehypeNowrap(options: RehypeNowrapOptions = {}) {
  const { include } = options;
  return (tree: Root, file: VFile): void => {
    const path = (file.history[0] ?? file.path ?? '').replaceAll('\\', '/');
    if (include !== undefined ? !path.includes(include) : !contentFileKind(path)) return;
    walk(tree);
  };
}
