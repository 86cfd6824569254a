/**
 * Document symbols and dates must not break across lines: a reader must never
 * see "27-" at the end of a line and "CT/TW" on the next, or "09/11/" and
 * "2022". Browsers may break after "-" and "/"; the browser code of the
 * programme page wraps each match in a no-wrap span (the text itself is
 * never changed). Pure: finds the ranges only.
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
