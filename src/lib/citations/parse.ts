/**
 * Citation parser: finds references to Party and State documents in
 * Vietnamese text and reports each as an exact span of the original input.
 *
 * The input is normalised with `normalizeWithMap` (NFC, look-alike Ð → Đ,
 * no-break spaces → space, en/em dashes → '-', invisible characters dropped);
 * all matching happens on the normalised text and spans are mapped back, so
 * `input.slice(c.start, c.end) === c.text` always holds.
 *
 * Grammar (on normalised text; `_` is 0–2 spaces, `CODE` one of the known type
 * codes of that system in any letter case, see `DOCUMENT_TYPES`):
 *
 *   citation  := [WORD ws [số [:]] ws] SYMBOL trailer
 *   SYMBOL    := PARTY | STATE
 *   PARTY     := NUM _ '-' _ CODE _ ('/' | '-') _ ISSUER          07-NQ/TU, 72-NQ-TW, 27 - NQ / TW
 *   STATE     := NUM '/' [YEAR '/'] CODE '-' ISSUER ('-' ISSUER)*  1588/QĐ-TTg, 30/2020/NĐ-CP
 *              | NUM '/' YEAR '/' (QH|UBTVQH)NN                    59/2020/QH14 (laws, ordinances)
 *   trailer   := [[,] ngày DATE] [khóa ROMAN] [[,] của BODY [khóa ROMAN]]
 *   list      := citation ((',' | ';' | 'và' | 'hoặc') [số] SYMBOL trailer)*
 *   DATE      := D/M/YYYY | D-M-YYYY | D.M.YYYY | D tháng M năm YYYY   (validated)
 *
 * WORD is a type word ('Nghị quyết', 'Quy định', 'Thông báo kết luận' …) in any
 * letter case; it gives the type and starts the span. Later items of a list
 * take the list's word when their code fits it, and an item with no trailer
 * of its own takes the date / body / term of the next item that has one
 * ("Nghị quyết số 18-NQ/TW, 19-NQ/TW ngày 25/10/2017" dates both).
 * BODY starts with a capital letter and runs to punctuation, a line break, a
 * stop word (' về ', ' quy định ', ' thực hiện ', ' trong ', ' khóa ' …) or
 * 12 words.
 *
 * Negative rules (what keeps false positives out):
 * - a symbol needs a number, a known type code (letters) and an issuer: a bare
 *   `NQ/TW`, dates (`09/11/2022`, `3/02/1930`), ratios (`27/30`, `8/3`),
 *   periods (`2025 - 2030`), `COVID-19`, `H5N1`, `ISO 9001:2015` never match;
 *   unknown codes (`27-XY/TW`) and `QD` without đ never match;
 * - NUM must not follow a letter, digit, mark or one of `/ . : _ @ # & = ? % + -`,
 *   so nothing starts inside a date, a version, `Covid-19/2021` or a path;
 * - the symbol must end at a word boundary (no letter, digit or mark after);
 * - a Party symbol written with a dash before the issuer (`72-NQ-TW`) needs an
 *   upper-case issuer; a State issuer must start with a capital (`TTg`, `CP`);
 * - symbols inside a URL or path token (containing `://` or `www.`) are not
 *   reported: a link inside a URL would break it;
 * - `số` alone, counts (`số 15 đồng chí`), ordinals (`lần thứ XV`) and
 *   percentages are never citations.
 *
 * Every regular expression is linear: quantifiers are bounded or over a single
 * class followed by a different class; the type word is searched only in a
 * short window before each symbol.
 */
import { normalizeWithMap } from '../text';
import {
  DOCUMENT_TYPES,
  canonicalCode,
  documentTypeByWord,
  inferDocumentType,
  knownCodes,
  type CitationKind,
  type DocumentTypeId,
  type DocumentTypeInfo,
} from './types';

