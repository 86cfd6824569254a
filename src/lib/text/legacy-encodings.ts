/**
 * Old Vietnamese 8-bit encodings → Unicode.
 *
 * Documents typed before Unicode became the norm (and some typed today) use
 * TCVN3 (also called ABC; fonts `.VnTime`, `.VnArial` …, and their capital
 * variants `.VnTimeH`, `.VnArialH` …) or VNI (fonts `VNI-Times`, `VNI-Helve`
 * …). The bytes are Latin-1 letters that only the font turned into
 * Vietnamese, so a .docx read without the font shows mojibake such as
 * "Céng hßa x· héi chñ nghÜa" (TCVN3) or "Coäng hoøa xaõ hoäi" (VNI).
 *
 * Both encodings are fixed tables, so conversion is letter by letter:
 * - TCVN3 gives one code per lower-case letter (with its tone); capitals
 *   with a tone do not exist in the code page: the `…H` fonts draw every
 *   letter as a capital. So a run in a `…H` font converts to capitals.
 * - VNI writes a letter as a base letter followed by a mark code (`aù` = á,
 *   `oä` = ộ), with separate mark codes for capitals (`AÙ` = Á), plus a few
 *   single codes (`ô` = ơ, `ö` = ư, `ñ` = đ, `ó` = ĩ …).
 *
 * Why hand-written: the npm registry has no maintained library for these
 * tables (the only candidate found in the package lists,
 * `vietnamese-unicode-toolkit`, is a 0.0.1 release with a few hundred
 * downloads a month and no tests); the tables are small, fixed by the
 * standards (TCVN 5712:1993 VN3; VNI for Windows) and fully covered by the
 * unit tests (every letter with every tone, both cases).
 *
 * Detection: by font name (the .docx says which font a run uses), and by
 * the characters: codes that Unicode Vietnamese text never uses, counted
 * with their context (a VNI mark follows a vowel; a TCVN3 letter replaces
 * the vowel). The thresholds are in `DETECTION`.
 */

export type LegacyEncoding = 'tcvn3' | 'vni';

/** The tones, in the order the tables below list them. */
const TONES = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'] as const; // none, sắc, huyền, hỏi, ngã, nặng

/**
 * TCVN3 (ABC): for each lower-case letter, its codes without tone and with
 * the tones sắc, huyền, hỏi, ngã, nặng (as the characters Word shows for
 * them in a Latin-1 font). Capitals without tone of the modified letters
 * have their own codes (`TCVN3_CAPITALS`).
 */
const TCVN3_LETTERS: Readonly<Record<string, string>> = {
  a: 'a\u00B8\u00B5\u00B6\u00B7\u00B9', // a ¸ µ ¶ · ¹
  ă: '\u00A8\u00BE\u00BB\u00BC\u00BD\u00C6', // ¨ ¾ » ¼ ½ Æ
  â: '\u00A9\u00CA\u00C7\u00C8\u00C9\u00CB', // © Ê Ç È É Ë
  e: 'e\u00D0\u00CC\u00CE\u00CF\u00D1', // e Ð Ì Î Ï Ñ
  ê: '\u00AA\u00D5\u00D2\u00D3\u00D4\u00D6', // ª Õ Ò Ó Ô Ö
  i: 'i\u00DD\u00D7\u00D8\u00DC\u00DE', // i Ý × Ø Ü Þ
  o: 'o\u00E3\u00DF\u00E1\u00E2\u00E4', // o ã ß á â ä
  ô: '\u00AB\u00E8\u00E5\u00E6\u00E7\u00E9', // « è å æ ç é
  ơ: '\u00AC\u00ED\u00EA\u00EB\u00EC\u00EE', // ¬ í ê ë ì î
  u: 'u\u00F3\u00EF\u00F1\u00F2\u00F4', // u ó ï ñ ò ô
  ư: '\u00AD\u00F8\u00F5\u00F6\u00F7\u00F9', // soft hyphen, ø õ ö ÷ ù
  y: 'y\u00FD\u00FA\u00FB\u00FC\u00FE', // y ý ú û ü þ
};

