/**
 * Word's automatic numbering, reconstructed. The numbers of numbered
 * paragraphs ("I.", "1.", "1.1.") are not in a .docx's text: they are
 * computed by Word from the numbering definitions (word/numbering.xml) and
 * the paragraphs' order. Converters such as mammoth drop them, so the
 * importer computes them here and writes them into the text before
 * converting, as if they had been typed.
 *
 * Pure logic over plain data; src/lib/import/docx-xml.ts reads the XML.
 */

/** One level of a list definition (w:lvl). */
export interface NumberingLevel {
  /** w:numFmt: decimal, upperRoman, lowerRoman, upperLetter, lowerLetter, bullet, none … */
  format: string;
  /** w:lvlText: "%1.", "%1.%2." … */
  text: string;
  /** w:start (default 1). */
  start: number;
  /** w:isLgl: every level shown as a decimal number. */
  legal: boolean;
}

/** The definitions of numbering.xml: abstract lists and the numbering instances that use them. */
export interface NumberingDefinitions {
  /** abstractNumId → ilvl → level. */
  abstract: Map<string, Map<number, NumberingLevel>>;
  /** numId → its abstract list and start overrides (ilvl → start). */
  instances: Map<string, { abstractId: string; startOverrides: Map<number, number> }>;
}

const ROMAN: ReadonlyArray<readonly [number, string]> = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

export function toRoman(n: number): string {
  let rest = n;
  let out = '';
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

function toLetters(n: number): string {
  // Word: a … z, aa … zz, aaa …
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

/** A counter value in a level's format. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'upperRoman':
      return toRoman(n);
    case 'lowerRoman':
      return toRoman(n).toLowerCase();
    case 'upperLetter':
      return toLetters(n).toUpperCase();
    case 'lowerLetter':
      return toLetters(n);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/** Whether a level makes a numbered (not bulleted) paragraph. */
export function isNumbered(level: NumberingLevel | undefined): level is NumberingLevel {
  return level !== undefined && level.format !== 'bullet' && level.format !== 'none';
}

/**
 * Counts numbered paragraphs in document order and gives each its label.
 * Counters belong to the abstract list (paragraphs of two instances of one
 * list continue each other, as in Word) and restart where an instance
 * overrides the start; a level restarts whenever a higher level advances.
 */
export class NumberingCounter {
  private readonly counters = new Map<string, number[]>();
  private readonly seenInstances = new Set<string>();

  constructor(private readonly defs: NumberingDefinitions) {}

  level(numId: string, ilvl: number): NumberingLevel | undefined {
    const instance = this.defs.instances.get(numId);
    if (!instance) return undefined;
    return this.defs.abstract.get(instance.abstractId)?.get(ilvl);
  }

  /** The label of the next paragraph of list `numId` at level `ilvl` ("1.1."), or undefined for bullets and unknown lists. */
  next(numId: string, ilvl: number): string | undefined {
    const instance = this.defs.instances.get(numId);
    if (!instance) return undefined;
    const levels = this.defs.abstract.get(instance.abstractId);
    const level = levels?.get(ilvl);
    if (!levels || !isNumbered(level)) return undefined;
    let counts = this.counters.get(instance.abstractId);
    if (!counts) {
      counts = [];
      this.counters.set(instance.abstractId, counts);
    }
    if (!this.seenInstances.has(numId)) {
      this.seenInstances.add(numId);
      for (const [overridden, start] of instance.startOverrides) counts[overridden] = start - 1;
    }
    const startOf = (l: number): number => levels.get(l)?.start ?? 1;
    counts[ilvl] = (counts[ilvl] ?? startOf(ilvl) - 1) + 1;
    // Deeper levels restart.
    counts.length = ilvl + 1;
    const current = counts;
    return level.text.replace(/%(\d)/gu, (_, digit: string) => {
      const l = Number(digit) - 1;
      const value = current[l] ?? startOf(l);
      const format = level.legal ? 'decimal' : (levels.get(l)?.format ?? 'decimal');
      return formatNumber(value, format);
    });
  }
}