export interface Citation {
  kind: CitationKind;
  /** From the word before the symbol when present, else inferred from an unambiguous code. */
  type: DocumentTypeId | undefined;
  /** The type word as written in the text (for later list items: the list's word). */
  typeWord?: string;
  /** Canonical type code in the symbol: 'NQ', 'QĐ', 'QĐi', 'CTr'; '' for `59/2020/QH14`. */
  code: string;
  /** The number as written: '07'. */
  number: string;
  numberValue: number;
  /** Canonical symbol, see `normalizeSymbol`. */
  symbol: string;
  /** Party issuer upper-cased ('TU', 'UBKTTW'); State issuer as written ('TTg', 'CP', 'BNV-BTC'). */
  issuerCode: string;
  /** Year of a State symbol (`30/2020/NĐ-CP` → 2020). */
  year?: number;
  /** ISO date given right after the symbol. */
  date?: string;
  /** Normalised issuing body from 'của …'. */
  issuingBody?: string;
  /** Term ('XIII') from 'khóa XIII' / 'khoá XIII'. */
  term?: string;
  /** The word before the symbol names a type whose codes do not include the symbol's code. */
  typeMismatch?: { word: DocumentTypeId; code: string };
  /** Span in the original input. */
  start: number;
  end: number;
  /** `input.slice(start, end)`. */
  text: string;
}

// ---------------------------------------------------------------------------
// Regular expression building blocks

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** A character class matching both cases of a letter. */
function ciChar(ch: string): string {
  const lo = ch.toLowerCase();
  const up = ch.toUpperCase();
  if (lo === up || [...lo].length !== 1 || [...up].length !== 1) return escapeRe(ch);
  return `[${lo}${up}]`;
}

/** Spaces, possibly with one line break (a hard-wrapped paragraph); may be empty. */
const SP = '[ ]*(?:\\r?\\n[ ]*)?';
/** At least one space or a line break. */
const SP1 = '(?:[ ]+(?:\\r?\\n[ ]*)?|\\r?\\n[ ]*)';

/** Case-insensitive pattern for a word or phrase; inner spaces match SP1. */
function ci(word: string): string {
  return [...word.normalize('NFC')].map((ch) => (ch === ' ' ? SP1 : ciChar(ch))).join('');
}

function codeAlternation(kind: CitationKind): string {
  return knownCodes(kind).map(ci).join('|');
}

const NUM = '(\\d{1,5})';
/** Groups 1–4: number, code, separator, issuer. */
const PARTY_SRC =
  `${NUM}[ ]{0,2}-[ ]{0,2}(${codeAlternation('party')})[ ]{0,2}([/-])[ ]{0,2}` +
  '([A-Za-zĐđƯư]{1,12}\\d{0,3})';
/** A State issuer part; `&` occurs in joint issuers (BLĐTB&XH). Lower case only with a type word (checked after the match). */
const STATE_ISSUER = '[A-Za-zĐđ][A-Za-zĐđ&]{0,11}\\d{0,3}';
/** Groups 5–9: number, year, code, issuer(s), assembly. */
const STATE_SRC =
  `${NUM}[ ]?\\/[ ]?(?:((?:19|20)\\d\\d)[ ]?\\/[ ]?)?` +
  `(?:(${codeAlternation('state')})[ ]?-[ ]?(${STATE_ISSUER}(?:-${STATE_ISSUER}){0,4})|((?:UBTVQH|QH)\\d{1,2}))`;
/**
 * Groups 10–13: a Party symbol written with a space or a slash instead of the
 * hyphen (`84 QĐ/TWĐTN`, `646/QĐ/QUTW`): number, separator, code, upper-case issuer.
 */
const PARTY_LOOSE_SRC = `${NUM}(\\/|[ ]{1,2})(${codeAlternation('party')})\\/([A-ZĐƯ]{1,12}\\d{0,3})`;
/**
 * Groups 14–16: a State symbol without a type code (`5571/BGDĐT-TTr`,
 * `202/TTg-NN`, `3/2010/UBND`): number, year, issuer and unit. Accepted only
 * after a type word or a bare `số` (checked after the match).
 */
const STATE_UNCODED_ISSUER = '[A-ZĐ][A-Za-zĐđ&]{1,11}\\d{0,3}';
const STATE_UNCODED_SRC = `${NUM}[ ]?\\/[ ]?(?:((?:19|20)\\d\\d)\\/)?(${STATE_UNCODED_ISSUER}(?:-${STATE_UNCODED_ISSUER}){0,3})`;
/** ':' is allowed before the number only as `số:` (`số:22 /2023/TT-BYT`). */
const NOT_AFTER = '(?:(?<=[sS][ốỐ][ ]{0,2}:[ ]{0,2})|(?<![\\p{L}\\p{M}\\p{N}/.:_@#&=?%+\\-]))';
/**
 * The symbol ends at a word boundary, or (upper-case issuer only) right before
 * a trailer word glued to it by a lost space (`70-TB/TWngày`).
 */
