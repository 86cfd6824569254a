/**
 * Named references: phrases that name a document without a symbol
 * ("Chương trình công tác năm 2025"). Matched on normalised text, ignoring
 * letter case, on word boundaries; spans are exact in the original text.
 */
import { normalizeWithMap } from '../text';

export interface NamedMatch {
  documentId: string;
  start: number;
  end: number;
  text: string;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** `phrases` must be normalised and sorted longest first (as in `Registry.namedPhrases`). */
export function findNamedReferences(input: string, phrases: readonly { phrase: string; documentId: string }[]): NamedMatch[] {
  if (phrases.length === 0) return [];
  const { text, map } = normalizeWithMap(input);
  const haystack = text.toLowerCase();
  // toLowerCase keeps the length of Vietnamese text; if it ever did not, skip rather than mis-map.
  if (haystack.length !== text.length) return [];
  const taken: NamedMatch[] = [];
  for (const { phrase, documentId } of phrases) {
    const needle = phrase.toLowerCase();
    if (needle.length === 0) continue;
    for (let from = haystack.indexOf(needle); from !== -1; from = haystack.indexOf(needle, from + 1)) {
      const to = from + needle.length;
      if (LETTER_OR_DIGIT.test(haystack[from - 1] ?? '') || LETTER_OR_DIGIT.test(haystack[to] ?? '')) continue;
      const start = map[from] ?? 0;
      const end = map[to] ?? input.length;
      if (taken.some((m) => start < m.end && m.start < end)) continue;
      taken.push({ documentId, start, end, text: input.slice(start, end) });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}
