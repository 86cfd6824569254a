/**
 * remark plugin: turn every cited document in a programme, or in a document's
 * full text (`content/resolutions/<id>.mdx`), into a link to its page
 * (`/van-ban/<id>/`, or the programme's page when the document is a programme
 * on the site), wherever it stands (paragraph, list item, table cell, bold or
 * italic text), never inside code or an existing link. Which file is which:
 * `contentFileKind`.
 *
 * Detection, resolution and the split of text nodes are planned in
 * `src/lib/citations/link-plan.ts` (shared with the Sätteri adapter,
 * `./satteri/citation-links.ts`); this file only applies the plan to the tree.
 */
import type { PhrasingContent, Root } from 'mdast';
import type { VFile } from 'vfile';
import type { ProgrammeStructure } from '../lib/programmes/structure';
import { CITATIONS_FRONTMATTER_KEY, planCitationLinks, type CitationLinkOptions } from '../lib/citations/link-plan';
import { contentFileKind } from '../lib/content/file-kind';

export { CITATIONS_FRONTMATTER_KEY };

export type RemarkCitationLinksOptions = CitationLinkOptions;

interface AstroFileData {
  astro?: { frontmatter?: Record<string, unknown> };
  programmeStructure?: ProgrammeStructure;
}

export default function remarkCitationLinks(options: RemarkCitationLinksOptions) {
  return (tree: Root, file: VFile): void => {
    const kind = contentFileKind(file.history[0] ?? file.path ?? '');
    if (!kind) return;
    const data = file.data as AstroFileData;
    const plan = planCitationLinks(tree, data.astro?.frontmatter, options, data.programmeStructure, kind);
    if (!plan) return;
    for (const { node, parent, nodes } of plan.replacements) {
      const children = parent.children as PhrasingContent[];
      const index = children.indexOf(node);
      if (index !== -1) children.splice(index, 1, ...nodes);
    }
    if (data.astro?.frontmatter) data.astro.frontmatter[CITATIONS_FRONTMATTER_KEY] = plan.records;
  };
}
