import { describe, expect, it } from 'vitest';
import { issuersWithProgrammes, programmeListing } from '../../../src/lib/programmes/list-pages';
import { latestFirst } from '../../../src/lib/programmes/catalog';
import { programmeRecord as programme } from '../helpers/programmes';

// 2026: whole year + Q1; 2025: whole year + Q1–Q4 (two issuers in Q4); 2024: Q4
const list = [
  programme('hg-2026', 'hg', 2026),
  programme('hg-2026-q1', 'hg', 2026, 1),
  programme('hg-2025', 'hg', 2025),
  programme('hg-2025-q1', 'hg', 2025, 1),
  programme('hg-2025-q2', 'hg', 2025, 2),
  programme('hg-2025-q3', 'hg', 2025, 3),
  programme('hg-2025-q4', 'hg', 2025, 4),
  programme('tw-2025-q4', 'tw', 2025, 4),
  programme('hg-2024-q4', 'hg', 2024, 4),
];

describe('programmeListing', () => {
  it('lists every programme once, newest first, across the pages', () => {
    const listing = programmeListing(list, 3);
    expect(listing.pages).toHaveLength(3);
    const ids = listing.pages.flatMap((p) => p.years.flatMap((y) => y.periods.flatMap((q) => q.programmes.map((x) => x.id))));
    expect(ids).toEqual(latestFirst(list).map((p) => p.id));
  });

  it('groups each page by year and period and marks what runs on from the page before', () => {
    const listing = programmeListing(list, 3);
    const show = (n: number): string[] =>
      listing.pages[n - 1]!.years.map((y) => `${y.year}${y.continued ? '+' : ''}[${y.periods.map((p) => `${p.key}${p.continued ? '+' : ''}:${p.programmes.length}`).join(' ')}]`);
    expect(show(1)).toEqual(['2026[quy-i:1 ca-nam:1]', '2025[quy-iv:1]']);
    expect(show(2)).toEqual(['2025+[quy-iv+:1 quy-iii:1 quy-ii:1]']);
    expect(show(3)).toEqual(['2025+[quy-i:1 ca-nam:1]', '2024[quy-iv:1]']);
  });

  it('marks the whole-year group (its heading must differ from the year heading)', () => {
    const page = programmeListing(list, 50).pages[0]!;
    expect(page.years[1]?.periods.map((p) => [p.key, p.wholeYear])).toEqual([
      ['quy-iv', false], ['quy-iii', false], ['quy-ii', false], ['quy-i', false], ['ca-nam', true],
    ]);
  });

  it('knows the page each year starts on (the year links)', () => {
    expect(programmeListing(list, 3).years).toEqual([{ year: 2026, page: 1 }, { year: 2025, page: 1 }, { year: 2024, page: 3 }]);
    expect(programmeListing(list, 50).pages).toHaveLength(1);
  });

  it('counts programmes per issuer', () => {
    expect(issuersWithProgrammes(list, (a, b) => a.localeCompare(b))).toEqual([{ id: 'hg', count: 8 }, { id: 'tw', count: 1 }]);
  });
});
