/**
 * The header block of a Party document, read from its first lines: issuing
 * body (and superior body), "ĐẢNG CỘNG SẢN VIỆT NAM", the number line
 * ("Số 72-CTr/TU", blank in a draft), "Dự thảo", the place and date line
 * (blank day and month in a draft), the document type (CHƯƠNG TRÌNH …) and
 * the subject (trích yếu), from which the period is read.
 *
 * The lines come from a borderless two-column table (cell by cell), from
 * text boxes or from plain text; each line carries the index of the block
 * it came from so the caller can remove the header from the body.
 */
import { collapseSpaces, foldForSearch, slugify } from '../text';
import { toRoman } from './numbering';

export interface HeaderLine {
  text: string;
  /** Index of the top-level block the line belongs to. */
  block: number;
}

export interface HeaderInfo {
  /** The issuing body as printed ("TỈNH ỦY HẬU GIANG"). */
  issuerName?: string;
  /** The superior body printed above it, if any. */
  superior?: string;
  number?: string;
  symbolSuffix?: string;
  /** The number line as printed. */
  numberLine?: string;
  place?: string;
  /** ISO date (yyyy-mm-dd) of an issued document. */
  date?: string;
  /** The year of a draft's date line with blank day and month. */
  draftYear?: number;
  dateLine?: string;
  draft: boolean;
  documentType?: string;
  subject?: string;
  /** Index of the last block of the header (-1 when no header was found). */
  lastBlock: number;
}

/** How far into the document the header is looked for (lines). */
export const HEADER_SCAN_LINES = 40;

/** Document types printed above the subject. */
export const DOCUMENT_TYPES = [
  'CHƯƠNG TRÌNH',
  'KẾ HOẠCH',
  'NGHỊ QUYẾT',
  'CHỈ THỊ',
  'KẾT LUẬN',
  'QUY ĐỊNH',
  'QUYẾT ĐỊNH',
  'HƯỚNG DẪN',
  'THÔNG BÁO',
  'THÔNG TRI',
  'BÁO CÁO',
  'QUY CHẾ',
  'ĐỀ ÁN',
  'TỜ TRÌNH',
] as const;

const PARTY_LINE = 'ĐẢNG CỘNG SẢN VIỆT NAM';
const NUMBER_LINE = /^Số\s*:?\s*(\d*)\s*[-‐-―]\s*(\S+)$/u;
const DATE_LINE = /^(.+?),\s*ngày\s*(\d{0,2})\s*tháng\s*(\d{0,2})\s*năm\s*(\d{4})\s*\.?$/u;
/** A rule under the subject ("-----") or the star under the issuing body. */
const RULE = /^[-‐-―_*=.~\s]+$/u;
const DRAFT = /^dự\s*thảo$/iu;

function clean(text: string): string {
  return collapseSpaces(text.normalize('NFC')).trim();
}