const WORD_END = '(?:(?![\\p{L}\\p{M}\\p{N}])|(?<=[A-ZĐƯ])(?=(?:ngày|của|về|và)(?![\\p{L}\\p{M}])))';

const SYMBOL_RE = new RegExp(`${NOT_AFTER}(?:${PARTY_SRC}|${STATE_SRC}|${PARTY_LOOSE_SRC}|${STATE_UNCODED_SRC})${WORD_END}`, 'gu');
const SYMBOL_EXACT_RE = new RegExp(`^(?:${PARTY_SRC}|${STATE_SRC}|${PARTY_LOOSE_SRC}|${STATE_UNCODED_SRC})$`, 'u');

const TYPE_WORDS = DOCUMENT_TYPES.flatMap((t) => t.words).sort((a, b) => b.length - a.length);
/** Type word, optional 'số', at the very end of the window before a symbol. */
const PREFIX_RE = new RegExp(
  `(${TYPE_WORDS.map(ci).join('|')})${SP1}(?:${ci('số')}(?:${SP}:)?${SP})?$`,
  'u',
);
const PREFIX_WINDOW = 80;
/** A bare "số" (or "số:") right before a symbol, as a word of its own. */
const BARE_SO_RE = /(?:^|[^\p{L}\p{M}])[sS][ốỐ][ ]{0,2}:?[ ]{0,2}$/u;

const DATE_RE = new RegExp(
  `[ ]*,?${SP}${ci('ngày')}[ ]+(?:(\\d{1,2})[ ]?([/.-])[ ]?(\\d{1,2})[ ]?\\2[ ]?(\\d{4})|` +
    `(\\d{1,2})[ ]+${ci('tháng')}[ ]+(\\d{1,2})[ ]+${ci('năm')}[ ]+(\\d{4}))(?!\\d)`,
  'uy',
);
const TERM_RE = new RegExp(
  `[ ]*,?[ ]*\\(?(?:${ci('khóa')}|${ci('khoá')})[ ]+([IVXLCivxlc]{1,7}|\\d{1,2})(?![\\p{L}\\p{M}\\p{N}])\\)?`,
  'uy',
);
const OF_RE = new RegExp(`[ ]*,?${SP}${ci('của')}[ ]+`, 'uy');
const BODY_STOP_CHARS = new Set([...',;:.()[]{}"“”\'‘’«»!?…\n\r/']);
const BODY_STOP_WORDS = new RegExp(
  '[ ](?:về|quy định|thực hiện|trong|ban hành|đối với|nhằm|để|theo|tại|đã|đang|sẽ|tiếp tục|gắn với|với|cho|' +
    'hướng dẫn|nhiệm kỳ|khóa|khoá|Khóa|Khoá|KHÓA|KHOÁ|ngày|số|năm[ ]+\\d|giai đoạn|từ|đến|là|được|nêu|có|phê duyệt)' +
    '(?![\\p{L}\\p{M}\\p{N}])',
  'u',
);
const BODY_MAX_WORDS = 12;
const BODY_MAX_CHARS = 200;
const LIST_SEP_RE = new RegExp(
  `^(?:[ ]*[,;]${SP}(?:(?:và|hoặc)[ ]+)?|[ ]+(?:và|hoặc)[ ]+)(?:${ci('số')}[ ]*)?$`,
  'u',
);
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/u;
const LETTER_MARK_DIGIT = /[\p{L}\p{M}\p{N}]/u;
const URL_TOKEN = /:\/\/|www\./iu;

// ---------------------------------------------------------------------------
// Symbols

interface SymbolParts {
  kind: CitationKind;
  number: string;
  code: string;
  issuerCode: string;
  year?: number;
  symbol: string;
  /** Needs a type word before it (lower-case State symbol), or a word or a bare `số` (State symbol without a code). */
  needs?: 'word' | 'word-or-so';
}

/** A State issuer written in lower case, in its usual spelling ('cp' → 'CP', 'ttg' → 'TTg'). */
function stateIssuerCase(issuer: string): string {
  if (issuer !== issuer.toLowerCase()) return issuer;
  return issuer
    .split('-')
    .map((part) => (part === 'ttg' ? 'TTg' : part.toUpperCase()))
    .join('-');
}

