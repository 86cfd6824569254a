/**
 * remark plugin: give every numbered section heading and every block of a
 * programme a stable ASCII id (see `src/lib/programmes/structure.ts`).
 * Only files under `content/programmes/` are touched.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { writeAnchors, type ProgrammeStructure } from '../lib/programmes/structure';

export interface RemarkProgrammeAnchorsOptions {
  /** Path fragment that identifies programme files. */
  include?: string;
}

export default function remarkProgrammeAnchors(options: RemarkProgrammeAnchorsOptions = {}) {
  const include = options.include ?? '/content/programmes/';
  return (tree: Root, file: VFile): void => {
    const path = (file.history[0] ?? file.path ?? '').replaceAll('\\', '/');
    if (!path.includes(include)) return;
    // The structure is kept for the citation plugin, which runs next on the same tree.
    (file.data as { programmeStructure?: ProgrammeStructure }).programmeStructure = writeAnchors(tree);
  };
}
