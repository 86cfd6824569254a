/**
 * Document symbols (số ký hiệu) for search: one key format shared by the index
 * and the query, built on the citation parser (`src/lib/citations`), which is
 * the one place that knows symbols, type codes and type words.
 *
 * A symbol is reduced to folded parts: the type codes (`nq`, `qd`, `qdi`,
 * `ct` … from `foldCode`), the number as an integer (`07` → 7) and the issuer
 * code (`tw`, `tu`, `ubkttw` …). Its keys are every form a reader may type:
 *   code + number + issuer   27-NQ/TW → `nq27tw`
 *   code + number            NQ 27, nghị quyết 27 → `nq27`
 *   code + issuer            QĐ/TU → `qdtu`
 * The index gets one hidden word per key, `vbsh` + key (`vbshnq27tw`), after
 * every symbol in the indexed text (never in the pages people read), and the
 * search looks those words up exactly (a quoted Pagefind search), so a symbol
 * that is not in the index finds nothing instead of a neighbour found through
 * Pagefind's longest-prefix fallback.
 *
 * A regulation coded QĐi is also keyed as QĐ (people type "qd 144"); a
 * citation whose type word and code disagree ("Quy định số 144-CT/TW", an
 * erratum) is keyed under both the written code and the word's codes.
 */
import {
  DOCUMENT_TYPES,
  documentTypeById,
  foldCode,
  knownCodes,
  parseCitations,
  type Citation,
  type DocumentTypeInfo,
} from '../citations';
import { foldForSearch, normalizeText } from '../text/normalize';

/** Prefix of the hidden alias words written into the index. */
export const ALIAS_PREFIX = 'vbsh';

/** A symbol reduced to what search compares. */
export interface SymbolSpec {
  /** Folded, lower-case type codes: ['nq'], ['qd', 'qdi']. */
  codes: readonly string[];
  /** The number as an integer (no leading zero). */
  number?: number;
  /** Folded, lower-case issuer code: 'tw', 'tu', 'ubkttw', 'cp'. */
  issuer?: string;
}

/** Folded, lower-case, letters and digits only: 'QĐi' → 'qdi', 'BNV-BTC' → 'bnvbtc'. */
export function foldKeyPart(part: string): string {
  return foldForSearch(part).replace(/[^\p{L}\p{N}]+/gu, '');
}

function lowerCode(code: string): string {
  return foldCode(code).toLowerCase();
}

/** Every key of a symbol: code+number+issuer, code+number, code+issuer (deduplicated, in that order). */
export function symbolKeys(spec: SymbolSpec): string[] {
  const keys = new Set<string>();
  const issuer = spec.issuer ? foldKeyPart(spec.issuer) : '';
  for (const code of spec.codes) {
    if (spec.number !== undefined && issuer) keys.add(`${code}${spec.number}${issuer}`);
  }
  for (const code of spec.codes) {
    if (spec.number !== undefined) keys.add(`${code}${spec.number}`);
  }
  for (const code of spec.codes) {
    if (issuer) keys.add(`${code}${issuer}`);
  }
  return [...keys];
}

/** The hidden index word of a key. */
export function aliasToken(key: string): string {
  return `${ALIAS_PREFIX}${key}`;
}

/**
 * What marks a key as a page's own symbol: `vbsh` + `trang` + key
 * (`vbshtrangnq27tw`) is written only on the document's own page, while
 * `vbshnq27tw` follows every citation of it too. A symbol query looks the
 * own-page word up first, so the document's page is found directly however
 * many programmes cite it (it no longer has to survive Pagefind's top-N cut).
 */
export const OWN_PAGE_MARK = 'trang';

/** The hidden word only the page of the document whose symbol has this key carries. */
export function ownPageToken(key: string): string {
  return aliasToken(`${OWN_PAGE_MARK}${key}`);
}

/** The own-page word of an alias word (`vbshnq27tw` → `vbshtrangnq27tw`). */
export function ownPageTokenOf(alias: string): string {
  return ownPageToken(alias.slice(ALIAS_PREFIX.length));
}

/** Whether a word of indexed text is one of our hidden alias words. */
export function isAliasToken(word: string): boolean {
  return /^vbsh[\p{Ll}\p{N}]+$/u.test(word);
}

/** Alias words with the space before them; punctuation glued after one (a comma after a link) stays. */
const ALIAS_WORDS = /(?:^|\s+)vbsh[\p{Ll}\p{N}]+(?=[^\p{L}\p{N}]|$)/gu;

/** Remove hidden alias words from text that came out of the index. */
export function stripAliasTokens(text: string): string {
  return text.replace(ALIAS_WORDS, '').replace(/^\s+/u, '');
}

