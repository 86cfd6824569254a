/**
 * Vietnamese text helpers: the one place that decides what "the same text" means.
 *
 * - `normalizeText` is for matching (citations, anchors, comparisons): NFC,
 *   look-alike letters mapped to the Vietnamese letter, every space-like
 *   character made a plain space, every dash-like character made a hyphen,
 *   invisible characters dropped. It never changes what a reader sees when
 *   applied to rendered text, apart from these code-point substitutions.
 * - `normalizeWithMap` does the same and returns, for every character of the
 *   result, the index of the character it came from, so that a match found in
 *   normalised text can be reported as an exact span of the original text.
 * - `foldForSearch` goes further, for search only: tone marks stripped,
 *   đ/Đ → d, lower case.
 */

/** Letters that look like Vietnamese letters but are other code points. */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  '\u00D0': '\u0110', // Ð LATIN CAPITAL LETTER ETH → Đ
  '\u0189': '\u0110', // Ɖ LATIN CAPITAL LETTER AFRICAN D → Đ
  '\u00F0': '\u0111', // ð LATIN SMALL LETTER ETH → đ
};

const SPACE_LIKE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t]/u;
const DASH_LIKE = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/u;
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/u;
const COMBINING = /\p{M}/u;

function mapChar(ch: string): string {
  const lookAlike = LOOK_ALIKES[ch];
  if (lookAlike !== undefined) return lookAlike;
  if (SPACE_LIKE.test(ch)) return ' ';
  if (DASH_LIKE.test(ch)) return '-';
  if (INVISIBLE.test(ch)) return '';
  return ch;
}

export interface NormalizedText {
  /** The normalised text. */
  text: string;
  /**
   * `map[i]` is the index in the original string of the cluster that produced
   * character `i` of `text`; `map[text.length]` is the original length, so a
   * span `[a, b)` of `text` maps to `[map[a], map[b])` of the original.
   */
  map: number[];
}

/**
 * Normalise text for matching and keep a map back to the original.
 * Works cluster by cluster (a base character and the combining marks after
 * it), so NFC composition never crosses a cluster boundary.
 */
export function normalizeWithMap(input: string): NormalizedText {
  let text = '';
  const map: number[] = [];
  let i = 0;
  while (i < input.length) {
    const start = i;
    const cp = input.codePointAt(i) ?? 0;
    i += cp > 0xffff ? 2 : 1;
    while (i < input.length && COMBINING.test(input[i] ?? '')) i += 1;
    const cluster = input.slice(start, i);
    const base = String.fromCodePoint(cp);
    const mapped = (mapChar(base) + cluster.slice(base.length)).normalize('NFC');
    for (let k = 0; k < mapped.length; k += 1) map.push(start);
    text += mapped;
  }
  map.push(input.length);
  return { text, map };
}

/** Normalise text for matching (see module comment). */
export function normalizeText(input: string): string {
  return normalizeWithMap(input).text;
}

/** Fold text for search: normalised, tone marks stripped, đ → d, lower case. */
export function foldForSearch(input: string): string {
  return normalizeText(input)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase();
}

/** Collapse runs of white space to one space and trim. */
export function collapseSpaces(input: string): string {
  return input.replace(/\s+/gu, ' ').trim();
}
