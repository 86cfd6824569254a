/**
 * Scoring of the search benchmark (scripts/bench-search.ts): which rank the
 * expected target reaches in a list of result links, and hit@k / MRR over a
 * set of queries. Imports carry their .ts extension: Node runs the benchmark
 * script directly.
 */
import { foldForSearch } from '../text/normalize.ts';

export interface BenchQuery {
  /** The query as a reader types it. */
  q: string;
  /** topic (words) or symbol (a document's symbol); guard: a symbol that is in no document (no result is the right answer). */
  kind: 'topic' | 'symbol' | 'guard';
  /**
   * Acceptable targets, any of which counts as a hit: "#muc-ii-1-3" (a
   * section of the benchmark's programme) or a site path "van-ban/nq-27-tw-2022/"
   * (any link to that page counts; with a "#…", only that section).
   */
  expect?: string[];
  /** Targets used while none of `expect` is indexed (document pages not yet searchable). */
  fallback?: string[];
  note?: string;
}

export interface BenchData {
  /** Site path of the programme that "#…" targets belong to. */
  programme: string;
  queries: BenchQuery[];
}

/** A target as a path under the base: "#muc-ii-1-3" → "chuong-trinh/…/#muc-ii-1-3". */
export function resolveTarget(target: string, programme: string): string {
  return target.startsWith('#') ? `${programme}${target}` : target;
}

/** The page part of a target or link ("a/b/#x" → "a/b/"). */
export function pageOf(path: string): string {
  return path.split('#')[0] ?? path;
}

/** Path under the base of a result link: "/van-kien/a/b/#x" → "a/b/#x". */
export function underBase(href: string, base: string): string {
  let path = href;
  try {
    const u = new URL(href, 'http://localhost');
    path = `${decodeURIComponent(u.pathname)}${u.hash}`;
  } catch {
    // keep as is
  }
  return path.startsWith(base) ? path.slice(base.length) : path.replace(/^\/+/u, '');
}

/**
 * Whether a result link hits a target: same page, and same section when the
 * target names one (a link to one of its paragraphs or list items,
 * `#muc-ii-1-3-doan-2` or `#muc-i-y-3`, is in the section `#muc-ii-1-3`, `#muc-i`).
 */
export function hits(link: string, target: string): boolean {
  if (target.includes('#')) return link === target || (link.startsWith(`${target}-`) && /^-(?:doan|y)-\d+$/u.test(link.slice(target.length)));
  return pageOf(link) === pageOf(target);
}

/** 1-based rank of the first link that hits any target, or 0 when none does. */
export function rankOf(links: readonly string[], targets: readonly string[]): number {
  const i = links.findIndex((l) => targets.some((t) => hits(l, t)));
  return i < 0 ? 0 : i + 1;
}

export interface Scores {
  n: number;
  hit1: number;
  hit3: number;
  mrr: number;
}

/** hit@1, hit@3 and mean reciprocal rank of a list of ranks (0 = not found). */
export function scores(ranks: readonly number[]): Scores {
  const n = ranks.length;
  if (n === 0) return { n, hit1: 0, hit3: 0, mrr: 0 };
  const hit1 = ranks.filter((r) => r === 1).length / n;
  const hit3 = ranks.filter((r) => r >= 1 && r <= 3).length / n;
  const mrr = ranks.reduce((s, r) => s + (r > 0 ? 1 / r : 0), 0) / n;
  return { n, hit1, hit3, mrr };
}

/** The folded form two twins share: "Dân vận, khéo!" and "dan van kheo" → "dan van kheo". */
export function twinKey(q: string): string {
  return foldForSearch(q)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Whether a query carries Vietnamese marks or đ (its "diacritic twin" has none). */
export function hasDiacritics(q: string): boolean {
  const plain = q
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return twinKey(q) !== plain;
}

function phraseWords(text: string): string[] {
  return foldForSearch(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

/** Whether a text holds every word of a query side by side and in order (folded; punctuation between them ignored). */
export function holdsPhrase(text: string, query: string): boolean {
  const want = phraseWords(query);
  if (want.length === 0) return false;
  const have = phraseWords(text);
  for (let i = 0; i + want.length <= have.length; i += 1) {
    if (want.every((w, k) => have[i + k] === w)) return true;
  }
  return false;
}

/**
 * Precision at k of one query: the share of the first k sub-results shown
 * (their heading and excerpt, as a reader sees them) that hold the whole
 * phrase; undefined when nothing is shown.
 */
export function precisionAt(k: number, shown: readonly string[], query: string): number | undefined {
  const top = shown.slice(0, k);
  if (top.length === 0) return undefined;
  return top.filter((t) => holdsPhrase(t, query)).length / top.length;
}

/** Mean of the defined values (0 when there are none). */
export function mean(values: readonly (number | undefined)[]): number {
  const defined = values.filter((v): v is number => v !== undefined);
  return defined.length === 0 ? 0 : defined.reduce((a, b) => a + b, 0) / defined.length;
}