/**
 * Split a word of indexed text into an alias word and the punctuation glued
 * after it ("vbshnq27tw," when the symbol ended a link and a comma followed);
 * undefined when the word is not an alias word.
 */
export function aliasParts(word: string): { token: string; tail: string } | undefined {
  const m = /^(vbsh[\p{Ll}\p{N}]+)([^\p{L}\p{N}]*)$/u.exec(word);
  return m?.[1] !== undefined ? { token: m[1], tail: m[2] ?? '' } : undefined;
}

/** Codes a type word stands for (quy định → qd, qdi). */
function typeCodes(type: DocumentTypeInfo): string[] {
  return [...new Set(type.codes.map(lowerCode))];
}

/** Extra codes a code is also keyed under: a QĐi regulation is found as QĐ too. */
function withAliasCodes(codes: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const c of codes) {
    out.add(c);
    if (c === 'qdi') out.add('qd');
  }
  return [...out];
}

/** The search spec of a parsed citation (index side). Laws (`59/2020/QH14`) have no code and no spec. */
export function citationSpec(c: Citation): SymbolSpec | undefined {
  if (c.code === '') return undefined;
  const codes = new Set([lowerCode(c.code)]);
  if (c.typeMismatch) {
    const word = documentTypeById(c.typeMismatch.word);
    for (const code of typeCodes(word)) codes.add(code);
  }
  return { codes: withAliasCodes(codes), number: c.numberValue, issuer: foldKeyPart(c.issuerCode) };
}

/** Alias words for one citation, in key order. */
export function citationAliasTokens(c: Citation): string[] {
  const spec = citationSpec(c);
  return spec ? symbolKeys(spec).map(aliasToken) : [];
}

/**
 * Keys of a page's own symbols (the document a page is about, its other known
 * spellings): what makes that page come first for a symbol query.
 */
export function ownSymbolKeys(symbols: readonly (string | undefined)[]): string[] {
  const keys = new Set<string>();
  for (const s of symbols) {
    if (!s) continue;
    for (const c of parseCitations(s)) {
      const spec = citationSpec(c);
      if (spec) for (const k of symbolKeys(spec)) keys.add(k);
    }
  }
  return [...keys];
}

// ---------------------------------------------------------------------------
// Query side: a symbol in any common spelling.

/**
 * Issuer codes accepted after a space ("nq 27 tw", "qd tu"). Written with a
 * slash or dash ("27-NQ/TW", "qd/tu") or glued to the code ("nqtw"), any
 * letters are taken as the issuer.
 */
const KNOWN_ISSUERS: ReadonlySet<string> = new Set(['tw', 'tu', 'hu', 'qu', 'du', 'ubkttw', 'vptw', 'cp', 'ttg']);

/** Folded type codes, longest first (so 'qdi' is tried before 'qd'). */
const CODES: readonly string[] = [...new Set(knownCodes().map(lowerCode))].sort((a, b) => b.length - a.length);
const CODE_SET: ReadonlySet<string> = new Set(CODES);

/** Folded type words as token lists, longest first: [['nghi', 'quyet', 'chuyen', 'de'], …]. */
const TYPE_WORDS: readonly { tokens: string[]; type: DocumentTypeInfo }[] = DOCUMENT_TYPES.filter((t) => t.codes.length > 0)
  .flatMap((type) => type.words.map((w) => ({ tokens: foldForSearch(w).split(/\s+/u), type })))
  .sort((a, b) => b.tokens.length - a.tokens.length);

interface Token {
  /** Folded text of the token (letters or digits only). */
  folded: string;
  kind: 'word' | 'num';
  /** Whether the token was typed in capitals ('QĐ', 'NQ'). */
  upper: boolean;
  /** Whether the token was typed without marks ('tu', not 'tư'). */
  plain: boolean;
  /** Start and end in the normalised query. */
  start: number;
  end: number;
  /** The characters between the previous token and this one. */
  gap: string;
}

/** Letter runs and digit runs of the normalised query ('nq27' → 'nq', '27'). */
function symbolTokens(normalized: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const m of normalized.matchAll(/[\p{L}\p{M}]+|\p{N}+/gu)) {
    const start = m.index;
    const end = start + m[0].length;
    const folded = foldKeyPart(m[0]);
    if (folded === '') continue;
    const kind = /^\p{N}+$/u.test(m[0]) ? 'num' : 'word';
    const upper = kind === 'word' && m[0] === m[0].toUpperCase();
    const plain = m[0].toLowerCase() === folded;
    tokens.push({ folded, kind, upper, plain, start, end, gap: normalized.slice(last, start) });
    last = end;
  }
  return tokens;
}

