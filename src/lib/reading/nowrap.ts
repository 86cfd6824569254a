/**
 * Document symbols and dates must not break across lines: a reader must never
 * see "27-" at the end of a line and "CT/TW" on the next, or "09/11/" and
 * "2022". Browsers may break after "-" and "/"; the build wraps each match
 * of a programme in a no-wrap span (`src/integrations/rehype-nowrap.ts`; the
 * text itself is never changed), so it holds with JavaScript off and in
 * print. Pure: finds the ranges and builds the replacement nodes; the
 * processors' adapters put them in the tree.
 */
import type { ElementContent } from 'hast';

/** The class of the span that keeps its text on one line (styled in the site's CSS). */
export const NOWRAP_CLASS = 'nowrap';

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

/**
 * A text node's value as hast nodes, each symbol and date in a no-wrap span
 * (`<span class="nowrap">`), or undefined when it holds none.
 */
export function splitUnbreakable(value: string): ElementContent[] | undefined {
  const ranges = unbreakableRanges(value);
  if (ranges.length === 0) return undefined;
  const out: ElementContent[] = [];
  let pos = 0;
  for (const { start, end } of ranges) {
    if (start > pos) out.push({ type: 'text', value: value.slice(pos, start) });
    out.push({ type: 'element', tagName: 'span', properties: { className: [NOWRAP_CLASS] }, children: [{ type: 'text', value: value.slice(start, end) }] });
    pos = end;
  }
  if (pos < value.length) out.push({ type: 'text', value: value.slice(pos) });
  return out;
}

/** Elements whose text is never split: a span already no-wrap, scripts and styles. */
export function keepsTextWhole(tagName: string, className: unknown): boolean {
  if (tagName === 'script' || tagName === 'style') return true;
  return Array.isArray(className) && className.includes(NOWRAP_CLASS);
}
