/**
 * The programme list (/chuong-trinh/) and an issuer's programmes
 * (/chuong-trinh/co-quan/<id>/) cut into pages of LIST_PAGES.programmes,
 * newest first, each page grouped by year and period; a year or period that
 * began on the previous page is marked as continued. Plain logic, no Astro.
 */
import { groupStartPages, paginateList, type ListPage } from '../pagination/pages';
import { groupByYearAndPeriod, latestFirst, periodKey, type ProgrammeRecord, type YearGroup } from './catalog';

export interface ProgrammePeriodSlice<T> {
  key: string;
  label: string;
  programmes: T[];
  continued: boolean;
  /** The year's whole-year programmes (headed "Cả năm 2025" under "Năm 2025"). */
  wholeYear: boolean;
}

export interface ProgrammeYearSlice<T> {
  year: number;
  continued: boolean;
  periods: ProgrammePeriodSlice<T>[];
}

export interface ProgrammeListPage<T> extends ListPage<T> {
  years: ProgrammeYearSlice<T>[];
}

export interface ProgrammeListing<T> {
  /** Every programme of the list, newest first. */
  ordered: T[];
  pages: ProgrammeListPage<T>[];
  /** Each year of the list, newest first, with the page its first programme is on. */
  years: { year: number; page: number }[];
}

export function programmeListing<T extends ProgrammeRecord>(list: readonly T[], size: number): ProgrammeListing<T> {
  const ordered = latestFirst(list);
  const pages = paginateList(ordered, size).map((page): ProgrammeListPage<T> => {
    const before = ordered[page.start - 1];
    const groups: YearGroup<T>[] = groupByYearAndPeriod(page.items);
    return {
      ...page,
      years: groups.map((g, i) => {
        const yearContinued = i === 0 && before !== undefined && before.data.period.year === g.year;
        return {
          year: g.year,
          continued: yearContinued,
          periods: g.periods.map((p, j) => ({
            ...p,
            wholeYear: p.key === periodKey({ year: g.year }),
            continued: yearContinued && j === 0 && before !== undefined && periodKey(before.data.period) === p.key,
          })),
        };
      }),
    };
  });
  const starts = groupStartPages(ordered, (p) => p.data.period.year, size);
  return { ordered, pages, years: [...starts].map(([year, page]) => ({ year, page })) };
}

export interface IssuerCount {
  id: string;
  count: number;
}

/** The issuers that have programmes, with how many; in the order `compare` gives (e.g. by name). */
export function issuersWithProgrammes(list: readonly ProgrammeRecord[], compare: (a: string, b: string) => number): IssuerCount[] {
  const counts = new Map<string, number>();
  for (const p of list) counts.set(p.data.issuer, (counts.get(p.data.issuer) ?? 0) + 1);
  return [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => compare(a.id, b.id));
}
