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
 *     first; for a query of several words, sections where they stand
 *     together in the query's order ("chuyển đổi số") before every section
 *     where they stand apart, which are folded under "Xem thêm" (and so are
 *     pages that hold them only apart, when another page holds the phrase);
 *     then by the weights of `RANK_WEIGHTS`;
 *   - which page comes first for a symbol: the page of the document itself
 *     (its own symbol, `SearchMeta`'s keys), then the sections citing it;
 *   - where each result lands: the paragraph or list item (`#…-doan-N`,
 *     `#…-y-N`) that holds the best match, under its section's heading;
 *   - what each section shows: its heading and an excerpt around the best
 *     match, starting at a word, with " · " between blocks, as text segments
 *     with the matching words marked (the word, not the punctuation around
 *     it). Hidden alias words never show; đ/Đ are decoded. No HTML is
 *     produced or parsed.
 */
import { foldForSearch } from '../text/normalize';
import { decodeIndexed } from './encode';
import type { QueryTerm, SearchQuery } from './query';
import { aliasParts, aliasToken, isAliasToken, stripAliasTokens } from './symbols';

/**
 * The ranking weights, in points. Each one decides the order in at least one
 * case of tests/unit/search/rank.test.ts ("RANK_WEIGHTS" block), which fails
 * when the weight is set to 0. Checked with `npm run bench:search`.
 */
export const RANK_WEIGHTS = {
  /** Per query word that the section holds (when no section holds them all). */
  term: 100,
  /** Words close together: times (number of words / span of the smallest window holding them all); a phrase scores it whole. */
  proximity: 60,
  /** The section heading holds every word of the query. */
  heading: 40,
  /** Times log2(1 + number of matching words in the section). */
  frequency: 4,
  /** Times the share of the query's words in the page title. */
  title: 120,
  /** The page is the document whose symbol was typed: always first. */
  ownSymbol: 10_000,
} as const;

export type RankWeights = { readonly [K in keyof typeof RANK_WEIGHTS]: number };

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
  /** Blocks with an id (paragraphs `…-doan-N`, list items `…-y-N`), by first word. */
  blocks: readonly Block[];
}

interface Block {
  id: string;
  location: number;
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
  const blocks = data.anchors
    .filter((a) => !isSectionAnchor(a) && a.id !== '' && a.location < words.length)
    .map((a) => ({ id: a.id, location: a.location }))
    .sort((a, b) => a.location - b.location);
  return {
    id,
    url: data.url,
    meta: data.meta,
    filters: data.filters,
    words,
    sections,
    titleWords: displayText(data.meta.title).split(' ').filter((w) => w !== '').map(prepareWord),
    ownKeys: new Set(keys),
    blocks,
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
  /** The query's words (two or more) stand together, in order, in the section. */
  phrase: boolean;
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

/** Punctuation that ends a word and breaks a phrase: "chuyển đổi, số hóa" does not hold "chuyển đổi số". */
const PHRASE_BREAK = /[,;:.!?…)\]”»"]$/u;

/**
 * Every position where the terms follow each other in order, with no
 * punctuation between them (alias words in between are skipped), with the
 * positions of the phrase's words. Every word but the last must match whole
 * ("du lịch" is not in "Dương lịch").
 */
function phrasesIn(words: readonly Word[], terms: readonly RankTerm[], from: number, to: number): number[][] {
  const found: number[][] = [];
  for (let p = from; p < to; p += 1) {
    let k = p;
    const at: number[] = [];
    for (const [i, t] of terms.entries()) {
      while (k < to && words[k]?.alias && t.kind === 'text') k += 1;
      const w = words[k];
      const last = i === terms.length - 1;
      const match = w && k < to ? matchWord(w, t) : NONE;
      if (!w || match === NONE || (!last && (match !== WHOLE || PHRASE_BREAK.test(w.text)))) break;
      at.push(k);
      k += 1;
    }
    if (at.length === terms.length) found.push(at);
  }
  return found;
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

function scoreSection(
  page: PreparedPage,
  section: Section,
  terms: readonly RankTerm[],
  phraseRequired: boolean,
  weights: RankWeights,
): SectionHit | undefined {
  const n = terms.length;
  const positions: number[][] = terms.map(() => []);
  const strict: number[][] = terms.map(() => []);
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
      if (p < section.bodyStart) inHeading[i] = true;
    });
    if (hit) hits.push(p);
  }
  if (hits.length === 0) return undefined;

  const covered = positions.filter((p) => p.length > 0).length;
  // The phrase is read on the words of the query (a symbol and the words around it are not a phrase).
  const words = terms.filter((t) => t.kind === 'text');
  const wordsCovered = words.length > 1 && terms.every((t, i) => t.kind !== 'text' || (positions[i]?.length ?? 0) > 0);
  const phrases = wordsCovered ? phrasesIn(page.words, words, section.start, section.end) : [];
  // The excerpt goes to the phrase in the text when there is one there, else in the heading.
  const phraseStart = (phrases.find((at) => (at[0] ?? 0) >= section.bodyStart) ?? phrases[0])?.[0];
  if (phraseRequired && phraseStart === undefined) return undefined;

  let score = weights.term * covered;
  let focus = hits[0] ?? section.start;
  let closeness = 0;
  if (n > 1 && covered === n) {
    const win = smallestWindow(positions);
    if (win) {
      focus = win[0];
      closeness = Math.min(1, n / (win[1] - win[0] + 1));
    }
  }
  if (phraseStart !== undefined) {
    focus = phraseStart;
    closeness = 1;
  }
  score += weights.proximity * closeness;
  if (!section.intro && inHeading.every(Boolean)) score += weights.heading;
  score += weights.frequency * Math.log2(1 + hits.length);
  // Where the words stand together, only those are marked; else every match (as typed when some are).
  const inPhrase = new Set(phrases.flat());
  const marks = positions.map((loose, i) => {
    const chosen = (strict[i]?.length ?? 0) > 0 ? (strict[i] ?? []) : loose;
    return inPhrase.size > 0 && terms[i]?.kind === 'text' ? chosen.filter((p) => inPhrase.has(p)) : chosen;
  });
  const strictCovered = strict.filter((p) => p.length > 0).length;
  return { section, score, covered, strictCovered, hits, marks, focus, phrase: phraseStart !== undefined };
}

