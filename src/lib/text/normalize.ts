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

/** Space-like code points: tab, no-break spaces, the typographic spaces, ideographic space. */
function isSpaceLike(code: number): boolean {
  return code === 0x09 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000;
}

/** Dash-like code points: hyphens and dashes, minus sign, small and full-width hyphen-minus. */
function isDashLike(code: number): boolean {
  return (code >= 0x2010 && code <= 0x2015) || code === 0x2212 || code === 0xfe58 || code === 0xfe63 || code === 0xff0d;
}

/** Invisible code points: soft hyphen, zero-width space and joiners, word joiner, BOM. */
function isInvisible(code: number): boolean {
  return code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;
}

const COMBINING = /\p{M}/u;

/** Whether a UTF-16 code unit is a combining mark (fast path for the common block). */
function isCombining(code: number): boolean {
  if (code < 0x300) return false;
  if (code <= 0x36f) return true;
  return COMBINING.test(String.fromCharCode(code));
}

function mapChar(ch: string, code: number): string {
  if (code < 0x80) return code === 0x09 ? ' ' : ch;
  const lookAlike = LOOK_ALIKES[ch];
  if (lookAlike !== undefined) return lookAlike;
  if (isSpaceLike(code)) return ' ';
  if (isDashLike(code)) return '-';
  if (isInvisible(code)) return '';
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
 * it), so NFC composition never crosses a cluster boundary. Linear in the
 * length of the text; clusters without marks skip NFC.
 */
export function normalizeWithMap(input: string): NormalizedText {
  const parts: string[] = [];
  const map: number[] = [];
  let i = 0;
  while (i < input.length) {
    const start = i;
    const cp = input.codePointAt(i) ?? 0;
    i += cp > 0xffff ? 2 : 1;
    while (i < input.length && isCombining(input.charCodeAt(i))) i += 1;
    const base = cp > 0xffff ? input.slice(start, start + 2) : input[start] ?? '';
    let mapped = mapChar(base, cp);
    if (i - start > base.length) mapped = (mapped + input.slice(start + base.length, i)).normalize('NFC');
    for (let k = 0; k < mapped.length; k += 1) map.push(start);
    parts.push(mapped);
  }
  map.push(input.length);
  return { text: parts.join(''), map };
}

/**
 * Any character `normalizeWithMap` would change: tab, space-like, dash-like,
 * invisible, look-alike letters, combining marks. Text without one is already
 * normal (NFC composes only clusters with marks), which is most text.
 */
const NEEDS_NORMALIZING = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\u2010-\u2015\u2212\uFE58\uFE63\uFF0D\u00AD\u200B-\u200D\u2060\uFEFF\u00D0\u0189\u00F0\p{M}]/u;

/** Normalise text for matching (see module comment). Text that needs nothing is returned as it is, without building a map. */
export function normalizeText(input: string): string {
  return NEEDS_NORMALIZING.test(input) ? normalizeWithMap(input).text : input;
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
