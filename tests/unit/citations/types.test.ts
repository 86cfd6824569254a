import { describe, expect, it } from 'vitest';
import {
  DOCUMENT_TYPES,
  canonicalCode,
  documentTypeById,
  documentTypeByWord,
  documentTypesByCode,
  foldCode,
  inferDocumentType,
  isDocumentTypeId,
  knownCodes,
} from '../../../src/lib/citations';

const ids = (list: readonly { id: string }[]): string[] => list.map((t) => t.id).sort();

describe('DOCUMENT_TYPES', () => {
  it('has unique ASCII ids and non-empty labels and words', () => {
    expect(new Set(DOCUMENT_TYPES.map((t) => t.id)).size).toBe(DOCUMENT_TYPES.length);
    for (const t of DOCUMENT_TYPES) {
      expect(t.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(t.label.length).toBeGreaterThan(0);
      expect(t.words).toContain(t.label);
      expect(t.kinds.length).toBeGreaterThan(0);
    }
  });

  it('maps every word back to its type and every code to its canonical form', () => {
    for (const t of DOCUMENT_TYPES) {
      for (const w of t.words) expect(documentTypeByWord(w)?.id).toBe(t.id);
      for (const c of t.codes) {
        expect(canonicalCode(c)).toBe(c);
        expect(canonicalCode(c.toLowerCase())).toBe(c);
        expect(documentTypesByCode(c).map((x) => x.id)).toContain(t.id);
      }
    }
  });

  it('stores the codes the domain names', () => {
    expect(documentTypeById('nghi-quyet').codes).toEqual(['NQ']);
    expect(documentTypeById('quy-dinh').codes).toEqual(['QĐ', 'QĐi']);
    expect(documentTypeById('quyet-dinh').codes).toEqual(['QĐ']);
    expect(documentTypeById('chuong-trinh').codes).toEqual(['CTr']);
    expect(documentTypeById('nghi-dinh').codes).toEqual(['NĐ']);
    expect(documentTypeById('luat').codes).toEqual([]);
    expect(documentTypeById('nope')).toBeUndefined();
    expect(isDocumentTypeId('de-an')).toBe(true);
    expect(isDocumentTypeId('de an')).toBe(false);
  });
});

describe('documentTypesByCode', () => {
  it('is case-insensitive and look-alike tolerant but keeps đ distinct from d', () => {
    expect(ids(documentTypesByCode('QĐ'))).toEqual(['quy-dinh', 'quyet-dinh']);
    expect(ids(documentTypesByCode('qđ'))).toEqual(['quy-dinh', 'quyet-dinh']);
    expect(ids(documentTypesByCode('Q\u00D0'))).toEqual(['quy-dinh', 'quyet-dinh']);
    expect(documentTypesByCode('QD')).toEqual([]);
    expect(ids(documentTypesByCode('qđi'))).toEqual(['quy-dinh']);
    expect(ids(documentTypesByCode('Ctr'))).toEqual(['chuong-trinh']);
    expect(ids(documentTypesByCode(' NQ '))).toEqual(['nghi-quyet']);
    expect(documentTypesByCode('')).toEqual([]);
  });

  it('narrows by numbering system', () => {
    expect(ids(documentTypesByCode('TT'))).toEqual(['thong-tri', 'thong-tu']);
    expect(ids(documentTypesByCode('TT', 'party'))).toEqual(['thong-tri']);
    expect(ids(documentTypesByCode('TT', 'state'))).toEqual(['thong-tu']);
    expect(ids(documentTypesByCode('QĐ', 'state'))).toEqual(['quyet-dinh']);
    expect(documentTypesByCode('NĐ', 'party')).toEqual([]);
  });

  it('infers a type only when the code is unambiguous', () => {
    expect(inferDocumentType('QĐ', 'party')).toBeUndefined();
    expect(inferDocumentType('QĐ', 'state')).toBe('quyet-dinh');
    expect(inferDocumentType('QĐi', 'party')).toBe('quy-dinh');
    expect(inferDocumentType('NQ', 'party')).toBe('nghi-quyet');
    expect(inferDocumentType('', 'state')).toBeUndefined();
  });

  it('lists known codes longest first', () => {
    const party = knownCodes('party');
    expect(party).toContain('QĐi');
    expect(party).not.toContain('NĐ');
    expect(knownCodes('state')).toContain('TTLT');
    expect(party.indexOf('CTr')).toBeLessThan(party.indexOf('CT'));
  });
});

describe('foldCode', () => {
  it('folds for loose search', () => {
    expect(foldCode('QĐi')).toBe('QDI');
    expect(foldCode('QĐ')).toBe('QD');
    expect(foldCode('Q\u00D0')).toBe('QD');
    expect(foldCode('CTr')).toBe('CTR');
    expect(foldCode('ĐA')).toBe('DA');
  });
});

describe('documentTypeByWord', () => {
  it('accepts any case, NFD, no-break spaces and look-alikes', () => {
    expect(documentTypeByWord('Nghị quyết')?.id).toBe('nghi-quyet');
    expect(documentTypeByWord('NGHỊ QUYẾT')?.id).toBe('nghi-quyet');
    expect(documentTypeByWord('nghị quyết')?.id).toBe('nghi-quyet');
    expect(documentTypeByWord('Nghi\u0323 quyê\u0301t')?.id).toBe('nghi-quyet');
    expect(documentTypeByWord('Quy\u00A0định')?.id).toBe('quy-dinh');
    expect(documentTypeByWord('Quyết định')?.id).toBe('quyet-dinh');
    expect(documentTypeByWord('\u00D0ề án')?.id).toBe('de-an');
    expect(documentTypeByWord('  Chỉ   thị ')?.id).toBe('chi-thi');
  });

  it('needs tone marks and a known word', () => {
    expect(documentTypeByWord('Nghi quyet')).toBeUndefined();
    expect(documentTypeByWord('Nghị luận')).toBeUndefined();
    expect(documentTypeByWord('Quy hoach')).toBeUndefined();
    expect(documentTypeByWord('Quy hoạch')?.id).toBe('quy-hoach');
    expect(documentTypeByWord('')).toBeUndefined();
  });
});
