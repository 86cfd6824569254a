/**
 * remark plugin: give every numbered section heading and every block of a
 * programme, and of a document's full text (`content/resolutions/<id>.mdx`),
 * a stable ASCII id (see `src/lib/programmes/structure.ts`). Other files are
 * not touched; which file is which is decided by `contentFileKind`.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { writeAnchors, type ProgrammeStructure } from '../lib/programmes/structure';
import { contentFileKind } from '../lib/content/file-kind';

export default function remarkProgrammeAnchors() {
  return (tree: Root, file: VFile): void => {
    if (!contentFileKind(file.history[0] ?? file.path ?? '')) return;
    // The structure is kept for the citation plugin, which runs next on the same tree.
    (file.data as { programmeStructure?: ProgrammeStructure }).programmeStructure = writeAnchors(tree);
  };
}