/** TCVN3 codes of the capitals without tone: Ă Â Ê Ô Ơ Ư Đ, and đ. */
const TCVN3_CAPITALS: Readonly<Record<string, string>> = {
  '\u00A1': 'Ă',
  '\u00A2': 'Â',
  '\u00A3': 'Ê',
  '\u00A4': 'Ô',
  '\u00A5': 'Ơ',
  '\u00A6': 'Ư',
  '\u00A7': 'Đ',
  '\u00AE': 'đ',
};

/** VNI: the mark codes (lower-case letters), by modifier then tone (none, sắc, huyền, hỏi, ngã, nặng). */
const VNI_MARKS = {
  plain: ['', '\u00F9', '\u00F8', '\u00FB', '\u00F5', '\u00EF'], // ù ø û õ ï
  circumflex: ['\u00E2', '\u00E1', '\u00E0', '\u00E5', '\u00E3', '\u00E4'], // â á à å ã ä
  breve: ['\u00EA', '\u00E9', '\u00E8', '\u00FA', '\u00FC', '\u00EB'], // ê é è ú ü ë
} as const;

/** VNI: letters written with a base letter and mark codes. */
const VNI_COMPOSED: ReadonlyArray<readonly [letter: string, base: string, marks: keyof typeof VNI_MARKS]> = [
  ['a', 'a', 'plain'],
  ['â', 'a', 'circumflex'],
  ['ă', 'a', 'breve'],
  ['e', 'e', 'plain'],
  ['ê', 'e', 'circumflex'],
  ['o', 'o', 'plain'],
  ['ô', 'o', 'circumflex'],
  ['ơ', '\u00F4', 'plain'], // ô (VNI's ơ) + tone marks
  ['u', 'u', 'plain'],
  ['ư', '\u00F6', 'plain'], // ö (VNI's ư) + tone marks
  ['y', 'y', 'plain'],
];

/** VNI: letters with one code of their own (lower case; capitals are the Latin-1 capitals of the same codes). */
const VNI_SINGLE: Readonly<Record<string, string>> = {
  '\u00F4': 'ơ', // ô
  '\u00F6': 'ư', // ö
  '\u00F1': 'đ', // ñ
  '\u00ED': 'í', // í
  '\u00EC': 'ì', // ì
  '\u00E6': 'ỉ', // æ
  '\u00F3': 'ĩ', // ó
  '\u00F2': 'ị', // ò
  '\u00EE': 'ỵ', // î
};

/** The Latin-1 capital of a lower-case Latin-1 code (VNI capitals are these). */
function latinUpper(code: string): string {
  return code === '' ? '' : code.toUpperCase();
}

interface Table {
  /** Longest key length (greedy longest match). */
  longest: number;
  map: Map<string, string>;
}

function buildTcvn3(): Table {
  const map = new Map<string, string>();
  for (const [letter, codes] of Object.entries(TCVN3_LETTERS)) {
    [...codes].forEach((code, tone) => {
      if (code === letter) return; // plain a, e, i, o, u, y stay as they are
      map.set(code, (letter + TONES[tone]).normalize('NFC'));
    });
  }
  for (const [code, letter] of Object.entries(TCVN3_CAPITALS)) map.set(code, letter);
  return { longest: 1, map };
}

function buildVni(): Table {
  const map = new Map<string, string>();
  for (const [letter, base, marks] of VNI_COMPOSED) {
    VNI_MARKS[marks].forEach((mark, tone) => {
      if (base === letter && mark === '') return;
      const unicode = (letter + TONES[tone]).normalize('NFC');
      map.set(base + mark, unicode);
      map.set(latinUpper(base) + latinUpper(mark), unicode.toUpperCase());
    });
  }
  for (const [code, letter] of Object.entries(VNI_SINGLE)) {
    map.set(code, letter);
    map.set(latinUpper(code), letter.toUpperCase());
  }
  return { longest: 2, map };
}