// ---------------------------------------------------------------------------
// Excerpts.

/** A piece of displayed text; `mark` pieces are the matching words. */
export interface Segment {
  text: string;
  mark: boolean;
}

export const EXCERPT_WORDS = 30;
/** Shown between two blocks (paragraphs, list items) inside an excerpt. */
export const BLOCK_SEPARATOR = ' · ';

function pushSegment(out: Segment[], text: string, mark: boolean): void {
  if (text === '') return;
  const last = out[out.length - 1];
  if (last && last.mark === mark) last.text += text;
  else out.push({ text, mark });
}

/** A word's punctuation before, its letters and digits, and its punctuation after: "“Dân" → ["“", "Dân", ""]. */
function splitWord(text: string): [lead: string, core: string, tail: string] {
  const m = /^([^\p{L}\p{N}]*)([\s\S]*?)([^\p{L}\p{N}]*)$/u.exec(text);
  if (!m || m[2] === '') return [text, '', ''];
  return [m[1] ?? '', m[2] ?? '', m[3] ?? ''];
}

/** Whether a word shows letters or digits (not an alias word, not punctuation alone). */
function isShownWord(w: Word | undefined): boolean {
  return w !== undefined && !w.alias && /[\p{L}\p{N}]/u.test(w.text);
}

/**
 * Text segments for words [from, to), marking the given positions: the word
 * itself, not the punctuation around it; a space between two marked words
 * stays inside the mark, so that a phrase reads as one. BLOCK_SEPARATOR
 * between blocks.
 */
