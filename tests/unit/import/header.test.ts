import { describe, expect, it } from 'vitest';
import {
  HEADER_SCAN_LINES,
  matchIssuer,
  parseHeader,
  parsePeriodOption,
  periodFromSubject,
  suggestIssuer,
  type HeaderLine,
} from '../../../src/lib/import/header';

const lines = (texts: string[], blocks?: number[]): HeaderLine[] => texts.map((text, i) => ({ text, block: blocks?.[i] ?? i }));

const ISSUERS = [
  { id: 'tinh-uy-hau-giang', name: 'TỈNH ỦY HẬU GIANG', shortName: 'Tỉnh ủy Hậu Giang', code: 'TU', place: 'Hậu Giang' },
  { id: 'bo-chinh-tri', name: 'BỘ CHÍNH TRỊ', shortName: 'Bộ Chính trị', code: 'TW' },
];

describe('header block', () => {
  it('reads an issued programme laid out in a two-column table (cell by cell)', () => {
    const header = parseHeader(
      lines(
        ['TỈNH ỦY HẬU GIANG', '*', 'Số 72-CTr/TU', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Hậu Giang, ngày 28 tháng 3 năm 2025', 'CHƯƠNG TRÌNH', 'Công tác quý II năm 2025', '-----', 'Căn cứ …'],
        [0, 0, 0, 0, 0, 1, 2, 3, 4],
      ),
    );
    expect(header).toMatchObject({
      issuerName: 'TỈNH ỦY HẬU GIANG',
      number: '72',
      symbolSuffix: 'CTr/TU',
      place: 'Hậu Giang',
      date: '2025-03-28',
      draft: false,
      documentType: 'CHƯƠNG TRÌNH',
      subject: 'Công tác quý II năm 2025',
      lastBlock: 3,
    });
  });

  it('reads a draft: blank number, blank day and month, "Dự thảo", superior body', () => {
    const header = parseHeader(
      lines(['ĐẢNG BỘ TỈNH HẬU GIANG', '\tTỈNH ỦY HẬU GIANG', '', '*', 'Số        -CTr/TU', 'Dự thảo', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Hậu Giang, ngày      tháng      năm 2024', 'KẾ HOẠCH', 'Công tác năm 2025', 'Đoạn đầu.']),
    );
    expect(header).toMatchObject({ superior: 'ĐẢNG BỘ TỈNH HẬU GIANG', issuerName: 'TỈNH ỦY HẬU GIANG', symbolSuffix: 'CTr/TU', draft: true, draftYear: 2024, documentType: 'KẾ HOẠCH', lastBlock: 9 });
    expect(header.number).toBeUndefined();
    expect(header.date).toBeUndefined();
  });

  it('finds no header in running text', () => {
    expect(parseHeader(lines(['Căn cứ Chương trình công tác năm 2025, …', 'CHƯƠNG TRÌNH', 'Công tác quý I năm 2025'])).lastBlock).toBe(-1);
  });

  it(`looks no further than HEADER_SCAN_LINES (${HEADER_SCAN_LINES}) lines`, () => {
    const far = [...Array(HEADER_SCAN_LINES).fill('TỈNH ỦY HẬU GIANG'), 'CHƯƠNG TRÌNH', 'Công tác quý I năm 2025'];
    expect(parseHeader(lines(far)).lastBlock).toBe(-1);
    expect(parseHeader(lines(far.slice(HEADER_SCAN_LINES - 5))).lastBlock).toBeGreaterThan(0);
  });
});

describe('period', () => {
  it('from the subject', () => {
    expect(periodFromSubject('Công tác quý I năm 2025')).toEqual({ year: 2025, kind: 'quarter', quarter: 1, slug: '2025-quy-i' });
    expect(periodFromSubject('Công tác quý IV năm 2025')?.slug).toBe('2025-quy-iv');
    expect(periodFromSubject('công tác quý 3/2025')?.quarter).toBe(3);
    expect(periodFromSubject('Công tác 6 tháng đầu năm 2025')).toEqual({ year: 2025, kind: 'first-half', slug: '2025-6-thang-dau-nam' });
    expect(periodFromSubject('Công tác 6 tháng cuối năm 2026')?.kind).toBe('second-half');
    expect(periodFromSubject('Công tác năm 2025')).toEqual({ year: 2025, kind: 'year', slug: '2025' });
    expect(periodFromSubject('Công tác trọng tâm')).toBeUndefined();
  });

  it('from --period', () => {
    expect(parsePeriodOption('2025-q2')).toEqual({ year: 2025, kind: 'quarter', quarter: 2, slug: '2025-quy-ii' });
    expect(parsePeriodOption('2025')?.slug).toBe('2025');
    expect(parsePeriodOption('2025-h1')?.slug).toBe('2025-6-thang-dau-nam');
    expect(parsePeriodOption('2025-q5')).toBeUndefined();
    expect(parsePeriodOption('quy-2')).toBeUndefined();
  });
});

describe('issuer', () => {
  it('matches by printed or everyday name, ignoring case, marks and spaces', () => {
    expect(matchIssuer('TỈNH ỦY HẬU GIANG', ISSUERS)?.id).toBe('tinh-uy-hau-giang');
    expect(matchIssuer('Tỉnh  ủy Hậu Giang', ISSUERS)?.id).toBe('tinh-uy-hau-giang');
    expect(matchIssuer('TỈNH ỦY CẦN THƠ', ISSUERS)).toBeUndefined();
  });

  it('suggests an entry for an unknown body', () => {
    expect(suggestIssuer({ issuerName: 'TỈNH ỦY CẦN THƠ', symbolSuffix: 'CTr/TU', place: 'Cần Thơ', draft: false, lastBlock: 3 })).toEqual({
      id: 'tinh-uy-can-tho',
      name: 'TỈNH ỦY CẦN THƠ',
      shortName: 'Tỉnh ủy cần thơ',
      code: 'TU',
      place: 'Cần Thơ',
    });
  });
});
