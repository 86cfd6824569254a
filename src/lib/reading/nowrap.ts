/**
 * Document symbols and dates must not break across lines: a reader must never
 * see "27-" at the end of a line and "CT/TW" on the next, or "09/11/" and
 * "2022". Browsers may break after "-" and "/"; the build wraps each match
 * of a programme in a no-wrap span (`src/integrations/rehype-nowrap.ts`; the
 * text itself is never changed), so it holds with JavaScript off and in
 * print. Pure: finds the ranges only.
 */

/**
 * A symbol or a date: digits, then one or more groups of "-" or "/" followed
 * by letters or digits: 27-CT/TW, 07-NQ/TU, 08-QĐi/TW, 30/2020/NĐ-CP,
 * 1588/QĐ-TTg, 09/11/2022, 03/02/1930. Not preceded by a letter or digit.
 */
const UNBREAKABLE = /(?<![\p{L}\p{N}])\p{N}+(?:[-/][\p{L}\p{N}]+)+/gu;

export interface Range {
  start: number;
  end: number;
}

/** Ranges of `text` that must stay on one line. */
export function unbreakableRanges(text: string): Range[] {
  const out: Range[] = [];
  for (const m of text.matchAll(UNBREAKABLE)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}
