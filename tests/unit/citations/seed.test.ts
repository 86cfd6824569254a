/** The parser over the whole seed programme: exactly the ten documents it cites. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCitations } from '../../../src/lib/citations';

const SEED = readFileSync(
  new URL('../../../content/sources/chuong-trinh-cong-tac-quy-I-2025-tinh-uy-hau-giang.txt', import.meta.url),
  'utf8',
);

const EXPECTED = [
  {
    symbol: '144-CT/TW',
    type: 'quy-dinh',
    text: 'Quy định số 144-CT/TW',
    date: '2024-05-09',
    issuingBody: 'Bộ Chính trị',
    typeMismatch: { word: 'quy-dinh', code: 'CT' },
  },
  { symbol: '4218-QĐ/TU', type: 'quy-dinh', text: 'Quy định số 4218-QĐ/TU', date: '2024-10-21', issuingBody: 'Ban Chấp hành Đảng bộ tỉnh' },
  { symbol: '08-ĐA/TU', type: 'de-an', text: 'Đề án số 08-ĐA/TU', date: '2023-10-16', issuingBody: 'Ban Chấp hành Đảng bộ tỉnh' },
  { symbol: '20-QC/TU', type: 'quy-che', text: 'Quy chế số 20-QC/TU', date: '2023-04-18', issuingBody: undefined },
  { symbol: '290-QĐ/TW', type: 'quyet-dinh', text: 'Quyết định số 290-QĐ/TW', date: '2010-02-25', issuingBody: 'Bộ chính trị' },
  {
    symbol: '08-HD/UBKTTW',
    type: 'huong-dan',
    text: 'Hướng dẫn số 08-HD/UBKTTW',
    date: '2024-11-18',
    issuingBody: 'Ủy ban Kiểm tra Trung ương',
  },
  { symbol: '27-CT/TW', type: 'chi-thi', text: 'Chỉ thị số 27-CT/TW', date: '2023-12-25', issuingBody: 'Bộ Chính trị' },
  {
    symbol: '27-NQ/TW',
    type: 'nghi-quyet',
    text: 'Nghị quyết số 27-NQ/TW',
    date: undefined,
    term: 'XIII',
    issuingBody: 'Ban Chấp hành Trung ương Đảng',
  },
  {
    symbol: '07-NQ/TU',
    type: 'nghi-quyet',
    text: 'Nghị quyết số 07-NQ/TU',
    date: '2022-11-09',
    issuingBody: 'Ban Chấp hành Đảng bộ tỉnh',
    term: undefined,
  },
  {
    symbol: '20-NQ/TW',
    type: 'nghi-quyet',
    text: 'Nghị quyết số 20-NQ/TW',
    date: '2022-06-16',
    term: 'XIII',
    issuingBody: 'Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng',
  },
] as const;

describe('parseCitations over the seed programme', () => {
  const found = parseCitations(SEED);

  it('finds exactly the ten cited documents, in order', () => {
    expect(found.map((c) => c.symbol)).toEqual(EXPECTED.map((e) => e.symbol));
  });

  it.each(EXPECTED.map((e, k) => [e.symbol, k] as const))('%s: span, type, date and body', (_symbol, k) => {
    const exp = EXPECTED[k];
    const c = found[k];
    expect(c).toBeDefined();
    if (c === undefined || exp === undefined) return;
    expect(SEED.slice(c.start, c.end)).toBe(c.text);
    expect(c.text).toBe(exp.text);
    expect(c.kind).toBe('party');
    expect(c.type).toBe(exp.type);
    expect(c.date).toBe(exp.date);
    expect(c.issuingBody).toBe(exp.issuingBody);
    if ('term' in exp) expect(c.term).toBe(exp.term);
    expect(c.typeMismatch).toEqual('typeMismatch' in exp ? exp.typeMismatch : undefined);
  });

  it('finds the same citations after the text is decomposed (NFD) and spaces made no-break', () => {
    const nfd = SEED.normalize('NFD').replace(/ /g, '\u00A0');
    const again = parseCitations(nfd);
    expect(again.map((c) => c.symbol)).toEqual(EXPECTED.map((e) => e.symbol));
    for (const c of again) expect(nfd.slice(c.start, c.end)).toBe(c.text);
    expect(again.map((c) => c.text.normalize('NFC').replace(/\u00A0/g, ' '))).toEqual(EXPECTED.map((e) => e.text));
  });
});
