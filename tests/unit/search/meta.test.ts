import { describe, expect, it } from 'vitest';
import { periodStartDate, searchMetaAttributes } from '../../../src/lib/search/meta';

describe('searchMetaAttributes', () => {
  it('writes metadata, filters and the sort as Pagefind attribute lists', () => {
    const attrs = searchMetaAttributes({
      kind: 'van-ban',
      title: 'Chỉ thị số 27-CT/TW',
      type: 'Chỉ thị',
      symbol: '27-CT/TW',
      issuer: 'Bộ Chính trị',
      date: '2023-12-25',
      dateLabel: '25/12/2023',
      year: 2023,
    });
    expect(attrs['data-pagefind-meta']).toBe(
      'title[data-title], kind[data-kind], type[data-type], symbol[data-symbol], keys[data-keys], issuer[data-issuer], date[data-date], date-label[data-date-label], sort-date[data-sort-date]',
    );
    expect(attrs['data-pagefind-filter']).toBe('loai[data-type], co-quan[data-issuer], nam[data-year]');
    expect(attrs['data-pagefind-sort']).toBe('date[data-sort-date]');
    expect(attrs['data-keys']).toBe('vbshct27tw vbshct27 vbshcttw');
    expect(attrs['data-sort-date']).toBe('2023-12-25');
    expect(attrs['data-search-meta']).toBe('');
  });

  it('leaves out what is not known, and never writes a colon into the lists', () => {
    const attrs = searchMetaAttributes({ kind: 'chuong-trinh', title: 'Chương trình: quý I, năm 2025', type: 'Chương trình công tác', symbol: undefined, issuer: ' ', year: 2025, period: 'Quý I năm 2025', status: 'Dự thảo', sortDate: '2025-01-01' });
    expect(attrs['data-symbol']).toBeUndefined();
    expect(attrs['data-keys']).toBeUndefined();
    expect(attrs['data-issuer']).toBeUndefined();
    expect(attrs['data-pagefind-meta']).not.toContain(':');
    expect(attrs['data-pagefind-filter']).toBe('loai[data-type], nam[data-year], ky[data-period], tinh-trang[data-status]');
    expect(attrs['data-title']).toBe('Chương trình: quý I, năm 2025');
  });

  it('keys a document under its aliases too', () => {
    const attrs = searchMetaAttributes({ kind: 'van-ban', title: 'Quy định số 144-QĐ/TW', type: 'Quy định', symbol: '144-QĐ/TW', aliases: ['144-CT/TW'] });
    expect(attrs['data-keys']?.split(' ')).toEqual(expect.arrayContaining(['vbshqd144tw', 'vbshct144tw']));
  });
});

describe('periodStartDate', () => {
  it('is the first day of the quarter or year', () => {
    expect(periodStartDate({ year: 2025, quarter: 1 })).toBe('2025-01-01');
    expect(periodStartDate({ year: 2025, quarter: 4 })).toBe('2025-10-01');
    expect(periodStartDate({ year: 2025 })).toBe('2025-01-01');
  });
});
