import { describe, expect, test } from 'vitest';
import { buildRegistry } from '../../../src/lib/citations/registry';
import { citationPath, documentTextContext } from '../../../src/lib/citations/target';

const registry = buildRegistry(
  [
    { id: 'ctr-2025', type: 'chuong-trinh', issuerId: 'tu', year: 2025, title: 'Chương trình công tác năm 2025', aliases: [], namedReferences: ['Chương trình công tác năm 2025'], curated: false, programme: 'tu/2025' },
    { id: 'nq-07', type: 'nghi-quyet', number: '07', symbol: '07-NQ/TU', issuerId: 'tu', date: '2022-11-09', aliases: [], namedReferences: [], curated: true },
    { id: 'ka', type: 'ke-hoach', title: 'Kế hoạch', issuerId: 'tu', aliases: [], namedReferences: [], curated: true },
  ],
  [{ id: 'tu', code: 'TU', shortName: 'Tỉnh ủy' }],
);

describe('where a citation links', () => {
  test('a document that is a programme on the site links to the programme', () => {
    expect(citationPath('ctr-2025', registry)).toBe('chuong-trinh/tu/2025/');
  });

  test('every other document links to its own page, also one the registry does not know', () => {
    expect(citationPath('nq-07', registry)).toBe('van-ban/nq-07/');
    expect(citationPath('qd-99-tu-2020', registry)).toBe('van-ban/qd-99-tu-2020/');
  });
});

describe('the context of a full text', () => {
  test('is its document: issuer and year of issue', () => {
    expect(documentTextContext('nq-07', registry)).toEqual({ issuer: expect.objectContaining({ id: 'tu' }), year: 2022 });
    expect(documentTextContext('ctr-2025', registry)?.year).toBe(2025);
  });

  test('without a year every candidate counts as already issued; unknown documents have none', () => {
    expect(documentTextContext('ka', registry)?.year).toBe(Number.MAX_SAFE_INTEGER);
    expect(documentTextContext('khong-co', registry)).toBeUndefined();
  });
});
