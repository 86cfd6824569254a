import { expect, test } from 'vitest';
import type { DocumentDisplay } from '../../../src/lib/citations/display';
import { facetGroups, facetPath } from '../../../src/lib/documents/facets';

const doc = (id: string, typeLabel: string, issuer: string | undefined, sortKey: string): DocumentDisplay => ({
  id, heading: `${typeLabel} ${id}`, typeId: undefined, typeLabel, symbol: undefined, aliases: [], issuer, issuerId: issuer, date: sortKey,
  sortKey, term: undefined, subject: undefined, curated: true, origin: 'registry', notes: [],
});
const docs = [
  doc('a', 'Nghị quyết', 'ban-chap-hanh-dang-bo-tinh-hau-giang', '2022-11-09'),
  doc('b', 'Quy định', 'tinh-uy-hau-giang', '2024-10-21'),
  doc('c', 'Nghị quyết', 'bo-chinh-tri', '2018'),
  doc('d', 'Chỉ thị', undefined, ''),
];
const names: Record<string, string> = { 'ban-chap-hanh-dang-bo-tinh-hau-giang': 'Tỉnh ủy Hậu Giang', 'tinh-uy-hau-giang': 'Tỉnh ủy Hậu Giang', 'bo-chinh-tri': 'Bộ Chính trị' };
const labels = { organisation: (d: DocumentDisplay) => (d.issuerId ? names[d.issuerId] : undefined), unknownIssuer: 'Chưa rõ cơ quan ban hành', unknownYear: 'Chưa rõ năm' };

test('two names of one organisation are one filter value', () => {
  const groups = facetGroups(docs, 'co-quan', labels);
  expect(groups.map((g) => [g.label, g.items.map((d) => d.id)])).toEqual([
    ['Bộ Chính trị', ['c']],
    ['Chưa rõ cơ quan ban hành', ['d']],
    ['Tỉnh ủy Hậu Giang', ['b', 'a']],
  ]);
  expect(facetPath('co-quan', groups[2]!.key)).toBe('van-ban/co-quan/tinh-uy-hau-giang/');
});

test('years newest first, the unknown year last; types A–Z', () => {
  expect(facetGroups(docs, 'nam', labels).map((g) => g.label)).toEqual(['2024', '2022', '2018', 'Chưa rõ năm']);
  expect(facetGroups(docs, 'loai', labels).map((g) => [g.key, g.items.length])).toEqual([['chi-thi', 1], ['nghi-quyet', 2], ['quy-dinh', 1]]);
});