const TABLES: Record<LegacyEncoding, Table> = { tcvn3: buildTcvn3(), vni: buildVni() };

function convertWith(table: Table, text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    let matched = false;
    for (let len = Math.min(table.longest, text.length - i); len >= 1; len -= 1) {
      const hit = table.map.get(text.slice(i, i + len));
      if (hit !== undefined) {
        out += hit;
        i += len;
        matched = true;
        break;
      }
    }
    if (!matched) {
      out += text[i];
      i += 1;
    }
  }
  return out;
}

export interface ConvertOptions {
  /** TCVN3 only: the text is in a capitals font (`.VnTimeH`): every letter comes out as a capital. */
  capitals?: boolean;
}

/** TCVN3 (ABC) text → Unicode (NFC). */
export function tcvn3ToUnicode(text: string, options: ConvertOptions = {}): string {
  const converted = convertWith(TABLES.tcvn3, text);
  return (options.capitals ? converted.toUpperCase() : converted).normalize('NFC');
}

/** VNI (VNI-Times) text → Unicode (NFC). */
export function vniToUnicode(text: string): string {
  return convertWith(TABLES.vni, text).normalize('NFC');
}

export function legacyToUnicode(text: string, encoding: LegacyEncoding, options: ConvertOptions = {}): string {
  return encoding === 'tcvn3' ? tcvn3ToUnicode(text, options) : vniToUnicode(text);
}

export interface FontEncoding {
  encoding: LegacyEncoding;
  /** A capitals font (TCVN3 `…H` fonts). */
  capitals: boolean;
}

/**
 * The legacy encoding a font name stands for: `.VnTime`, `.VnArial`,
 * `.VnTimeH` (capitals), `VnTime` … → TCVN3; `VNI-Times`, `VNI-Helve` … → VNI.
 */
export function encodingOfFont(fontName: string | undefined | null): FontEncoding | undefined {
  if (!fontName) return undefined;
  const name = fontName.trim();
  if (/^\.?vn[a-z]/iu.test(name) && !/^vni[-\s]/iu.test(name)) {
    // TCVN3 capital fonts end in H (".VnTimeH", ".VnArialH", ".VnAvantH"); ".VnTime" does not.
    return { encoding: 'tcvn3', capitals: /H$/u.test(name) };
  }
  if (/^vni[-\s]/iu.test(name)) return { encoding: 'vni', capitals: false };
  return undefined;
}

/**
 * Thresholds of detection by characters. Each is exercised by a test in
 * tests/unit/text/legacy-encodings.test.ts that fails without it.
 */
export const DETECTION = {
  /** Fewest telling characters before a text is taken as legacy (one stray "§" or "«" is not enough). */
  minSignals: 2,
  /** Share of the letters that must be telling characters (a long Unicode text with a few "«»" stays Unicode). */
  minShare: 0.03,
} as const;

/** Letters Unicode Vietnamese text uses that legacy text never has: ă ơ ư đ and the U+1EA0–U+1EF9 block. */
const UNICODE_VIETNAMESE = /[\u0102\u0103\u01A0\u01A1\u01AF\u01B0\u0110\u0111\u1EA0-\u1EF9]/u;

/** Latin-1 letters that Unicode Vietnamese uses too (so they tell nothing alone). */
const SHARED_LATIN1 = new Set([...'ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý']);

/** TCVN3 codes that are not Unicode Vietnamese letters. */
const TCVN3_TELLING = new Set([...TABLES.tcvn3.map.keys()].filter((c) => !SHARED_LATIN1.has(c)));

/** VNI codes: the marks (after a vowel) and single codes, that are not Unicode Vietnamese letters. */
const VNI_MARK_CODES = new Set(
  Object.values(VNI_MARKS)
    .flat()
    .filter((c) => c !== '')
    .flatMap((c) => [c, latinUpper(c)]),
);
const VNI_SINGLE_CODES = new Set(Object.keys(VNI_SINGLE).flatMap((c) => [c, latinUpper(c)]));
const VNI_BASES = new Set([...'aeouyAEOUY\u00F4\u00F6\u00D4\u00D6']);

