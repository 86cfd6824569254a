/**
 * Ranking of search results, sections and excerpts, on top of what Pagefind
 * returns. Pagefind finds the pages (folded words, prefixes, exact alias
 * words for symbols) and scores them as bags of words; this module works on
 * each page's indexed text (`data().content`, its words numbered as Pagefind
 * numbers them) and its anchors (elements with ids), and decides:
 *
 *   - which pages really match: every word of the query must start a word of
 *     the page (or of its title), so Pagefind's longest-prefix fallback for a
 *     word that is nowhere in the index cannot bring in an unrelated page;
 *   - which sections match and in what order: sections holding every word
 *     first; then the words side by side in the query's order ("chuyển đổi
 *     số") before the same words far apart ("chuyên đề … số"); then words with
 *     the marks as typed; whole words before prefixes; headings that carry the
 *     words; how often they occur;
 *   - which page comes first for a symbol: the page of the document itself
 *     (its own symbol, `SearchMeta`'s keys), then the sections citing it;
 *   - what each section shows: its heading and an excerpt around the best
 *     match, as text segments with the matching words marked. Hidden alias
 *     words never show; đ/Đ are decoded. No HTML is produced or parsed.
 */
import { foldForSearch } from '../text/normalize';
import { decodeIndexed } from './encode';
import type { QueryTerm, SearchQuery } from './query';
import { aliasParts, aliasToken, isAliasToken, stripAliasTokens } from './symbols';

// ---------------------------------------------------------------------------
// What Pagefind gives (the subset used here).

export interface IndexedAnchor {
  element: string;
  id: string;
  text?: string;
  title?: string;
  location: number;
}

export interface IndexedPage {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  anchors: IndexedAnchor[];
}

// ---------------------------------------------------------------------------
// A page prepared once for matching.

interface Word {
  /** The word as readers see it: decoded, punctuation kept. */
  text: string;
  /** Folded forms: the whole word without punctuation, and its parts between punctuation. */
  forms: string[];
  /** The same forms with their marks, lower case, tone apart (see `toneKey`), for exact-mark matches. */
  marked: ToneKey[];
  /** The word is a hidden alias word (vbsh…); its `text` is then only the punctuation glued after it. */
  alias: boolean;
}

interface Section {
  /** Index of the first word and one past the last. */
  start: number;
  end: number;
  /** One past the last word of the heading (start when there is no heading). */
  bodyStart: number;
  url: string;
  title: string;
  /** The heading's words, as the heading reads (for the marked title). */
  heading: Word[];
  /** Text before the first heading. */
  intro: boolean;
}

export interface PreparedPage {
  id: string;
  url: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  words: Word[];
  sections: Section[];
  titleWords: Word[];
  /** Alias words of the page's own symbols (meta `keys`, written by SearchMeta). */
  ownKeys: ReadonlySet<string>;
}

const WORD_SEPARATORS = /[^\S\uFEFF]+/u;

/** A marked word as letters (vowel marks kept) and its tone mark: hóa and hoá both → ['hoa', U+0301]. */
type ToneKey = readonly [letters: string, tone: string];

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/**
 * Vietnamese writes the tone mark on one vowel, in two conventions (hóa / hoá,
 * khỏe / khoẻ, thủy / thuỷ). Marks compare as typed regardless of where the
 * tone sits: the letters with their vowel marks, and the tone.
 */
export function toneKey(word: string): ToneKey {
  const d = word.toLowerCase().normalize('NFD');
  return [d.replace(TONE_MARKS, '').normalize('NFC'), (d.match(TONE_MARKS) ?? []).join('')];
}

function sameMarks(form: ToneKey, want: ToneKey, prefix: boolean): boolean {
  return (prefix ? form[0].startsWith(want[0]) : form[0] === want[0]) && (form[1] === want[1] || (prefix && want[1] === ''));
}

function forms(text: string, fold: (s: string) => string): string[] {
  const f = fold(text);
  const whole = f.replace(/[^\p{L}\p{M}\p{N}]+/gu, '');
  const parts = f.split(/[^\p{L}\p{M}\p{N}]+/u).filter((p) => p !== '');
  return [...new Set([whole, ...parts])].filter((p) => p !== '');
}

