/** Property tests: the parser never throws, spans are exact, and known citations survive any surroundings. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCitations, type Citation } from '../../../src/lib/citations';

function checkInvariants(input: string, found: Citation[]): void {
  let lastEnd = 0;
  for (const c of found) {
    expect(c.start).toBeGreaterThanOrEqual(lastEnd);
    expect(c.end).toBeGreaterThan(c.start);
    expect(c.end).toBeLessThanOrEqual(input.length);
    expect(input.slice(c.start, c.end)).toBe(c.text);
    expect(c.symbol.length).toBeGreaterThan(0);
    expect(Number.isInteger(c.numberValue)).toBe(true);
    if (c.date !== undefined) expect(c.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    lastEnd = c.end;
  }
}

/** Pieces of Vietnamese-ish text that come close to citations. */
const PIECES = [
  'a', 'Đ', 'đ', 'ư', 'ị', 'ế', 'Q', 'q', 'i', 'T', 'W', 'U', 'C', 'r', 'n', 'g', 'à', 'y',
  '0', '1', '2', '7', '9', '2022', '-', '–', '—', '/', ' ', '  ', '.', ',', ';', ':', '(', ')', '“', '”', '\n', '\r\n',
  'NQ', 'TW', 'TU', 'QĐ', 'QĐi', 'Q\u00D0', 'CTr', 'Ctr', 'ĐA', 'NĐ', 'CP', 'TTg', 'QH14', 'số', 'Số', 'SỐ',
  'Nghị quyết', 'Quy định', 'Quyết định', 'Chỉ thị', 'Thông báo kết luận', 'ngày', 'tháng', 'năm', 'của', 'Ban',
  'Bộ Chính trị', 'khóa', 'khoá', 'XIII', 'về', 'và',
  '\u00A0', '\u202F', '\u200B', '\uFEFF', '\u00AD', '\u0301', '\u0323', '\u0309', '\u2011',
  '07-NQ/TU', '27 - NQ/TW', '30/2020/NĐ-CP', '09/11/2022', '2025 - 2030', 'https://', 'www.', '\uD83D\uDE00', '\uD800',
];

const vietnameseish = fc.string({ unit: fc.constantFrom(...PIECES), maxLength: 60 });

describe('parseCitations properties', () => {
  it('never throws and keeps exact, ordered, non-overlapping spans on arbitrary unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (input) => {
        checkInvariants(input, parseCitations(input));
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 1000) },
    );
  });

  it('never throws on grapheme strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (input) => {
        checkInvariants(input, parseCitations(input));
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 500) },
    );
  });

  it('keeps the invariants on Vietnamese-ish text full of near-citations', () => {
    fc.assert(
      fc.property(vietnameseish, (input) => {
        checkInvariants(input, parseCitations(input));
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 3000) },
    );
  });

  const KNOWN: Array<[string, string]> = [
    ['Nghị quyết số 07-NQ/TU', '07-NQ/TU'],
    ['07-NQ/TU', '07-NQ/TU'],
    ['Quy định số 144-QĐ/TW', '144-QĐ/TW'],
    ['27 – NQ / TW', '27-NQ/TW'],
    ['72-NQ-TW', '72-NQ/TW'],
    ['65-Ctr/TU', '65-CTr/TU'],
    ['Quy định số 08-QĐi/TW', '08-QĐi/TW'],
    ['Nghị định số 30/2020/NĐ-CP', '30/2020/NĐ-CP'],
    ['1588/QĐ-TTg', '1588/QĐ-TTg'],
    ['Luật số 59/2020/QH14', '59/2020/QH14'],
    ['Hướng dẫn số 08-HD/UBKTTW', '08-HD/UBKTTW'],
  ];

  it('always finds a known citation inserted into random text', () => {
    fc.assert(
      fc.property(vietnameseish, fc.constantFrom(...KNOWN), vietnameseish, (before, [citation, symbol], after) => {
        const input = `${before} ${citation} ${after}`;
        const found = parseCitations(input);
        checkInvariants(input, found);
        const symbolStart = before.length + 1 + citation.search(/\d/);
        const end = before.length + 1 + citation.length;
        const hit = found.find((c) => c.symbol === symbol && c.end === end);
        expect(hit, JSON.stringify(input)).toBeDefined();
        if (hit !== undefined) expect(hit.start).toBeLessThanOrEqual(symbolStart);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 3000) },
    );
  });
});
