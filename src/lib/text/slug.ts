import { foldForSearch } from './normalize';

/** ASCII slug: folded, every run of other characters a single hyphen. */
export function slugify(input: string): string {
  return foldForSearch(input)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export interface HeadingNumber {
  /** The number as printed, without the trailing dot: "II", "1", "1.6". */
  number: string;
  /** The heading text after the number. */
  title: string;
  /** Whether the number is a Roman numeral (a part: I, II, III …). */
  roman: boolean;
}

const HEADING_NUMBER = /^\s*((?:[IVXLC]+)|(?:\d+(?:\.\d+)*))\.?\s+(.*)$/su;

/** Split a numbered heading ("1.6. Công tác kiểm tra…") into number and title. */
export function parseHeadingNumber(text: string): HeadingNumber | undefined {
  const match = HEADING_NUMBER.exec(text);
  if (!match || match[1] === undefined || match[2] === undefined) return undefined;
  const number = match[1];
  return { number, title: match[2].trim(), roman: /^[IVXLC]+$/.test(number) };
}

/**
 * The anchor of a numbered section. A programme restarts its arabic numbering
 * in each Roman part, so the anchor carries the part: part II, section 1.6 →
 * `muc-ii-1-6`; part I → `muc-i`. Every place that links to a section (page,
 * table of contents, cited-by index, search) calls this function.
 */
export function sectionAnchor(part: string | undefined, number?: string): string {
  const pieces = ['muc'];
  if (part) pieces.push(part.toLowerCase());
  if (number) pieces.push(...number.split('.').filter(Boolean));
  return slugify(pieces.join('-'));
}

/** The anchor of the n-th paragraph (đoạn, 1-based) of a section. */
export function paragraphAnchor(section: string, index: number): string {
  return `${section}-doan-${index}`;
}

/** The anchor of the item (ý) numbered n in a numbered list of a section. */
export function itemAnchor(section: string, number: number): string {
  return `${section}-y-${number}`;
}