export interface EncodingGuess {
  encoding: LegacyEncoding | 'unicode';
  /** Telling characters counted for each encoding. */
  signals: Record<LegacyEncoding, number>;
  /** Letters in the text (the denominator of the share). */
  letters: number;
  /** Unicode Vietnamese letters (ă ơ ư đ, ạ … ỹ): a text with any is not legacy. */
  unicodeLetters: number;
}

/**
 * Guess whether a text is TCVN3, VNI or neither (Unicode or plain ASCII) from
 * its characters. A text with Unicode Vietnamese letters is Unicode.
 */
export function detectEncoding(text: string): EncodingGuess {
  const signals: Record<LegacyEncoding, number> = { tcvn3: 0, vni: 0 };
  let letters = 0;
  let unicodeLetters = 0;
  const chars = [...text];
  chars.forEach((ch, i) => {
    if (/\p{L}/u.test(ch)) letters += 1;
    if (UNICODE_VIETNAMESE.test(ch)) unicodeLetters += 1;
    const before = chars[i - 1] ?? '';
    const afterVowel = VNI_BASES.has(before);
    if (VNI_MARK_CODES.has(ch) && afterVowel) {
      if (!SHARED_LATIN1.has(ch)) signals.vni += 1;
    } else if (VNI_SINGLE_CODES.has(ch) && !SHARED_LATIN1.has(ch) && !afterVowel) {
      // ñ ö æ î … standing alone are VNI letters; TCVN3 uses some of them too, as a vowel after a consonant.
      signals.vni += 0.5;
      if (TCVN3_TELLING.has(ch)) signals.tcvn3 += 0.5;
    } else if (TCVN3_TELLING.has(ch)) {
      signals.tcvn3 += 1;
    }
  });
  const best: LegacyEncoding = signals.tcvn3 >= signals.vni ? 'tcvn3' : 'vni';
  const count = signals[best];
  const legacy = unicodeLetters === 0 && count >= DETECTION.minSignals && count / Math.max(letters, 1) >= DETECTION.minShare;
  return { encoding: legacy ? best : 'unicode', signals, letters, unicodeLetters };
}

/**
 * Whether a short text (a heading, a table cell, "Sè 72-CTr/TU") that shows
 * too few telling characters alone is in `encoding`, given that the document
 * around it is: it has no Unicode Vietnamese letter and the table changes it.
 */
export function fitsDocumentEncoding(text: string, guess: EncodingGuess, encoding: LegacyEncoding): boolean {
  return guess.encoding === 'unicode' && guess.unicodeLetters === 0 && legacyToUnicode(text, encoding) !== text;
}

/**
 * Whether TCVN3 text found by its characters (no font name) was typed in a
 * capitals font (`.VnTimeH`): its plain letters are all capitals
 * ("TØNH ñY HËU GIANG"), so its toned letters are capitals too.
 */
export function typedInCapitals(text: string): boolean {
  const ascii = text.match(/[A-Za-z]/gu) ?? [];
  return ascii.length >= 2 && ascii.every((c) => c >= 'A' && c <= 'Z');
}

export interface FixedText {
  text: string;
  /** The encoding converted from, if any. */
  converted: LegacyEncoding | undefined;
}

/**
 * Unicode text for a run of text: converted when its font names a legacy
 * encoding, or when `detect` is set and its characters show one.
 */
export function toUnicode(text: string, fontName?: string | null, detect = true): FixedText {
  const byFont = encodingOfFont(fontName);
  if (byFont) return { text: legacyToUnicode(text, byFont.encoding, { capitals: byFont.capitals }), converted: byFont.encoding };
  if (detect) {
    const guess = detectEncoding(text);
    if (guess.encoding !== 'unicode') return { text: legacyToUnicode(text, guess.encoding, { capitals: typedInCapitals(text) }), converted: guess.encoding };
  }
  return { text, converted: undefined };
}
