import { describe, expect, it } from 'vitest';
import { documentIdentity, duplicateDocuments } from '../../../src/lib/programmes/catalog';
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
