/**
 * The query words to mark in the paragraph a search result lands on. The
 * result link carries the query (`?tu-khoa=…`, HIGHLIGHT_PARAM) and the page
 * marks, in its target paragraph, the words that match it the way the search
 * matched them: folded (no marks, đ → d), whole words, the last word of the
 * query also as a prefix (the reader may not have finished typing it), and
 * with the marks as typed when the reader typed them. Pure: returns ranges.
 */
import { foldForSearch, normalizeText } from '../text/normalize';
import { analyzeQuery } from './query';
import { toneKey } from './rank';

/** The URL parameter that carries the query to the page a result lands on. */
export const HIGHLIGHT_PARAM = 'tu-khoa';

/** A result link with the query for highlighting: /a/#b → /a/?tu-khoa=…#b. */
export function withHighlight(url: string, query: string): string {
  const q = query.trim();
  if (q === '') return url;
  const hash = url.indexOf('#');
  const [path, fragment] = hash < 0 ? [url, ''] : [url.slice(0, hash), url.slice(hash)];
  const sep = path.includes('?') ? '&' : '?';
  return `${path}${sep}${HIGHLIGHT_PARAM}=${encodeURIComponent(q)}${fragment}`;
}

/**
 * [start, end) of each word of `text` to mark for `query` (offsets in
 * `text`). For a query of several words, where they stand together in order
 * only those occurrences are marked; else every matching word.
 */
export function highlightRanges(text: string, query: string): [number, number][] {
  const terms = analyzeQuery(query).allTerms;
  if (terms.length === 0) return [];
  const words: { start: number; end: number; matches: Set<number>; gap: string }[] = [];
  let previousEnd = 0;
  for (const m of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    const word = m[0];
    const folded = foldForSearch(word);
    const lower = normalizeText(word).toLowerCase();
    const matches = new Set<number>();
    terms.forEach((t, i) => {
      const last = i === terms.length - 1;
      if (!(folded === t.folded || (last && folded.startsWith(t.folded)))) return;
      if (t.marked !== undefined) {
        const [have, want] = [toneKey(lower), toneKey(t.marked)];
        const letters = last ? have[0].startsWith(want[0]) : have[0] === want[0];
        if (!letters || !(have[1] === want[1] || (last && want[1] === ''))) return;
      }
      matches.add(i);
    });
    words.push({ start: m.index, end: m.index + word.length, matches, gap: text.slice(previousEnd, m.index) });
    previousEnd = m.index + word.length;
  }
  if (terms.length > 1) {
    const phrase: [number, number][] = [];
    for (let i = 0; i + terms.length <= words.length; i += 1) {
      // The words in order, with nothing but spaces between them.
      const run = terms.every((_, k) => words[i + k]?.matches.has(k) && (k === 0 || /^\s+$/u.test(words[i + k]?.gap ?? '')));
      if (run) for (let k = 0; k < terms.length; k += 1) phrase.push([words[i + k]?.start ?? 0, words[i + k]?.end ?? 0]);
    }
    if (phrase.length > 0) return phrase;
  }
  return words.filter((w) => w.matches.size > 0).map((w) => [w.start, w.end]);
}