/** Build the canonical parts from a match of SYMBOL_RE / SYMBOL_EXACT_RE. */
function symbolParts(m: RegExpExecArray, strict: boolean): SymbolParts | undefined {
  if (m[1] !== undefined) {
    const number = m[1];
    const code = canonicalCode(m[2] ?? '');
    const sep = m[3];
    const issuerRaw = m[4] ?? '';
    if (code === undefined || issuerRaw === '') return undefined;
    if (strict && sep === '-' && issuerRaw !== issuerRaw.toUpperCase()) return undefined;
    const issuerCode = issuerRaw.toUpperCase();
    return { kind: 'party', number, code, issuerCode, symbol: `${number}-${code}/${issuerCode}` };
  }
  if (m[10] !== undefined) {
    const number = m[10];
    const sep = m[11] ?? '';
    const written = m[12] ?? '';
    const code = canonicalCode(written);
    const issuerCode = m[13] ?? '';
    if (code === undefined || issuerCode === '') return undefined;
    // "84 QĐ/TWĐTN": a space for the hyphen only with the code in capitals as usual
    if (sep.trim() === '' && !/^\p{Lu}/u.test(written)) return undefined;
    return { kind: 'party', number, code, issuerCode, symbol: `${number}-${code}/${issuerCode}` };
  }
  if (m[14] !== undefined) {
    const number = m[14];
    const yearRaw = m[15];
    const issuerCode = m[16] ?? '';
    if (issuerCode === '') return undefined;
    const yearPart = yearRaw === undefined ? '' : `${yearRaw}/`;
    const parts: SymbolParts = { kind: 'state', number, code: '', issuerCode, symbol: `${number}/${yearPart}${issuerCode}`, needs: 'word-or-so' };
    if (yearRaw !== undefined) parts.year = Number(yearRaw);
    return parts;
  }
  const number = m[5];
  if (number === undefined) return undefined;
  const yearRaw = m[6];
  const year = yearRaw === undefined ? undefined : Number(yearRaw);
  const yearPart = yearRaw === undefined ? '' : `${yearRaw}/`;
  const assembly = m[9];
  if (assembly !== undefined) {
    if (year === undefined) return undefined;
    return { kind: 'state', number, code: '', issuerCode: assembly, year, symbol: `${number}/${yearPart}${assembly}` };
  }
  const code = canonicalCode(m[7] ?? '');
  const issuerRaw = m[8];
  if (code === undefined || issuerRaw === undefined) return undefined;
  // "116/2013/nđ-cp": a State symbol in lower case counts only after a type word
  const lower = !/^[A-ZĐ]/u.test(issuerRaw);
  const issuerCode = lower ? stateIssuerCase(issuerRaw) : issuerRaw;
  const parts: SymbolParts = {
    kind: 'state',
    number,
    code,
    issuerCode,
    symbol: `${number}/${yearPart}${code}-${issuerCode}`,
  };
  if (lower) parts.needs = 'word';
  if (year !== undefined) parts.year = year;
  return parts;
}

/**
 * Canonical form of a document symbol, or undefined when `raw` is not one.
 * Party: `07-NQ/TU`, `08-QĐi/TW`, `65-CTr/TU` (dash variants, spaces, a dash
 * instead of the slash and lower-case codes all accepted; issuer upper-cased).
 * State: `30/2020/NĐ-CP`, `1588/QĐ-TTg` (issuer case kept as written).
 */
export function normalizeSymbol(raw: string): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const { text } = normalizeWithMap(raw);
  const m = SYMBOL_EXACT_RE.exec(text.trim());
  if (m === null) return undefined;
  const parts = symbolParts(m, false);
  // a State symbol in lower case is a symbol only after a type word, which a bare symbol lacks
  return parts?.needs === 'word' ? undefined : parts?.symbol;
}

// ---------------------------------------------------------------------------
// Trailer: date, issuing body, term

interface Trailer {
  date?: string;
  issuingBody?: string;
  term?: string;
}

function isoDate(dRaw: string, mRaw: string, yRaw: string): string | undefined {
  const d = Number(dRaw);
  const m = Number(mRaw);
  const y = Number(yRaw);
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return undefined;
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > daysInMonth) return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function execAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