function isCapitals(text: string): boolean {
  return /\p{L}/u.test(text) && text === text.toUpperCase();
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function parseHeader(lines: readonly HeaderLine[]): HeaderInfo {
  const info: HeaderInfo = { draft: false, lastBlock: -1 };
  const capitals: string[] = [];
  let sawHeaderLine = false;
  const limit = Math.min(lines.length, HEADER_SCAN_LINES);
  for (let i = 0; i < limit; i += 1) {
    const line = lines[i]!;
    const text = clean(line.text);
    if (!text) continue;
    if (RULE.test(text)) {
      if (info.subject) {
        info.lastBlock = line.block;
        break;
      }
      continue;
    }
    if (info.subject) break; // the body starts
    if (info.documentType) {
      info.subject = text;
      info.lastBlock = line.block;
      continue;
    }
    if (text.toUpperCase() === PARTY_LINE) {
      sawHeaderLine = true;
      continue;
    }
    const number = NUMBER_LINE.exec(text);
    if (number) {
      sawHeaderLine = true;
      info.numberLine = text;
      if (number[1]) info.number = number[1];
      info.symbolSuffix = number[2];
      continue;
    }
    if (DRAFT.test(text)) {
      info.draft = true;
      continue;
    }
    const date = DATE_LINE.exec(text);
    if (date) {
      sawHeaderLine = true;
      info.dateLine = text;
      info.place = date[1]!.trim();
      const [day, month, year] = [Number(date[2] || 0), Number(date[3] || 0), Number(date[4])];
      if (day && month) info.date = `${year}-${pad(month)}-${pad(day)}`;
      else info.draftYear = year;
      continue;
    }
    const upper = text.toUpperCase();
    if ((DOCUMENT_TYPES as readonly string[]).includes(upper) && isCapitals(text)) {
      info.documentType = upper;
      continue;
    }
    if (isCapitals(text)) {
      capitals.push(text);
      continue;
    }
    // A line of running text before any document type: no header here.
    if (!sawHeaderLine) break;
  }
  if (!info.subject) return { draft: info.draft, lastBlock: -1 };
  if (capitals.length > 0) info.issuerName = capitals.at(-1);
  if (capitals.length > 1) info.superior = capitals.at(-2);
  return info;
}

export type PeriodKind = 'quarter' | 'year' | 'first-half' | 'second-half';

export interface PeriodInfo {
  year: number;
  kind: PeriodKind;
  quarter?: number;
  /** The file name part: "2025-quy-ii", "2025", "2025-6-thang-dau-nam". */
  slug: string;
}

const ROMAN_QUARTER: Readonly<Record<string, number>> = { I: 1, II: 2, III: 3, IV: 4 };

function periodSlug(year: number, kind: PeriodKind, quarter?: number): string {
  if (kind === 'quarter') return `${year}-quy-${toRoman(quarter ?? 1).toLowerCase()}`;
  if (kind === 'first-half') return `${year}-6-thang-dau-nam`;
  if (kind === 'second-half') return `${year}-6-thang-cuoi-nam`;
  return String(year);
}

export function makePeriod(year: number, kind: PeriodKind, quarter?: number): PeriodInfo {
  return { year, kind, ...(quarter ? { quarter } : {}), slug: periodSlug(year, kind, quarter) };
}

/** The period a subject names: "Công tác quý I năm 2025", "… 6 tháng đầu năm 2025", "… năm 2025". */
export function periodFromSubject(subject: string): PeriodInfo | undefined {
  const text = clean(subject);
  const quarter = /quý\s+(IV|I{1,3}|[1-4])\b\s*(?:năm|\/|-)?\s*(\d{4})/iu.exec(text);
  if (quarter) {
    const q = ROMAN_QUARTER[quarter[1]!.toUpperCase()] ?? Number(quarter[1]);
    return makePeriod(Number(quarter[2]), 'quarter', q);
  }
  const half = /6\s+tháng\s+(đầu|cuối)\s+năm\s+(\d{4})/iu.exec(text);
  if (half) return makePeriod(Number(half[2]), half[1]!.toLowerCase() === 'đầu' ? 'first-half' : 'second-half');
  const year = /năm\s+(\d{4})/iu.exec(text);
  if (year) return makePeriod(Number(year[1]), 'year');
  return undefined;
}

/** `--period` of the commands: 2025, 2025-q2, 2025-h1 (6 tháng đầu năm), 2025-h2. */
export function parsePeriodOption(value: string): PeriodInfo | undefined {
  const match = /^(\d{4})(?:-(q[1-4]|h[12]))?$/iu.exec(value.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  const part = match[2]?.toLowerCase();
  if (!part) return makePeriod(year, 'year');
  if (part.startsWith('q')) return makePeriod(year, 'quarter', Number(part.slice(1)));
  return makePeriod(year, part === 'h1' ? 'first-half' : 'second-half');
}

export interface IssuerEntry {
  id: string;
  name: string;
  shortName: string;
  code: string;
  printedSuperior?: string;
  place?: string;
}

const fold = (text: string): string => collapseSpaces(foldForSearch(text)).trim();

/** The issuer whose printed or everyday name is `name` (case, marks and spacing ignored). */
export function matchIssuer(name: string, issuers: readonly IssuerEntry[]): IssuerEntry | undefined {
  const wanted = fold(name);
  return issuers.find((issuer) => fold(issuer.name) === wanted || fold(issuer.shortName) === wanted);
}

/** A suggested issuers.yaml entry for a body the file does not know. */
export function suggestIssuer(header: HeaderInfo): IssuerEntry {
  const name = header.issuerName ?? '';
  const lower = name.toLocaleLowerCase('vi');
  const shortName = lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
  const code = header.symbolSuffix?.split('/').at(-1) ?? '';
  return {
    id: slugify(name),
    name,
    shortName,
    code,
    ...(header.superior ? { printedSuperior: header.superior } : {}),
    ...(header.place ? { place: header.place } : {}),
  };
}