function segmentsOf(words: readonly Word[], from: number, to: number, marked: ReadonlySet<number>, blockStarts: ReadonlySet<number> = new Set()): Segment[] {
  const out: Segment[] = [];
  let first = true;
  /** The last word shown was marked and ended with its letters. */
  let openMark = false;
  for (let p = from; p < to; p += 1) {
    const w = words[p];
    if (!w) continue;
    if (w.alias) {
      // Punctuation that followed the symbol (glued to the alias word) goes back after the symbol.
      if (w.text !== '' && !first) {
        pushSegment(out, w.text, false);
        openMark = false;
      }
      continue;
    }
    const mark = marked.has(p);
    const [lead, core, tail] = splitWord(w.text);
    if (!first) {
      if (blockStarts.has(p)) pushSegment(out, BLOCK_SEPARATOR, false);
      else pushSegment(out, ' ', mark && openMark && lead === '');
    }
    pushSegment(out, lead, false);
    pushSegment(out, core, mark && core !== '');
    pushSegment(out, tail, false);
    openMark = mark && core !== '' && tail === '';
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

/** The block (paragraph, list item) of the section that holds a word; undefined in the heading or before the first block. */
function blockAt(page: PreparedPage, section: Section, at: number): Block | undefined {
  let found: Block | undefined;
  for (const b of page.blocks) {
    if (b.location > at) break;
    if (b.location >= section.bodyStart && b.location < section.end) found = b;
  }
  return found;
}

function excerptOf(page: PreparedPage, hit: SectionHit, terms: readonly RankTerm[]): { title: Segment[]; excerpt: Segment[] } {
  const { section } = hit;
  const marked = markedPositions(page, hit);
  const title: Segment[] = [];
  let openMark = false;
  section.heading.forEach((w, i) => {
    const mark = terms.some((t, k) => t.kind === 'text' && strictMatch(w, t, k === terms.length - 1));
    const [lead, core, tail] = splitWord(w.text);
    if (i > 0) pushSegment(title, ' ', mark && openMark && lead === '');
    pushSegment(title, lead, false);
    pushSegment(title, core, mark && core !== '');
    pushSegment(title, tail, false);
    openMark = mark && core !== '' && tail === '';
  });
  const bodyFrom = section.bodyStart;
  const bodyTo = section.end;
  if (bodyTo <= bodyFrom) return { title, excerpt: [] };
  const focus = Math.max(bodyFrom, hit.focus);
  const lead = Math.floor(EXCERPT_WORDS / 3);
  // Start at the block's first word when the match is near it, else a few words before the match.
  const block = blockAt(page, section, focus);
  let from = block && focus - block.location <= lead ? block.location : Math.max(bodyFrom, focus - lead);
  const to = Math.min(bodyTo, from + EXCERPT_WORDS);
  if (to - from < EXCERPT_WORDS) from = Math.max(bodyFrom, to - EXCERPT_WORDS);
  // Start at a word: never on punctuation or a hidden alias word.
  while (from < focus && !isShownWord(page.words[from])) from += 1;
  const blockStarts = new Set(page.blocks.map((b) => b.location));
  const excerpt = segmentsOf(page.words, from, to, marked, blockStarts);
  if (excerpt.length > 0) {
    if (from > bodyFrom && !blockStarts.has(from)) excerpt.unshift({ text: '… ', mark: false });
    if (to < bodyTo) excerpt.push({ text: ' …', mark: false });
  }
  return { title, excerpt };
}

// ---------------------------------------------------------------------------
// Pages.

export interface RankedSection {
  /** Where the result lands: the block that holds the best match, else the section. */
  url: string;
  /** The section heading as text; '' for the text before the first heading. */
  title: string;
  titleSegments: Segment[];
  excerpt: Segment[];
  intro: boolean;
  score: number;
  /** The query's words stand together here (a query of two words or more). */
  phrase: boolean;
  /** Shown only under "Xem thêm": the words stand apart here, and together in another section of the page. */
  folded: boolean;
}

export interface RankedPage {
  id: string;
  url: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  score: number;
  /** The page is the document the symbol query names. */
  ownSymbol: boolean;
  /** Some section holds the query's words together. */
  phrase: boolean;
  /** Shown only under "Xem thêm": the page holds the words apart, another page holds them together. */
  folded: boolean;
  sections: RankedSection[];
}

/** How a page was found: by an exact symbol look-up, by a text search, or both. */
export interface FoundPage {
  page: PreparedPage;
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
 * word of the query are dropped (see module comment). `weights` is for the
 * tests that prove each weight matters.
 */
export function rankPages(found: readonly FoundPage[], q: SearchQuery, weights: RankWeights = RANK_WEIGHTS): RankedPage[] {
  const ranked: RankedPage[] = [];
  for (const { page, viaSymbol } of found) {
    const terms = rankTerms(q, viaSymbol);
    if (terms.length === 0 || !terms.every((t) => contains(page, t))) continue;
    const ownSymbol = viaSymbol && q.symbol !== undefined && q.symbol.keys.some((k) => page.ownKeys.has(aliasToken(k)));
    const scored = page.sections.map((s) => scoreSection(page, s, terms, q.phrase, weights)).filter((h): h is SectionHit => h !== undefined);
    // Sections holding every word as typed, when there are any; else every word in some form; else some words.
    const asTyped = scored.filter((h) => h.strictCovered === terms.length);
    const complete = scored.filter((h) => h.covered === terms.length);
    // The phrase first, then by score, then in reading order.
    const hits = (asTyped.length > 0 ? asTyped : complete.length > 0 ? complete : scored).sort(
      (a, b) => Number(b.phrase) - Number(a.phrase) || b.score - a.score || a.section.start - b.section.start,
    );
    if (hits.length === 0 && (q.phrase || !ownSymbol) && titleMatch(page, terms) < 1) continue;
    const phrase = hits.some((h) => h.phrase);
    const sections: RankedSection[] = hits.map((h) => {
      const { title, excerpt } = excerptOf(page, h, terms);
      const block = blockAt(page, h.section, h.focus);
      return {
        url: block ? withHash(page.url, block.id) : h.section.url,
        title: h.section.intro ? '' : h.section.title,
        titleSegments: title,
        excerpt,
        intro: h.section.intro,
        score: h.score,
        phrase: h.phrase,
        folded: phrase && !h.phrase,
      };
    });
    if (sections.length === 0) {
      // Found through its title or its own symbol only: show the start of the page.
      const excerpt = segmentsOf(page.words, 0, Math.min(page.words.length, EXCERPT_WORDS), new Set());
      sections.push({ url: page.url, title: '', titleSegments: [], excerpt, intro: true, score: 0, phrase: false, folded: false });
    }
    const best = hits[0]?.score ?? 0;
    const score = best + weights.title * titleMatch(page, terms) + (ownSymbol ? weights.ownSymbol : 0);
    ranked.push({ id: page.id, url: page.url, meta: page.meta, filters: page.filters, score, ownSymbol, phrase, folded: false, sections });
  }
  // When some page holds the words together, pages that hold them only apart are folded after it.
  if (ranked.some((p) => p.phrase)) for (const p of ranked) p.folded = !p.phrase && !p.ownSymbol;
  return ranked.sort(
    (a, b) =>
      Number(a.folded) - Number(b.folded) ||
      b.score - a.score ||
      (b.meta.date ?? '').localeCompare(a.meta.date ?? '') ||
      a.url.localeCompare(b.url),
  );
}
