/**
 * rehype plugin: in a programme, keep every document symbol and date on one
 * line (27-CT/TW, 09/11/2022, 30/2020/NĐ-CP): each is wrapped in
 * `<span class="nowrap">` at build time, so it holds with JavaScript off and
 * in print. The text itself is never changed (`src/lib/reading/nowrap.ts`
 * finds the ranges and builds the spans; the Sätteri adapter is
 * `./satteri/nowrap.ts`). Only programmes and full texts of documents are
 * touched (`contentFileKind`), or the files whose path contains `include` when given.
 */
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { keepsTextWhole, NOWRAP_CLASS, splitUnbreakable } from '../lib/reading/nowrap';
import { contentFileKind } from '../lib/content/file-kind';

export { NOWRAP_CLASS };

export interface RehypeNowrapOptions {
  /** Path fragment that identifies the files to touch; by default programmes and full texts. */
  include?: string;
}

function walk(parent: Root | Element): void {
  const children: Root['children'] = [];
  for (const child of parent.children) {
    if (child.type === 'text') {
      children.push(...(splitUnbreakable(child.value) ?? [child]));
      continue;
    }
    if (child.type === 'element' && !keepsTextWhole(child.tagName, child.properties?.className)) walk(child);
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
