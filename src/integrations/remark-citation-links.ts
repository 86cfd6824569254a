/**
 * remark plugin: turn every cited document in a programme, or in a document's
 * full text (`content/resolutions/<id>.mdx`), into a link to its page
 * (`/van-ban/<id>/`, or the programme's page when the document is a programme
 * on the site: `citationPath`), wherever it stands (paragraph, list item,
 * table cell, bold or italic text), never inside code or an existing link.
 * A full text's citations of its own document are left as text.
 *
 * Detection, resolution and block walking all live in `src/lib/citations`
 * and `src/lib/programmes`; this file only splits text nodes into links.
 */
import type { Link, PhrasingContent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { analyzeProgramme, type ProgrammeStructure } from '../lib/programmes/structure';
import type { TextSegment } from '../lib/citations/blocks';
import type { Registry, RegistryIssuer } from '../lib/citations/registry';
import { recordCitations, type CitationRecord } from '../lib/citations/records';
import { withBase } from '../lib/paths';
import { programmeYear } from '../lib/programmes/catalog';
import { programmeSchema } from '../lib/schemas';
import { contentFileKind } from '../lib/content/file-kind';
import { citationPath, documentTextContext } from '../lib/citations/target';

export interface RemarkCitationLinksOptions {
  /** Astro's base path, e.g. "/" or "/van-kien/". */
  base: string;
  /** The citation registry, loaded and validated once by the integration. */
  registry: Registry;
}

/** Where the plugin leaves its records: the entry's remark-plugin frontmatter (`render(entry).remarkPluginFrontmatter`). */
export const CITATIONS_FRONTMATTER_KEY = 'citations';

interface AstroFileData {
  astro?: { frontmatter?: Record<string, unknown> };
  programmeStructure?: ProgrammeStructure;
}

function linkNode(url: string, value: string, documentId: string, status: string): Link {
  return {
    type: 'link',
    url,
    children: [{ type: 'text', value }],
    data: { hProperties: { className: ['cite'], 'data-cite': documentId, 'data-cite-status': status } },
  };
}

/**
 * Replace `[start, end)` of the block text, inside one text segment, by a
 * link. The text node keeps the part before the link (possibly empty), so an
 * earlier citation in the same node, handled next, still finds it in place.
 */
function wrap(segment: TextSegment, start: number, end: number, link: Link): void {
  const { node, parent } = segment;
  const index = parent.children.indexOf(node as PhrasingContent & Text);
  if (index === -1) return;
  const value = node.value;
  const from = start - segment.start;
  const to = end - segment.start;
  node.value = value.slice(0, from);
  const after: PhrasingContent[] = to < value.length ? [{ type: 'text', value: value.slice(to) }] : [];
  (parent.children as PhrasingContent[]).splice(index + 1, 0, link, ...after);
}

export default function remarkCitationLinks(options: RemarkCitationLinksOptions) {
  const { registry } = options;
  return (tree: Root, file: VFile): void => {
    const kind = contentFileKind(file.history[0] ?? file.path ?? '');
    if (!kind) return;
    const data = file.data as AstroFileData;
    let context: { issuer: RegistryIssuer; year: number } | undefined;
    let self: string | undefined;
    if (kind.kind === 'programme') {
      const frontmatter = programmeSchema.safeParse(data.astro?.frontmatter);
      // Invalid frontmatter and unknown issuers are reported by the content schema and reference checks.
      if (!frontmatter.success) return;
      const issuer = registry.issuers.get(frontmatter.data.issuer);
      if (!issuer) return;
      context = { issuer, year: programmeYear(frontmatter.data) };
    } else {
      // A full text without a registry record fails when the content loads (src/lib/content/load.ts).
      context = documentTextContext(kind.documentId, registry);
      self = kind.documentId;
    }
    if (!context) return;
    const structure = data.programmeStructure ?? analyzeProgramme(tree);
    const all: CitationRecord[] = [];
    for (const block of recordCitations(structure, registry, context)) {
      const { found } = block;
      const records = block.records.filter((r) => r.documentId !== self);
      all.push(...records);
      // From the end, so that splitting a text node keeps earlier offsets valid.
      for (const r of [...records].reverse()) {
        const overlapping = found.segments.filter((s) => s.start < r.end && r.start < s.end);
        // A citation split by formatting ("Quy định số **4218-QĐ/TU**"): link the part holding the symbol.
        const segment = overlapping[overlapping.length - 1];
        if (!segment) continue;
        const start = Math.max(r.start, segment.start);
        const end = Math.min(r.end, segment.end);
        const url = withBase(options.base, citationPath(r.documentId, registry));
        wrap(segment, start, end, linkNode(url, found.text.slice(start, end), r.documentId, r.status));
      }
    }
    if (data.astro?.frontmatter) data.astro.frontmatter[CITATIONS_FRONTMATTER_KEY] = all;
  };
}
