import { describe, expect, it } from 'vitest';
import { documentIdentity, documentProgrammeProblems, duplicateDocuments, issuerReferenceProblems, programmeReferenceProblems } from '../../../src/lib/content/references';
import type { ProgrammeRecord } from '../../../src/lib/programmes/catalog';
import { programmeRecord } from '../helpers/programmes';
import type { ProgrammeData } from '../../../src/lib/schemas';
import { resolutionSchema } from '../../../src/lib/schemas';

const doc = (id: string, fields: Record<string, unknown>) => ({ id, filePath: `content/resolutions/${id}.yaml`, data: resolutionSchema.parse({ type: 'nghi-quyet', issuer: 'tu', ...fields }) });

describe('duplicate documents', () => {
  it('are the same issuer, symbol (however written) and date', () => {
    const problems = duplicateDocuments([
      doc('a', { number: '07', symbol: '07-NQ/TU', date: '2022-11-09' }),
      doc('b', { number: '07', symbol: '07 – NQ/TU', date: '2022-11-09' }),
    ]);
    expect(problems).toEqual([
      { where: 'content/resolutions/b.yaml', message: 'trùng văn bản với content/resolutions/a.yaml: cùng cơ quan tu, số ký hiệu 07 – NQ/TU, ngày 2022-11-09 (duplicate document)' },
    ]);
  });

  it('are not the same symbol in another year, or from another issuer', () => {
    expect(
      duplicateDocuments([
        doc('a', { number: '27', symbol: '27-NQ/TW', date: '2018-05-19' }),
        doc('b', { number: '27', symbol: '27-NQ/TW', date: '2022-11-09' }),
        doc('c', { number: '27', symbol: '27-NQ/TW', date: '2022-11-09', issuer: 'tw' }),
      ]),
    ).toEqual([]);
  });

  it('compare documents without a symbol by name and year', () => {
    expect(documentIdentity(resolutionSchema.parse({ type: 'chuong-trinh', issuer: 'tu', title: 'Chương trình  công tác năm 2025', year: 2025 }))).toBe(
      'tu|title:chương trình công tác năm 2025|year 2025',
    );
  });
});

function programme(id: string, issuer: string, extra: Partial<ProgrammeData> = {}): ProgrammeRecord & { filePath: string } {
  return { ...programmeRecord(id, issuer, 2025, 1, extra), filePath: `content/programmes/${id}.mdx` };
}

describe('references between entries', () => {
  const issuers = [
    { id: 'hg', data: { id: 'hg', name: 'TỈNH ỦY HẬU GIANG', shortName: 'Tỉnh ủy Hậu Giang', code: 'TU' } },
    { id: 'tw', data: { id: 'tw', name: 'BCH', shortName: 'BCH', code: 'TW', parent: 'missing' } },
  ];
  it('reports an unknown parent issuer and an unknown document issuer', () => {
    expect(issuerReferenceProblems({ issuers, resolutions: [doc('x', { issuer: 'khong-co', number: '1', symbol: '1-NQ/TU', date: '2022-01-01' })], issuersFile: 'content/issuers.yaml' })).toEqual([
      { where: 'content/issuers.yaml (tw)', message: 'parent: không có cơ quan "missing" trong content/issuers.yaml' },
      { where: 'content/resolutions/x.yaml', message: 'issuer: không có cơ quan "khong-co" trong content/issuers.yaml' },
    ]);
  });

  it('reports unknown issuers and parents of programmes with the file and field', () => {
    const problems = programmeReferenceProblems({
      issuerIds: new Set(['hg', 'tw']),
      programmes: [programme('a', 'hg', { parent: 'khong-co' }), programme('b', 'xx'), programme('c', 'hg', { parent: 'c' })],
    });
    expect(problems).toEqual([
      { where: 'content/programmes/a.mdx', message: 'parent: không có chương trình "khong-co" trong content/programmes' },
      { where: 'content/programmes/b.mdx', message: 'issuer: không có cơ quan "xx" trong content/issuers.yaml' },
      { where: 'content/programmes/c.mdx', message: 'parent: chương trình không thể là chương trình cấp trên của chính nó' },
    ]);
  });

  it('accepts valid references', () => {
    expect(programmeReferenceProblems({ issuerIds: new Set(['hg']), programmes: [programme('a', 'hg'), programme('b', 'hg', { parent: 'a' })] })).toEqual([]);
    expect(issuerReferenceProblems({ issuers: issuers.slice(0, 1), resolutions: [], issuersFile: 'content/issuers.yaml' })).toEqual([]);
  });
});

describe('the programme a document record names (programme:)', () => {
  const programmeIds = new Set(['tinh-uy-hau-giang/2025']);
  const doc = (id: string, programme?: string) => ({ id, filePath: `content/resolutions/${id}.yaml`, data: programme ? { programme } : {} });

  it('must be a programme on the site, named by one record only', () => {
    expect(documentProgrammeProblems({ programmeIds, resolutions: [doc('ctr-2025', 'tinh-uy-hau-giang/2025'), doc('nq-07')] })).toEqual([]);
    expect(documentProgrammeProblems({ programmeIds, resolutions: [doc('ctr-2099', 'tinh-uy-hau-giang/2099')] })).toEqual([
      { where: 'content/resolutions/ctr-2099.yaml', message: 'programme: không có chương trình "tinh-uy-hau-giang/2099" trong content/programmes' },
    ]);
    expect(documentProgrammeProblems({ programmeIds, resolutions: [doc('a', 'tinh-uy-hau-giang/2025'), doc('b', 'tinh-uy-hau-giang/2025')] })).toEqual([
      { where: 'content/resolutions/b.yaml', message: 'programme: chương trình "tinh-uy-hau-giang/2025" đã được văn bản "a" ghi là chính nó' },
    ]);
  });

  it('is checked against the schema: a programme id, not a URL', () => {
    const base = { type: 'chuong-trinh', title: 'Chương trình công tác năm 2025', issuer: 'tinh-uy-hau-giang', year: 2025 };
    expect(resolutionSchema.safeParse({ ...base, programme: 'tinh-uy-hau-giang/2025' }).success).toBe(true);
    expect(resolutionSchema.safeParse({ ...base, programme: '/chuong-trinh/tinh-uy-hau-giang/2025/' }).success).toBe(false);
    expect(resolutionSchema.safeParse({ ...base, original: 'sources/ctr-2025.pdf' }).success).toBe(true);
    expect(resolutionSchema.safeParse({ ...base, original: 'sources/ctr-2025.exe' }).success).toBe(false);
    expect(resolutionSchema.safeParse({ ...base, original: 'sources/../../etc/x.pdf' }).success).toBe(false);
    expect(resolutionSchema.safeParse({ ...base, original: '/etc/x.pdf' }).success).toBe(false);
  });
});
