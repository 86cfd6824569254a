/**
 * The citation links of one programme, planned without touching its tree:
 * the records of every citation (`recordCitations`, found once per block) and,
 * for every text node that holds a citation, the nodes that replace it (text,
 * link, text …). Each Markdown processor's adapter applies the plan its own
 * way: remark splices the parent's children (`remark-citation-links`),
 * Sätteri records `replaceNode` through its plugin context
 * (`satteri/citation-links`). Both therefore link exactly the same words.
 */
import type { Link, Parent, PhrasingContent, Root, Text } from 'mdast';
import type {} from 'mdast-util-to-hast';
import { analyzeProgramme, type ProgrammeStructure } from '../programmes/structure';
import { programmeYear } from '../programmes/catalog';
import { programmeSchema } from '../schemas';
import { routes, withBase } from '../paths';
import type { Registry } from './registry';
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
 * Plan the links of a programme. `frontmatter` is the entry's frontmatter (its
 * issuer and period decide how local citations resolve); `structure` the one
 * the anchor plugin computed, when it is at hand. Returns undefined when the
 * frontmatter is not a valid programme or its issuer is unknown: the content
 * schema and the reference checks report those.
 */
export function planCitationLinks(tree: Root, frontmatter: unknown, options: CitationLinkOptions, structure?: ProgrammeStructure): CitationLinkPlan | undefined {
  const parsed = programmeSchema.safeParse(frontmatter);
  if (!parsed.success) return undefined;
  const { registry } = options;
  const issuer = registry.issuers.get(parsed.data.issuer);
  if (!issuer) return undefined;
  const records: CitationRecord[] = [];
  const ranges = new Map<Text, { parent: Parent; ranges: Range[] }>();
  for (const { found, records: blockRecords } of recordCitations(structure ?? analyzeProgramme(tree), registry, { issuer, year: programmeYear(parsed.data) })) {
    records.push(...blockRecords);
    for (const r of blockRecords) {
      const overlapping = found.segments.filter((s) => s.start < r.end && r.start < s.end);
      // A citation split by formatting ("Quy định số **4218-QĐ/TU**"): link the part holding the symbol.
      const segment = overlapping[overlapping.length - 1];
      if (!segment) continue;
      const start = Math.max(r.start, segment.start);
      const end = Math.min(r.end, segment.end);
      const link = linkNode(withBase(options.base, routes.document(r.documentId)), found.text.slice(start, end), r.documentId, r.status);
      const entry = ranges.get(segment.node) ?? { parent: segment.parent, ranges: [] };
      entry.ranges.push({ from: start - segment.start, to: end - segment.start, link });
      ranges.set(segment.node, entry);
    }
  }
  const replacements = [...ranges].map(([node, { parent, ranges: rs }]) => ({ node, parent, nodes: splitText(node.value, rs) }));
  return { records, replacements };
}