/** Prepared words by their indexed form: a text repeats most of its words. */
const WORDS = new Map<string, Word>();
const MAX_CACHED_WORDS = 50_000;

function prepareWord(raw: string): Word {
  const cached = WORDS.get(raw);
  if (cached) return cached;
  const word = prepareNewWord(raw);
  if (WORDS.size >= MAX_CACHED_WORDS) WORDS.clear();
  WORDS.set(raw, word);
  return word;
}

function prepareNewWord(raw: string): Word {
  const alias = aliasParts(raw);
  if (alias) return { text: alias.tail, forms: [alias.token], marked: [], alias: true };
  const text = decodeIndexed(raw);
  return {
    text,
    forms: forms(text, foldForSearch),
    marked: forms(text, (s) => s.toLowerCase()).map(toneKey),
    alias: false,
  };
}

/** Decode text from the index for display: đ restored, alias words dropped, spaces tidied. */
export function displayText(text: string | undefined): string {
  return stripAliasTokens(decodeIndexed(text ?? ''))
    .replace(/\s+/gu, ' ')
    .trim();
}

function isSectionAnchor(a: IndexedAnchor): boolean {
  return Boolean((a.title && /\S/u.test(a.title)) || (/^h[1-6]$/iu.test(a.element) && a.text && /\S/u.test(a.text)));
}

function withHash(url: string, id: string): string {
  return `${url.split('#')[0] ?? url}#${encodeURIComponent(id)}`;
}

/** Split a page into words and sections (as Pagefind's sub-results do: a section runs from a heading with an id to the next). */
export function preparePage(id: string, data: IndexedPage): PreparedPage {
  const words = data.content.split(WORD_SEPARATORS).filter((w) => w !== '').map(prepareWord);
  const anchors = data.anchors.filter(isSectionAnchor).sort((a, b) => a.location - b.location);
  const sections: Section[] = [];
  const firstAt = anchors[0]?.location ?? words.length;
  if (firstAt > 0) {
    sections.push({ start: 0, end: firstAt, bodyStart: 0, url: data.url, title: displayText(data.meta.title), heading: [], intro: true });
  }
  anchors.forEach((a, i) => {
    const end = anchors[i + 1]?.location ?? words.length;
    const start = a.location;
    if (end <= start) return;
    // The heading's words open the section (alias words after a symbol in it are not counted).
    let headingWords = a.title ? 0 : (a.text ?? '').split(WORD_SEPARATORS).filter((w) => w !== '' && aliasParts(w) === undefined).length;
    let bodyStart = start;
    while (headingWords > 0 && bodyStart < end) {
      if (!words[bodyStart]?.alias) headingWords -= 1;
      bodyStart += 1;
    }
    const title = displayText(a.title ?? a.text);
    sections.push({
      start,
      end,
      bodyStart,
      url: withHash(data.url, a.id),
      title,
      heading: title.split(' ').filter((w) => w !== '').map(prepareWord),
      intro: false,
    });
  });
  const keys = (data.meta.keys ?? '').split(/\s+/u).filter((k) => isAliasToken(k));
  return {
    id,
    url: data.url,
    meta: data.meta,
    filters: data.filters,
    words,
    sections,
    titleWords: displayText(data.meta.title).split(' ').filter((w) => w !== '').map(prepareWord),
    ownKeys: new Set(keys),
  };
}

// ---------------------------------------------------------------------------
// Matching.

type RankTerm = { kind: 'text'; term: QueryTerm; marks?: ToneKey } | { kind: 'symbol'; tokens: ReadonlySet<string> };

const NONE = 0;
const PREFIX = 1;
const WHOLE = 2;

function matchWord(word: Word, t: RankTerm): number {
  if (t.kind === 'symbol') return word.alias && word.forms.some((f) => t.tokens.has(f)) ? WHOLE : NONE;
  if (word.alias) return NONE;
  let best = NONE;
  for (const f of word.forms) {
    if (f === t.term.folded) return WHOLE;
    if (f.startsWith(t.term.folded)) best = PREFIX;
  }
  return best;
}