function readBody(n: string, from: number): { text: string; end: number } | undefined {
  const first = n[from];
  if (first === undefined || !/\p{Lu}/u.test(first)) return undefined;
  let j = from;
  const limit = Math.min(n.length, from + BODY_MAX_CHARS);
  while (j < limit && !BODY_STOP_CHARS.has(n[j] ?? '')) j += 1;
  let segment = n.slice(from, j);
  const stop = BODY_STOP_WORDS.exec(segment);
  if (stop !== null) segment = segment.slice(0, stop.index);
  // Keep at most BODY_MAX_WORDS words; when cut there, drop trailing lower-case words.
  const words = segment.split(' ');
  let kept = 0;
  let count = 0;
  for (let k = 0; k < words.length && count <= BODY_MAX_WORDS; k += 1) {
    if ((words[k] ?? '') === '') continue;
    count += 1;
    if (count <= BODY_MAX_WORDS) kept = k + 1;
  }
  if (count > BODY_MAX_WORDS) {
    while (kept > 1 && !/^\p{Lu}/u.test(words[kept - 1] ?? '')) kept -= 1;
  }
  const end = words.slice(0, kept).join(' ').length;
  const raw = segment.slice(0, end).replace(/[ \-]+$/u, '');
  if (raw === '') return undefined;
  return { text: raw.replace(/\s+/gu, ' ').trim(), end: from + raw.length };
}

function readTerm(n: string, at: number): { term: string; end: number } | undefined {
  const m = execAt(TERM_RE, n, at);
  if (m === null || m[1] === undefined) return undefined;
  return { term: m[1].toUpperCase(), end: m.index + m[0].length };
}

function readTrailer(n: string, at: number): { trailer: Trailer; end: number } {
  const trailer: Trailer = {};
  let q = at;
  const dm = execAt(DATE_RE, n, q);
  if (dm !== null) {
    const date =
      dm[1] !== undefined ? isoDate(dm[1], dm[3] ?? '', dm[4] ?? '') : isoDate(dm[5] ?? '', dm[6] ?? '', dm[7] ?? '');
    if (date !== undefined) {
      trailer.date = date;
      q = dm.index + dm[0].length;
    }
  }
  const t1 = readTerm(n, q);
  if (t1 !== undefined) {
    trailer.term = t1.term;
    q = t1.end;
  }
  const of = execAt(OF_RE, n, q);
  if (of !== null) {
    const body = readBody(n, of.index + of[0].length);
    if (body !== undefined) {
      trailer.issuingBody = body.text;
      q = body.end;
      if (trailer.term === undefined) {
        const t2 = readTerm(n, q);
        if (t2 !== undefined) {
          trailer.term = t2.term;
          q = t2.end;
        }
      }
    }
  }
  return { trailer, end: q };
}

function isEmptyTrailer(t: Trailer): boolean {
  return t.date === undefined && t.issuingBody === undefined && t.term === undefined;
}

// ---------------------------------------------------------------------------
// Parser

interface Item {
  parts: SymbolParts;
  /** Normalised span of the symbol. */
  sStart: number;
  sEnd: number;
  /** Normalised start of the type word, when one is directly before. */
  wordStart?: number;
  word?: DocumentTypeInfo;
  /** The type word as written in the original input. */
  wordText?: string;
  /** Inherited from the list's word. */
  listWord?: DocumentTypeInfo;
  listWordText?: string;
  trailer: Trailer;
  trailerEnd: number;
  /** A State symbol without a code after a bare "số": an official letter (công văn). */
  bareSo?: boolean;
}

function inUrl(n: string, at: number): boolean {
  let k = at;
  const floor = Math.max(0, at - 300);
  while (k > floor && !/\s/u.test(n[k - 1] ?? ' ')) k -= 1;
  return URL_TOKEN.test(n.slice(k, at));
}

function fits(type: DocumentTypeInfo, code: string): boolean {
  return code === '' || type.codes.includes(code);
}

