/**
 * remark plugin: turn every cited document in a programme into a link to its
 * page (`/van-ban/<id>/`), wherever it stands (paragraph, list item, table
 * cell, bold or italic text), never inside code or an existing link.
 *
 * Detection, resolution and block walking all live in `src/lib/citations`
 * and `src/lib/programmes`; this file only splits text nodes into links.
 */
import type { Link, PhrasingContent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { analyzeProgramme } from '../lib/programmes/structure';
import { citationsInBlock, type TextSegment } from '../lib/citations/blocks';
import { loadRegistryFromDisk } from '../lib/citations/registry-data';
import type { Registry } from '../lib/citations/registry';
import { resolveCitation } from '../lib/citations/resolve';
import { routes, withBase } from '../lib/paths';
import { programmeYear } from '../lib/programmes/catalog';
import { programmeSchema } from '../lib/schemas';

export interface RemarkCitationLinksOptions {
  /** Astro's base path, e.g. "/" or "/van-kien/". */
  base: string;
  /** The content folder holding issuers.yaml and resolutions/. */
  contentDir: string;
  /** Path fragment that identifies programme files. */
  include?: string;
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
  const include = options.include ?? '/content/programmes/';
  let registry: Registry | undefined;
  return (tree: Root, file: VFile): void => {
    const path = (file.history[0] ?? file.path ?? '').replaceAll('\\', '/');
    if (!path.includes(include)) return;
    const frontmatter = programmeSchema.safeParse((file.data as { astro?: { frontmatter?: unknown } }).astro?.frontmatter);
    // Invalid frontmatter and unknown issuers are reported by the content schema and reference checks.
    if (!frontmatter.success) return;
    registry ??= loadRegistryFromDisk(options.contentDir);
    const issuer = registry.issuers.get(frontmatter.data.issuer);
    if (!issuer) return;
    const year = programmeYear(frontmatter.data);

    for (const block of analyzeProgramme(tree).blocks) {
      const found = citationsInBlock(block.node, registry.namedPhrases);
      // From the end, so that splitting a text node keeps earlier offsets valid.
      for (const c of [...found.citations].reverse()) {
        const { documentId, status } =
          c.kind === 'named'
            ? { documentId: c.documentId, status: 'named' }
            : resolveCitation(c.citation, registry, { issuer, year });
        const overlapping = found.segments.filter((s) => s.start < c.end && c.start < s.end);
        // A citation split by formatting ("Quy định số **4218-QĐ/TU**"): link the part holding the symbol.
        const segment = overlapping[overlapping.length - 1];
        if (!segment) continue;
        const start = Math.max(c.start, segment.start);
        const end = Math.min(c.end, segment.end);
        const url = withBase(options.base, routes.document(documentId));
        wrap(segment, start, end, linkNode(url, found.text.slice(start, end), documentId, status));
      }
    }
  };
}