function exactMarks(word: Word, t: RankTerm): boolean {
  const want = t.kind === 'text' ? t.marks : undefined;
  return want !== undefined && word.marked.some((f) => sameMarks(f, want, true));
}

function rankTerms(q: SearchQuery, viaSymbol: boolean): RankTerm[] {
  const text = (viaSymbol ? q.terms : q.symbol?.alsoText ? q.allTerms : q.terms).map(
    (term): RankTerm => (term.marked === undefined ? { kind: 'text', term } : { kind: 'text', term, marks: toneKey(term.marked) }),
  );
  if (q.symbol && viaSymbol) return [{ kind: 'symbol', tokens: new Set(q.symbol.keys.map(aliasToken)) }, ...text];
  return text;
}

interface SectionHit {
  section: Section;
  score: number;
  /** Terms found in the section (prefix matches included). */
  covered: number;
  /** Terms found as typed (see `strictMatch`). */
  strictCovered: number;
  /** Word positions that match a term. */
  hits: number[];
  /** Positions to mark, per term: strict matches when the section has some, else any match. */
  marks: number[][];
  /** The word the excerpt is centred on. */
  focus: number;
}

/** Smallest window holding a position of every term: [from, to]. */
function smallestWindow(positions: readonly (readonly number[])[]): [number, number] | undefined {
  if (positions.some((p) => p.length === 0)) return undefined;
  const events = positions.flatMap((ps, t) => ps.map((p) => [p, t] as const)).sort((a, b) => a[0] - b[0]);
  const counts = new Array<number>(positions.length).fill(0);
  let covered = 0;
  let best: [number, number] | undefined;
  let left = 0;
  for (const [pos, t] of events) {
    if ((counts[t] = (counts[t] ?? 0) + 1) === 1) covered += 1;
    while (covered === positions.length) {
      const [lp, lt] = events[left] ?? [pos, t];
      if (!best || pos - lp < best[1] - best[0]) best = [lp, pos];
      counts[lt] = (counts[lt] ?? 1) - 1;
      if (counts[lt] === 0) covered -= 1;
      left += 1;
    }
  }
  return best;
}

/** First position where the terms follow each other in order (alias words in between are skipped). */
function phraseAt(words: readonly Word[], terms: readonly RankTerm[], from: number, to: number): number | undefined {
  for (let p = from; p < to; p += 1) {
    let k = p;
    let ok = true;
    for (const t of terms) {
      while (k < to && words[k]?.alias && t.kind === 'text') k += 1;
      const w = words[k];
      if (!w || k >= to || matchWord(w, t) === NONE) {
        ok = false;
        break;
      }
      k += 1;
    }
    if (ok) return p;
  }
  return undefined;
}

/**
 * A strict match, for marking and for ranking whole words first: the whole
 * word (with the marks as typed, when typed with marks); a prefix only for the
 * last word of the query, which the reader may still be typing.
 */
function strictMatch(word: Word, t: RankTerm, last: boolean): boolean {
  if (t.kind === 'symbol') return matchWord(word, t) !== NONE;
  if (word.alias) return false;
  const want = t.marks;
  if (want) return word.marked.some((f) => sameMarks(f, want, last));
  return word.forms.some((f) => f === t.term.folded || (last && f.startsWith(t.term.folded)));
}