function parseImpl(input: string): Citation[] {
  const { text: n, map } = normalizeWithMap(input);
  const toStart = (i: number): number => map[i] ?? input.length;
  const toEnd = (b: number): number => {
    let e = map[b] ?? input.length;
    const floor = (map[b - 1] ?? 0) + 1;
    while (e > floor && INVISIBLE.test(input[e - 1] ?? '')) e -= 1;
    return e;
  };

  const items: Item[] = [];
  let prevEnd = 0;
  SYMBOL_RE.lastIndex = 0;
  for (let m = SYMBOL_RE.exec(n); m !== null; m = SYMBOL_RE.exec(n)) {
    const sStart = m.index;
    const sEnd = m.index + m[0].length;
    const parts = symbolParts(m, true);
    if (parts === undefined || inUrl(n, sStart)) continue;
    const item: Item = { parts, sStart, sEnd, trailer: {}, trailerEnd: sEnd };

    const windowStart = Math.max(prevEnd, sStart - PREFIX_WINDOW);
    const window = n.slice(windowStart, sStart);
    // Cheap pre-check: a type word (or 'số', 'số:') ends with a letter or a colon.
    const lastChar = window.trimEnd().slice(-1);
    const pm = lastChar !== '' && /[\p{L}\p{M}:]/u.test(lastChar) ? PREFIX_RE.exec(window) : null;
    if (pm !== null && pm[1] !== undefined) {
      const wordStart = windowStart + pm.index;
      const before = n[wordStart - 1];
      const word = documentTypeByWord(pm[1]);
      if ((before === undefined || !LETTER_MARK_DIGIT.test(before)) && word !== undefined) {
        item.wordStart = wordStart;
        item.word = word;
        item.wordText = input.slice(toStart(wordStart), toEnd(wordStart + pm[1].length));
      }
    }

    if (parts.needs !== undefined && item.word === undefined) {
      // a State symbol without a code may follow a bare "số" (after a verb: "… tại số 73/TTg-CN");
      // it must then name an issuer and a unit (one hyphen at least)
      const bareSo = parts.needs === 'word-or-so' && BARE_SO_RE.test(n.slice(Math.max(0, sStart - 8), sStart)) && parts.issuerCode.includes('-');
      if (!bareSo) continue;
      item.bareSo = true;
    }

    const { trailer, end } = readTrailer(n, sEnd);
    item.trailer = trailer;
    item.trailerEnd = end;
    items.push(item);
    prevEnd = sEnd;
  }

  // Group lists: an item with no word of its own, separated from the previous
  // item's trailer only by a list separator, continues that list.
  const groups: Item[][] = [];
  for (const item of items) {
    const group = groups[groups.length - 1];
    const prev = group?.[group.length - 1];
    if (group !== undefined && prev !== undefined && item.word === undefined) {
      const gap = n.slice(prev.trailerEnd, item.sStart);
      if (prev.trailerEnd <= item.sStart && gap.length <= 24 && LIST_SEP_RE.test(gap)) {
        group.push(item);
        continue;
      }
    }
    groups.push([item]);
  }

  for (const group of groups) {
    const head = group[0];
    if (head?.word !== undefined) {
      for (const item of group.slice(1)) {
        if (fits(head.word, item.parts.code)) {
          item.listWord = head.word;
          if (head.wordText !== undefined) item.listWordText = head.wordText;
        }
      }
    }
    // Items with no trailer share the next trailer in the list.
    let carry: Trailer | undefined;
    for (let k = group.length - 1; k >= 0; k -= 1) {
      const item = group[k];
      if (item === undefined) continue;
      if (!isEmptyTrailer(item.trailer)) carry = item.trailer;
      else if (carry !== undefined) item.trailer = { ...carry };
    }
  }

  const citations: Citation[] = [];
  let lastEnd = 0;
  for (const item of items) {
    const { parts, trailer } = item;
    const nStart = item.wordStart ?? item.sStart;
    let start = toStart(nStart);
    if (start < lastEnd) start = toStart(item.sStart);
    const end = toEnd(item.sEnd);
    if (start >= end || start < lastEnd) continue;
    const word = item.word ?? item.listWord;
    const wordText = item.wordText ?? item.listWordText;
    const c: Citation = {
      kind: parts.kind,
      type: word?.id ?? (item.bareSo ? 'cong-van' : inferDocumentType(parts.code, parts.kind)),
      code: parts.code,
      number: parts.number,
      numberValue: Number.parseInt(parts.number, 10),
      symbol: parts.symbol,
      issuerCode: parts.issuerCode,
      start,
      end,
      text: input.slice(start, end),
    };
    if (wordText !== undefined) c.typeWord = wordText;
    if (parts.year !== undefined) c.year = parts.year;
    if (trailer.date !== undefined) c.date = trailer.date;
    if (trailer.issuingBody !== undefined) c.issuingBody = trailer.issuingBody;
    if (trailer.term !== undefined) c.term = trailer.term;
    if (item.word !== undefined && !fits(item.word, parts.code)) {
      c.typeMismatch = { word: item.word.id, code: parts.code };
    }
    citations.push(c);
    lastEnd = end;
  }
  return citations;
}

/**
 * Every document citation in `text`, in order, with exact spans of the input.
 * Does not throw on any string (the property tests check it on arbitrary
 * input); a non-string yields an empty list. No catch-all here: a bug must
 * surface, not silently drop citations from the build.
 */
export function parseCitations(text: string): Citation[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  return parseImpl(text);
}
