/**
 * What a search query asks for: its words, folded and as typed, and the
 * document symbol it names, if any. Pure; used by the search page (to build
 * the Pagefind queries and to rank what comes back) and by the unit tests.
 */
import { foldForSearch, normalizeText } from '../text/normalize';
import { encodeForIndex } from './encode';
import { aliasToken, ownPageToken, parseSymbolQuery, type SymbolQuery } from './symbols';

/** Longer queries are cut here (a pasted paragraph still searches, quickly). */
export const MAX_QUERY_CHARS = 200;
/** At most this many words are searched. */
export const MAX_TERMS = 12;

export interface QueryTerm {
  /** Folded: no tone marks, đ → d, lower case. What a word must start with to match. */
  folded: string;
  /** The word as typed (normalised, lower case) when it carries marks or đ: exact matches rank first. */
  marked?: string;
  /** The word as Pagefind is asked for it (see `encodeForIndex`). */
  encoded: string;
}

export interface SearchQuery {
  /** The query as typed, normalised, trimmed and cut to MAX_QUERY_CHARS: for messages and the URL. */
  text: string;
  /** Words to match in the text; for a symbol query, the words around the symbol. */
  terms: QueryTerm[];
  /** Every word of the query, the symbol's included (for a symbol query that also searches text). */
  allTerms: QueryTerm[];
  /** The user put the words in quotes: they must stand side by side. */
  phrase: boolean;
  symbol?: SymbolQuery;
}

/** Words that only introduce a symbol ("số 27-NQ/TW", "văn bản số …"). */
const FILLERS: ReadonlySet<string> = new Set(['so', 'van', 'ban', 'ky', 'hieu']);

function toTerms(text: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  for (const word of text.toLowerCase().split(/[^\p{L}\p{M}\p{N}]+/u)) {
    const folded = foldForSearch(word);
    if (folded === '' || !/[\p{L}\p{N}]/u.test(folded)) continue;
    const term: QueryTerm = { folded, encoded: encodeForIndex(word) };
    if (folded !== word) term.marked = word;
    terms.push(term);
    if (terms.length >= MAX_TERMS) break;
  }
  return terms;
}

/** Analyse what the user typed. Never throws; any input gives a query (possibly with no terms). */
export function analyzeQuery(raw: string): SearchQuery {
  const text = normalizeText(String(raw ?? ''))
    .replace(/\s+/gu, ' ')
    .trim()
    .slice(0, MAX_QUERY_CHARS)
    .trim();
  const allTerms = toTerms(text);
  const phrase = /["“”„«»]/u.test(text) && allTerms.length > 1;
  const symbol = parseSymbolQuery(text);
  if (!symbol) return { text, terms: allTerms, allTerms, phrase };
  const rest = `${text.slice(0, symbol.start)} ${text.slice(symbol.end)}`;
  const terms = toTerms(rest).filter((t) => !FILLERS.has(t.folded));
  return { text, terms, allTerms, phrase, symbol };
}

/** Whether there is anything to search for. */
export function hasSearchableTerms(q: SearchQuery): boolean {
  return q.symbol !== undefined || q.terms.length > 0;
}

/** The text query given to Pagefind for these terms ('' when there are none). */
export function pagefindText(terms: readonly QueryTerm[]): string {
  return terms.map((t) => t.encoded).join(' ');
}

/**
 * The Pagefind searches a query needs: for a symbol, first one exact (quoted)
 * search per key for the document's own page (`ownPageToken`: a few pages at
 * most, never cut), then one per key for every page that cites it; and a
 * text search unless the query is a symbol and nothing else.
 */
export function pagefindSearches(q: SearchQuery): { term: string; symbol: boolean }[] {
  const searches: { term: string; symbol: boolean }[] = [];
  if (q.symbol) {
    for (const key of q.symbol.keys) searches.push({ term: `"${ownPageToken(key)}"`, symbol: true });
    for (const key of q.symbol.keys) searches.push({ term: `"${aliasToken(key)}"`, symbol: true });
    if (q.symbol.alsoText && q.allTerms.length > 0) searches.push({ term: pagefindText(q.allTerms), symbol: false });
  } else if (q.terms.length > 0) {
    searches.push({ term: pagefindText(q.terms), symbol: false });
  }
  return searches;
}