/** A symbol found in a query. */
export interface SymbolQuery {
  spec: SymbolSpec;
  /** Keys to look up, in order of preference. */
  keys: string[];
  /** Start and end of the symbol in the normalised query. */
  start: number;
  end: number;
  /** How the query names the document: a whole symbol (number, code and issuer), a type word or code with a number, or a code and issuer. */
  form: 'full' | 'number' | 'code-issuer';
  /**
   * Whether plain-text results should be searched too: a type word with a
   * year-like number ("kế hoạch 2025") may as well be words in a text.
   */
  alsoText: boolean;
  /** The symbol as a reader would write it, for messages: '27-NQ/TW', 'NQ 27', 'QĐ/TU'. */
  label: string;
}

const SEPARATED = /^[ ]*[/-][ ]*$/u;

/**
 * An issuer after a code or number: any letters when written with a slash or
 * dash (27-NQ/TW, qd/tu); after a space only a known issuer code, in capitals
 * (NQ 27 TW) or unmarked at the end of the query (nq 27 tw) — "nq 27 tư pháp"
 * is about tư pháp, not 27-NQ/TU.
 */
function issuerAt(tokens: readonly Token[], j: number): string | undefined {
  const t = tokens[j];
  if (!t || t.kind !== 'word' || t.folded.length > 12) return undefined;
  if (SEPARATED.test(t.gap)) return t.folded;
  if (KNOWN_ISSUERS.has(t.folded) && (t.upper || (t.plain && j === tokens.length - 1))) return t.folded;
  return undefined;
}

/** A code token, or a code glued to a known issuer ('nqtw'). */
function codeAt(tokens: readonly Token[], j: number): { code: string; issuer?: string } | undefined {
  const t = tokens[j];
  if (!t || t.kind !== 'word') return undefined;
  if (CODE_SET.has(t.folded)) return { code: t.folded };
  for (const code of CODES) {
    const rest = t.folded.slice(code.length);
    if (t.folded.startsWith(code) && KNOWN_ISSUERS.has(rest)) return { code, issuer: rest };
  }
  return undefined;
}

function typeWordAt(tokens: readonly Token[], j: number): { type: DocumentTypeInfo; end: number } | undefined {
  for (const tw of TYPE_WORDS) {
    const fits = tw.tokens.every((w, k) => {
      const t = tokens[j + k];
      return t !== undefined && t.kind === 'word' && t.folded === w && (k === 0 || /^\s+$/u.test(t.gap));
    });
    if (fits) return { type: tw.type, end: j + tw.tokens.length };
  }
  return undefined;
}

const MAX_NUMBER_DIGITS = 5;

function numAt(tokens: readonly Token[], j: number): number | undefined {
  const t = tokens[j];
  if (!t || t.kind !== 'num' || t.folded.length > MAX_NUMBER_DIGITS) return undefined;
  const n = Number.parseInt(t.folded, 10);
  return n > 0 ? n : undefined;
}

function isYearLike(n: number): boolean {
  return n >= 1930 && n <= 2100;
}

interface Match {
  spec: SymbolSpec;
  form: SymbolQuery['form'];
  alsoText: boolean;
  startToken: number;
  endToken: number;
}

function spec(codes: readonly string[], number: number | undefined, issuer: string | undefined): SymbolSpec {
  return { codes, ...(number !== undefined ? { number } : {}), ...(issuer ? { issuer } : {}) };
}

