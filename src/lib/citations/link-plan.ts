/**
 * The citation links of one programme, or of one document's full text
 * (`content/resolutions/<id>.mdx`), planned without touching its tree:
 * the records of every citation (`recordCitations`, found once per block) and,
 * for every text node that holds a citation, the nodes that replace it (text,
 * link, text …). Each Markdown processor's adapter applies the plan its own
 * way: remark splices the parent's children (`remark-citation-links`),
 * Sätteri records `replaceNode` through its plugin context
 * (`satteri/citation-links`). Both therefore link exactly the same words.
 *
 * A full text's citations are resolved in the context of its own document
 * (`documentTextContext`), and a citation of that document itself stays text.
 * A citation of a document that is a programme on the site links to the
 * programme (`citationPath`).
 */
import type { Link, Parent, PhrasingContent, Root, Text } from 'mdast';
import type {} from 'mdast-util-to-hast';
import { analyzeProgramme, type ProgrammeStructure } from '../programmes/structure';
import { programmeYear } from '../programmes/catalog';
import { programmeSchema } from '../schemas';
import { withBase } from '../paths';
import type { ContentFileKind } from '../content/file-kind';
import type { Registry, RegistryIssuer } from './registry';
import { citationPath, documentTextContext } from './target';
import { recordCitations, type CitationRecord } from './records';

export interface CitationLinkOptions {
  /** Astro's base path, e.g. "/" or "/van-kien/". */
  base: string;
  /** The citation registry, loaded and validated once by the integration. */
  registry: Registry;
}

/** A text node to replace, and what replaces it (in order). */
export interface TextReplacement {
  node: Text;
  parent: Parent;
  nodes: PhrasingContent[];
}

export interface CitationLinkPlan {
  /** One record per citation, in text order (they go into the remark-plugin frontmatter). */
  records: CitationRecord[];
  replacements: TextReplacement[];
}

/** Where the adapters leave the records: the entry's remark-plugin frontmatter (`render(entry).remarkPluginFrontmatter`). */
export const CITATIONS_FRONTMATTER_KEY = 'citations';

function linkNode(url: string, value: string, documentId: string, status: string): Link {
  return {
    type: 'link',
    url,
    children: [{ type: 'text', value }],
    data: { hProperties: { className: ['cite'], 'data-cite': documentId, 'data-cite-status': status } },
  };
}

interface Range {
  from: number;
  to: number;
  link: Link;
}

/** The text node split around its links: text, link, text …, no empty text. */
function splitText(value: string, ranges: Range[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let pos = 0;
  for (const { from, to, link } of [...ranges].sort((a, b) => a.from - b.from)) {
    // Two citations never share words; should one overlap the previous, the first keeps them.
    if (from < pos) continue;
    if (from > pos) out.push({ type: 'text', value: value.slice(pos, from) });
    out.push(link);
    pos = to;
  }
  if (pos < value.length) out.push({ type: 'text', value: value.slice(pos) });
  return out;
}

/**
 * Plan the links of a programme or a full text. For a programme, `frontmatter`
 * is the entry's frontmatter (its issuer and period decide how local
 * citations resolve); for a full text (`kind`), its document's registry
 * record does. `structure` is the one the anchor plugin computed, when it is
 * at hand. Returns undefined when the frontmatter is not a valid programme,
 * its issuer is unknown, or the full text has no record: the content schema,
 * the reference checks and the content loader report those.
 */
export function planCitationLinks(
  tree: Root,
  frontmatter: unknown,
  options: CitationLinkOptions,
  structure?: ProgrammeStructure,
  kind: ContentFileKind = { kind: 'programme' },
): CitationLinkPlan | undefined {
  const { registry } = options;
  let context: { issuer: RegistryIssuer; year: number } | undefined;
  let self: string | undefined;
  if (kind.kind === 'programme') {
    const parsed = programmeSchema.safeParse(frontmatter);
    if (!parsed.success) return undefined;
    const issuer = registry.issuers.get(parsed.data.issuer);
    if (!issuer) return undefined;
    context = { issuer, year: programmeYear(parsed.data) };
  } else {
    context = documentTextContext(kind.documentId, registry);
    self = kind.documentId;
  }
  if (!context) return undefined;
  const records: CitationRecord[] = [];
  const ranges = new Map<Text, { parent: Parent; ranges: Range[] }>();
  for (const { found, records: all } of recordCitations(structure ?? analyzeProgramme(tree), registry, context)) {
    // A full text citing its own document (its number in its own text) is not a citation.
    const blockRecords = all.filter((r) => r.documentId !== self);
    records.push(...blockRecords);
    for (const r of blockRecords) {
      const overlapping = found.segments.filter((s) => s.start < r.end && r.start < s.end);
      // A citation split by formatting ("Quy định số **4218-QĐ/TU**"): link the part holding the symbol.
      const segment = overlapping[overlapping.length - 1];
      if (!segment) continue;
      const start = Math.max(r.start, segment.start);
      const end = Math.min(r.end, segment.end);
      const link = linkNode(withBase(options.base, citationPath(r.documentId, registry)), found.text.slice(start, end), r.documentId, r.status);
      const entry = ranges.get(segment.node) ?? { parent: segment.parent, ranges: [] };
      entry.ranges.push({ from: start - segment.start, to: end - segment.start, link });
      ranges.set(segment.node, entry);
    }
  }
  const replacements = [...ranges].map(([node, { parent, ranges: rs }]) => ({ node, parent, nodes: splitText(node.value, rs) }));
  return { records, replacements };
}