function scoreSection(page: PreparedPage, section: Section, terms: readonly RankTerm[], phraseRequired: boolean): SectionHit | undefined {
  const n = terms.length;
  const positions: number[][] = terms.map(() => []);
  const strict: number[][] = terms.map(() => []);
  const exact = new Array<boolean>(n).fill(false);
  const inHeading = new Array<boolean>(n).fill(false);
  const hits: number[] = [];
  for (let p = section.start; p < section.end; p += 1) {
    const w = page.words[p];
    if (!w) continue;
    let hit = false;
    terms.forEach((t, i) => {
      if (matchWord(w, t) === NONE) return;
      hit = true;
      positions[i]?.push(p);
      if (strictMatch(w, t, i === n - 1)) strict[i]?.push(p);
      if (exactMarks(w, t)) exact[i] = true;
      if (p < section.bodyStart) inHeading[i] = true;
    });
    if (hit) hits.push(p);
  }
  if (hits.length === 0) return undefined;

  const covered = positions.filter((p) => p.length > 0).length;
  const phrase = n > 1 && covered === n ? phraseAt(page.words, terms, section.start, section.end) : undefined;
  if (phraseRequired && phrase === undefined) return undefined;

  let score = 100 * covered;
  let focus = hits[0] ?? section.start;
  if (n > 1 && covered === n) {
    const win = smallestWindow(positions);
    if (phrase !== undefined) {
      score += 80;
      focus = phrase;
    } else if (win) {
      const span = win[1] - win[0] + 1;
      score += 60 * Math.min(1, n / span);
      focus = win[0];
    }
  }
  const marked = terms.filter((t) => t.kind === 'text' && t.term.marked !== undefined).length;
  if (marked > 0) score += 30 * (exact.filter(Boolean).length / marked);
  score += 25 * (strict.filter((p) => p.length > 0).length / n);
  if (!section.intro && inHeading.every(Boolean)) score += 40;
  else score += 10 * (inHeading.filter(Boolean).length / n);
  score += Math.min(15, 4 * Math.log2(1 + hits.length));
  const marks = positions.map((loose, i) => ((strict[i]?.length ?? 0) > 0 ? (strict[i] ?? []) : loose));
  const strictCovered = strict.filter((p) => p.length > 0).length;
  return { section, score, covered, strictCovered, hits, marks, focus };
}

// ---------------------------------------------------------------------------
// Excerpts.

/** A piece of displayed text; `mark` pieces are the matching words. */
export interface Segment {
  text: string;
  mark: boolean;
}

export const EXCERPT_WORDS = 30;

function pushSegment(out: Segment[], text: string, mark: boolean): void {
  const last = out[out.length - 1];
  if (last && last.mark === mark) last.text += text;
  else out.push({ text, mark });
}

/** Text segments for words [from, to), marking the given positions. */
function segmentsOf(words: readonly Word[], from: number, to: number, marked: ReadonlySet<number>): Segment[] {
  const out: Segment[] = [];
  let first = true;
  for (let p = from; p < to; p += 1) {
    const w = words[p];
    if (!w) continue;
    if (w.alias) {
      // Punctuation that followed the symbol (glued to the alias word) goes back after the symbol.
      if (w.text !== '' && !first) pushSegment(out, w.text, false);
      continue;
    }
    const mark = marked.has(p);
    if (!first) {
      // A space between two marked words stays inside the mark, so that a phrase reads as one.
      pushSegment(out, ' ', mark && marked.has(previousShown(words, p)));
    }
    pushSegment(out, w.text, mark);
    first = false;
  }
  return out;
}

function previousShown(words: readonly Word[], p: number): number {
  let k = p - 1;
  while (k >= 0 && words[k]?.alias) k -= 1;
  return k;
}

/** Positions to mark: matching words (see SectionHit.marks); for a symbol, the word just before its alias words. */
function markedPositions(page: PreparedPage, hit: SectionHit): Set<number> {
  const marked = new Set<number>();
  for (const p of hit.marks.flat()) {
    if (page.words[p]?.alias) {
      const k = previousShown(page.words, p);
      if (k >= hit.section.start) marked.add(k);
    } else {
      marked.add(p);
    }
  }
  return marked;
}

function excerptOf(page: PreparedPage, hit: SectionHit, terms: readonly RankTerm[]): { title: Segment[]; excerpt: Segment[] } {
  const { section } = hit;
  const marked = markedPositions(page, hit);
  const title: Segment[] = [];
  section.heading.forEach((w, i) => {
    const mark = terms.some((t, k) => t.kind === 'text' && strictMatch(w, t, k === terms.length - 1));
    if (i > 0) pushSegment(title, ' ', mark && title[title.length - 1]?.mark === true);
    pushSegment(title, w.text, mark);
  });
  const bodyFrom = section.bodyStart;
  const bodyTo = section.end;
  if (bodyTo <= bodyFrom) return { title, excerpt: [] };
  const focus = Math.max(bodyFrom, hit.focus);
  let from = Math.max(bodyFrom, focus - Math.floor(EXCERPT_WORDS / 3));
  const to = Math.min(bodyTo, from + EXCERPT_WORDS);
  from = Math.max(bodyFrom, to - EXCERPT_WORDS);
  const excerpt = segmentsOf(page.words, from, to, marked);
  if (excerpt.length > 0) {
    if (from > bodyFrom) excerpt.unshift({ text: '… ', mark: false });
    if (to < bodyTo) excerpt.push({ text: ' …', mark: false });
  }
  return { title, excerpt };
}