/** Try every loose symbol form starting at token i. */
function matchAt(tokens: readonly Token[], i: number): Match | undefined {
  let j = i;
  const tw = typeWordAt(tokens, j);
  if (tw) {
    j = tw.end;
    if (tokens[j]?.folded === 'so' && tokens[j]?.kind === 'word') j += 1;
  }

  const n = numAt(tokens, j);
  if (n !== undefined) {
    // NUM [/YEAR/] CODE [ISSUER]: 27-NQ/TW, 27/NQ-TW, 27 nq, 30/2020/nđ-cp, nghị quyết số 27-NQ/TW.
    let k = j + 1;
    const year = numAt(tokens, k);
    if (year !== undefined && isYearLike(year) && tokens[k]?.gap.includes('/') && codeAt(tokens, k + 1)) k += 1;
    const code = codeAt(tokens, k);
    if (code) {
      const issuer = code.issuer ?? issuerAt(tokens, k + 1);
      const end = code.issuer !== undefined || issuer === undefined ? k + 1 : k + 2;
      return { spec: spec([code.code], n, issuer), form: issuer ? 'full' : 'number', alsoText: false, startToken: i, endToken: end };
    }
    if (tw) {
      // Type word + number: nghị quyết 27, quy định số 4218, nghị quyết 27 tw.
      // A QĐi regulation is indexed under QĐ too, so 'qd' alone is enough.
      const all = typeCodes(tw.type);
      const codes = all.includes('qd') ? all.filter((c) => c !== 'qdi') : all;
      const issuer = issuerAt(tokens, j + 1);
      return { spec: spec(codes, n, issuer), form: issuer ? 'full' : 'number', alsoText: isYearLike(n) && !issuer, startToken: i, endToken: issuer ? j + 2 : j + 1 };
    }
    return undefined;
  }
  if (tw) return undefined;

  const code = codeAt(tokens, j);
  if (!code) return undefined;
  const m = numAt(tokens, j + 1);
  if (m !== undefined && code.issuer === undefined) {
    // CODE NUM [ISSUER]: NQ 27, nq27, qd 4218, nq 27/tw.
    const issuer = issuerAt(tokens, j + 2);
    return { spec: spec([code.code], m, issuer), form: issuer ? 'full' : 'number', alsoText: isYearLike(m) && !issuer, startToken: i, endToken: issuer ? j + 3 : j + 2 };
  }
  if (m !== undefined) return undefined;
  // CODE ISSUER: qd/tu, nqtw, qd tu; a code that is also a syllable (ĐA, PA) only
  // with a slash or dash or in capitals ("da tu" is not ĐA/TU, "ĐA TU" is).
  const next = tokens[j + 1];
  const spaced = next !== undefined && !SEPARATED.test(next.gap);
  const syllable = /^[^aeiouy]?[aeiouy]/u.test(code.code) && !tokens[j]?.upper;
  const issuer = code.issuer ?? (spaced && syllable ? undefined : issuerAt(tokens, j + 1));
  if (issuer === undefined) return undefined;
  return { spec: spec([code.code], undefined, issuer), form: 'code-issuer', alsoText: false, startToken: i, endToken: code.issuer !== undefined ? j + 1 : j + 2 };
}

function writtenCode(code: string): string {
  // Canonical written form when the code is a known one ('qd' → 'QĐ'), else upper case.
  return knownCodes().find((c) => lowerCode(c) === code) ?? code.toUpperCase();
}

function labelOf(s: SymbolSpec): string {
  const code = writtenCode(s.codes[0] ?? '');
  const issuer = s.issuer?.toUpperCase();
  if (s.number !== undefined && issuer) return `${String(s.number).padStart(2, '0')}-${code}/${issuer}`;
  if (s.number !== undefined) return `${code} ${s.number}`;
  return `${code}/${issuer ?? ''}`;
}

/** Keys to look up for a query symbol: only the most specific kind the query gives. */
function lookupKeys(s: SymbolSpec): string[] {
  const keys = symbolKeys(s);
  if (s.number !== undefined && s.issuer) return keys.filter((k) => /\d\D+$/u.test(k));
  if (s.number !== undefined) return keys.filter((k) => /\d$/u.test(k));
  return keys;
}

/**
 * The first document symbol named in a query, in any common spelling:
 * 27-NQ/TW, 27/NQ-TW, 27-nq-tw, NQ 27, nq27, nghị quyết 27, Nghi quyet so 27,
 * nq 7 (for 07-NQ/TU), qd 4218, quy định 4218, qd/tu, 30/2020/NĐ-CP.
 * A bare number ("27") or a type word without a number is not a symbol.
 * Strict forms go through the citation parser; the loose ones through the
 * same type codes and words (`DOCUMENT_TYPES`).
 */
export function parseSymbolQuery(query: string): SymbolQuery | undefined {
  const normalized = normalizeText(query);
  const strict = parseCitations(normalized).find((c) => c.code !== '');
  if (strict) {
    // Only the code as typed: a query for 08-QĐi/TW is not one for 08-QĐ/TW.
    const s = spec([lowerCode(strict.code)], strict.numberValue, foldKeyPart(strict.issuerCode));
    return { spec: s, keys: lookupKeys(s), start: strict.start, end: strict.end, form: 'full', alsoText: false, label: strict.symbol };
  }
  const tokens = symbolTokens(normalized);
  for (let i = 0; i < tokens.length; i += 1) {
    const m = matchAt(tokens, i);
    if (!m) continue;
    return {
      spec: m.spec,
      keys: lookupKeys(m.spec),
      start: tokens[m.startToken]?.start ?? 0,
      end: tokens[m.endToken - 1]?.end ?? normalized.length,
      form: m.form,
      alsoText: m.alsoText,
      label: labelOf(m.spec),
    };
  }
  return undefined;
}
