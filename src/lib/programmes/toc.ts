/** Turn a flat heading list (depth, slug, text) into a nested table of contents. */
import { collapseSpaces } from '../text';

export interface TocHeading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocNode {
  slug: string;
  text: string;
  depth: number;
  children: TocNode[];
}

/**
 * Nest headings by depth. A heading deeper than the one before it becomes its
 * child; the shallowest depth present forms the top level. Depth 1 (the page
 * title) is skipped.
 */
export function buildToc(headings: readonly TocHeading[]): TocNode[] {
  const roots: TocNode[] = [];
  const stack: TocNode[] = [];
  for (const h of headings) {
    if (h.depth < 2) continue;
    const node: TocNode = { slug: h.slug, text: collapseSpaces(h.text), depth: h.depth, children: [] };
    while (stack.length > 0 && (stack[stack.length - 1]?.depth ?? 0) >= h.depth) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node);
    else roots.push(node);
    stack.push(node);
  }
  return roots;
}
