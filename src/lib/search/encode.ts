/**
 * The text Pagefind indexes and the text it is asked for, made to agree on
 * Vietnamese. Pagefind (1.6) folds tone marks by stripping Unicode combining
 * marks, with a ranking boost when the marks of the query match the indexed
 * word, but it keeps đ/Đ as a letter of its own: "dang" never finds "Đảng".
 *
 * Both sides therefore go through `encodeForIndex`: the text is normalised
 * (`normalizeText`: NFC, Ð → Đ, no-break spaces, dashes) and every đ/Đ is
 * written as d/D followed by U+0345 COMBINING GREEK YPOGEGRAMMENI, a mark that
 *   - is a combining mark, so Pagefind's folding drops it ("dͅảng" → "dang"),
 *     on the index side (Rust: NFD + combining marks removed) and on the query
 *     side (JS: NFD + \p{M} removed);
 *   - is Alphabetic, so Pagefind keeps it inside the word it stores as the
 *     "original" form, and a query typed with đ ("đảng" → "dͅảng") still gets
 *     the exact-marks boost;
 *   - never occurs in Vietnamese text, so `decodeIndexed` restores đ/Đ
 *     exactly in what the search page shows (titles, excerpts).
 * The pages people read are never changed: only the indexed copy and the
 * query are encoded.
 */
import { normalizeText } from '../text/normalize';

/** The mark written after d/D for đ/Đ in indexed text and queries. */
export const STROKE_MARK = '\u0345';

/** Normalise and encode text for the index or for a query (see module comment). */
export function encodeForIndex(text: string): string {
  return normalizeText(text).replace(/[đĐ]/gu, (c) => (c === 'đ' ? 'd' : 'D') + STROKE_MARK);
}

/** Undo `encodeForIndex`'s đ/Đ encoding in text that came out of the index. */
export function decodeIndexed(text: string): string {
  return text.replace(/([dD])\u0345/gu, (_, d: string) => (d === 'd' ? 'đ' : 'Đ'));
}
