/**
 * The structure of a programme body: which numbered section every block
 * belongs to, and the stable ASCII anchor of every heading and block.
 *
 * One walker serves both the renderer (the remark plugin writes the anchors
 * as ids) and the citation index (which reads the same anchors from the raw
 * MDX), so a deep link computed in one place always lands in the other.
 * Works on mdast types only; no framework imports.
 */
import type { Heading, ListItem, Nodes, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type {} from 'mdast-util-mdx';
import type {} from 'mdast-util-to-hast';
import { collapseSpaces, itemAnchor, normalizeText, paragraphAnchor, parseHeadingNumber, sectionAnchor, slugify } from '../text';

export interface SectionInfo {
  /** Anchor of the section heading, e.g. `muc-ii-1-6`. */
  anchor: string;
  /** The printed number: "II", "1", "1.6"; undefined for unnumbered headings. */
  number: string | undefined;
  /** The heading text without its number, normalised. */
  title: string;
  /** The full heading text as printed (normalised), e.g. "1.6. Công tác …". */
  label: string;
  /** The Roman part the section belongs to, if any. */
  part: string | undefined;
  /** Heading depth (2 for a part, 3, 4 …). */
  depth: number;
}

export interface BlockInfo {
  /** Anchor of the block (paragraph, list item, table, quote). */
  anchor: string;
  /** The section the block stands in; undefined before the first heading. */
  section: SectionInfo | undefined;
  /** The mdast node of the block. */
  node: RootContent | ListItem;
}

export interface ProgrammeStructure {
  sections: SectionInfo[];
  blocks: BlockInfo[];
}

/** Anchor of the blocks that stand before the first heading. */
export const PREAMBLE_ANCHOR = 'mo-dau';

/**
 * An anchor not used yet: the anchor itself, else `<anchor>--2`, `--3` … (a
 * double hyphen, which no other anchor form produces), for authoring slips
 * such as two headings with the same number.
 */
function uniqueAnchor(used: Set<string>, anchor: string): string {
  let unique = anchor;
  for (let n = 2; used.has(unique); n += 1) unique = `${anchor}--${n}`;
  used.add(unique);
  return unique;
}

function headingInfo(node: Heading, currentPart: string | undefined, used: Set<string>): SectionInfo {
  const label = collapseSpaces(normalizeText(toString(node)));
  const parsed = parseHeadingNumber(label);
  let anchor: string;
  let part = currentPart;
  if (parsed?.roman) {
    part = parsed.number;
    anchor = sectionAnchor(parsed.number);
  } else if (parsed) {
    anchor = sectionAnchor(currentPart, parsed.number);
  } else {
    // Unnumbered heading: under the same prefix as numbered ones, so it never takes a page id (nguon, muc-luc …).
    anchor = `muc-${slugify(label) || 'khong-so'}`;
  }
  const unique = uniqueAnchor(used, anchor);
  return { anchor: unique, number: parsed?.number, title: parsed?.title ?? label, label, part, depth: node.depth };
}

/**
 * Walk the top level of a programme body. Headings open sections; every other
 * block gets an anchor: items of an ordered list `<section>-y-<number>` (ý:
 * `muc-i-y-3` for focus task 3 of part I), other blocks `<section>-doan-<n>`
 * (đoạn). Numbered headings own the plain forms (`muc-ii-1-1`), so a list
 * under section 1 never takes the anchor of subsection 1.1.
 */
export function analyzeProgramme(tree: Root): ProgrammeStructure {
  const sections: SectionInfo[] = [];
  const blocks: BlockInfo[] = [];
  const used = new Set<string>();
  let current: SectionInfo | undefined;
  let paragraphCount = 0;

  const addBlock = (node: RootContent | ListItem, anchor: string): void => {
    blocks.push({ anchor: uniqueAnchor(used, anchor), section: current, node });
  };

  for (const node of tree.children) {
    if (node.type === 'heading') {
      current = headingInfo(node, current?.part, used);
      sections.push(current);
      paragraphCount = 0;
      continue;
    }
    if (isInvisible(node)) continue;
    const base = current?.anchor ?? PREAMBLE_ANCHOR;
    if (node.type === 'list' && node.ordered) {
      const start = node.start ?? 1;
      node.children.forEach((item, index) => {
        addBlock(item, itemAnchor(base, start + index));
      });
      continue;
    }
    if (node.type === 'list') {
      for (const item of node.children) {
        paragraphCount += 1;
        addBlock(item, paragraphAnchor(base, paragraphCount));
      }
      continue;
    }
    paragraphCount += 1;
    addBlock(node, paragraphAnchor(base, paragraphCount));
  }
  return { sections, blocks };
}

/** Nodes that render nothing a reader can link to (imports, comments). */
function isInvisible(node: Nodes): boolean {
  return (
    node.type === 'mdxjsEsm' ||
    node.type === 'mdxFlowExpression' ||
    node.type === 'definition' ||
    node.type === 'yaml' ||
    node.type === 'html'
  );
}

/** A node and the id it gets: every section heading and every block. */
export interface AnchorTarget {
  node: Heading | RootContent | ListItem;
  id: string;
}

/**
 * Which node gets which id, without touching the tree: each Markdown
 * processor's adapter writes them its own way (remark mutates `data`,
 * Sätteri records the change through its plugin context).
 */
export function anchorTargets(tree: Root, structure: ProgrammeStructure = analyzeProgramme(tree)): AnchorTarget[] {
  const targets: AnchorTarget[] = [];
  let sectionIndex = 0;
  for (const node of tree.children) {
    if (node.type !== 'heading') continue;
    const info = structure.sections[sectionIndex];
    sectionIndex += 1;
    if (info) targets.push({ node, id: info.anchor });
  }
  for (const block of structure.blocks) targets.push({ node: block.node, id: block.anchor });
  return targets;
}

/** The node's `data` with the anchor as its element id (`data.hProperties.id`), other data kept. */
export function dataWithId(node: Nodes, id: string): NonNullable<Nodes['data']> {
  const data = node.data ?? {};
  return { ...data, hProperties: { ...(data.hProperties ?? {}), id } };
}

/** Set the anchors as element ids (through mdast `data.hProperties`), on the tree itself (remark). */
export function writeAnchors(tree: Root, structure: ProgrammeStructure = analyzeProgramme(tree)): ProgrammeStructure {
  for (const { node, id } of anchorTargets(tree, structure)) node.data = dataWithId(node, id);
  return structure;
}