// ---------------------------------------------------------------------------
// Pages.

export interface RankedSection {
  url: string;
  /** The section heading as text; '' for the text before the first heading. */
  title: string;
  titleSegments: Segment[];
  excerpt: Segment[];
  intro: boolean;
  score: number;
}

export interface RankedPage {
  id: string;
  url: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  score: number;
  /** The page is the document the symbol query names. */
  ownSymbol: boolean;
  sections: RankedSection[];
}

/** How a page was found: by an exact symbol look-up, by a text search, or both. */
export interface FoundPage {
  page: PreparedPage;
  /** Pagefind's own score (text search), 0 for exact look-ups. */
  pagefindScore: number;
  viaSymbol: boolean;
}

function titleMatch(page: PreparedPage, terms: readonly RankTerm[]): number {
  const text = terms.filter((t) => t.kind === 'text');
  if (text.length === 0) return 0;
  const found = text.filter((t) => page.titleWords.some((w) => matchWord(w, t) !== NONE)).length;
  return found / text.length;
}

function contains(page: PreparedPage, t: RankTerm): boolean {
  if (t.kind === 'symbol' && [...t.tokens].some((tok) => page.ownKeys.has(tok))) return true;
  return page.words.some((w) => matchWord(w, t) !== NONE) || page.titleWords.some((w) => matchWord(w, t) !== NONE);
}

/**
 * Rank the pages Pagefind found for a query. Pages that do not contain every
 * word of the query are dropped (see module comment).
 */
export function rankPages(found: readonly FoundPage[], q: SearchQuery): RankedPage[] {
  const ranked: RankedPage[] = [];
  for (const { page, pagefindScore, viaSymbol } of found) {
    const terms = rankTerms(q, viaSymbol);
    if (terms.length === 0 || !terms.every((t) => contains(page, t))) continue;
    const ownSymbol = viaSymbol && q.symbol !== undefined && q.symbol.keys.some((k) => page.ownKeys.has(aliasToken(k)));
    const scored = page.sections.map((s) => scoreSection(page, s, terms, q.phrase)).filter((h): h is SectionHit => h !== undefined);
    // Sections holding every word as typed, when there are any; else every word in some form; else some words.
    const asTyped = scored.filter((h) => h.strictCovered === terms.length);
    const complete = scored.filter((h) => h.covered === terms.length);
    const hits = (asTyped.length > 0 ? asTyped : complete.length > 0 ? complete : scored).sort(
      (a, b) => b.score - a.score || a.section.start - b.section.start,
    );
    if (hits.length === 0 && (q.phrase || !ownSymbol) && titleMatch(page, terms) < 1) continue;
    const sections: RankedSection[] = hits.map((h) => {
      const { title, excerpt } = excerptOf(page, h, terms);
      return { url: h.section.url, title: h.section.intro ? '' : h.section.title, titleSegments: title, excerpt, intro: h.section.intro, score: h.score };
    });
    if (sections.length === 0) {
      // Found through its title or its own symbol only: show the start of the page.
      const excerpt = segmentsOf(page.words, 0, Math.min(page.words.length, EXCERPT_WORDS), new Set());
      sections.push({ url: page.url, title: '', titleSegments: [], excerpt, intro: true, score: 0 });
    }
    const best = hits[0]?.score ?? 0;
    const score = best + 120 * titleMatch(page, terms) + (ownSymbol ? 10_000 : 0) + Math.min(10, pagefindScore);
    ranked.push({ id: page.id, url: page.url, meta: page.meta, filters: page.filters, score, ownSymbol, sections });
  }
  return ranked.sort((a, b) => b.score - a.score || (b.meta.date ?? '').localeCompare(a.meta.date ?? '') || a.url.localeCompare(b.url));
}
