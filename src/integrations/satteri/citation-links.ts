/**
 * Sätteri mdast plugin: the citation links and records of a programme or of a
 * document's full text, the twin of `../remark-citation-links.ts`. The plan (`src/lib/citations/link-plan.ts`)
 * is the same; each text node that holds a citation is replaced through the
 * plugin context, and the records go into `ctx.data.astro.frontmatter`, which
 * Astro's MDX renderer exports as the entry's remark-plugin frontmatter.
 */
import { defineMdastPlugin } from 'satteri';
import type { Root } from 'mdast';
import { CITATIONS_FRONTMATTER_KEY, planCitationLinks, type CitationLinkOptions } from '../../lib/citations/link-plan';
import type { ContentFileKind } from '../../lib/content/file-kind';

interface AstroData {
  astro?: { frontmatter?: Record<string, unknown> };
}

/** `kind`: a programme (the default) or a document's full text (`contentFileKind` of the file). */
export function satteriCitationLinks(options: CitationLinkOptions, kind: ContentFileKind = { kind: 'programme' }) {
  return defineMdastPlugin({
    name: 'van-kien-citation-links',
    before(root, ctx) {
      const astro = (ctx.data as AstroData).astro;
      const plan = planCitationLinks(root as Root, astro?.frontmatter, options, undefined, kind);
      if (!plan) return;
      for (const { node, nodes } of plan.replacements) ctx.replaceNode(node, nodes);
      if (astro?.frontmatter) astro.frontmatter[CITATIONS_FRONTMATTER_KEY] = plan.records;
    },
  });
}
