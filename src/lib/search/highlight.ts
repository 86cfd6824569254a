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

/** [start, end) of each word of `text` to mark for `query` (offsets in `text`). */
export function highlightRanges(text: string, query: string): [number, number][] {
  const terms = analyzeQuery(query).allTerms;
  if (terms.length === 0) return [];
  const ranges: [number, number][] = [];
  for (const m of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    const word = m[0];
    const folded = foldForSearch(word);
    const lower = normalizeText(word).toLowerCase();
    const hit = terms.some((t, i) => {
      const last = i === terms.length - 1;
      if (!(folded === t.folded || (last && folded.startsWith(t.folded)))) return false;
      if (t.marked === undefined) return true;
      const [have, want] = [toneKey(lower), toneKey(t.marked)];
      return (last ? have[0].startsWith(want[0]) : have[0] === want[0]) && (have[1] === want[1] || (last && want[1] === ''));
    });
    if (hit) ranges.push([m.index, m.index + word.length]);
  }
  return ranges;
}
