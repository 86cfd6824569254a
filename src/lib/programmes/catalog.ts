/**
 * Plain logic over the programme catalogue: labels, ordering, neighbours,
 * grouping. Pages call these; no Astro imports. (References between entries:
 * `src/lib/content/references.ts`.)
 */
import type { Period, ProgrammeData, ProgrammeStatus } from '../schemas';

export interface ProgrammeRecord {
  id: string;
  data: ProgrammeData;
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/** "Quý I năm 2025" / "Năm 2025". */
export function periodLabel(period: Period): string {
  return period.quarter ? `Quý ${ROMAN[period.quarter - 1]} năm ${period.year}` : `Năm ${period.year}`;
}

/** The year a programme was written: its date of issue, else the draft's year, else its period's year. */
export function programmeYear(data: Pick<ProgrammeData, 'date' | 'draftYear' | 'period'>): number {
  return data.date?.getUTCFullYear() ?? data.draftYear ?? data.period.year;
}

/** "quy-i" / "ca-nam": ASCII key of a period within its year. */
export function periodKey(period: Period): string {
  return period.quarter ? `quy-${ROMAN[period.quarter - 1]?.toLowerCase()}` : 'ca-nam';
}

export const STATUS_LABELS: Readonly<Record<ProgrammeStatus, string>> = {
  'du-thao': 'Dự thảo',
  'ban-hanh': 'Đã ban hành',
};

/** The programme's symbol, "65-CTr/TU"; undefined while a draft has no number. */
export function programmeSymbol(data: Pick<ProgrammeData, 'number' | 'symbolSuffix'>): string | undefined {
  return data.number ? `${data.number}-${data.symbolSuffix}` : undefined;
}

/**
 * Sort key: year, then quarter (a whole-year programme comes before the
 * quarters of its year), then date of issue, then id. Ascending.
 */
export function compareProgrammes(a: ProgrammeRecord, b: ProgrammeRecord): number {
  const pa = a.data.period;
  const pb = b.data.period;
  return (
    pa.year - pb.year ||
    (pa.quarter ?? 0) - (pb.quarter ?? 0) ||
    (a.data.date?.getTime() ?? 0) - (b.data.date?.getTime() ?? 0) ||
    a.id.localeCompare(b.id)
  );
}

/** Newest first. */
export function latestFirst<T extends ProgrammeRecord>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => compareProgrammes(b, a));
}

/** The previous and next programme of the same issuer, in period order. */
export function neighbours<T extends ProgrammeRecord>(list: readonly T[], id: string): { previous?: T; next?: T } {
  const self = list.find((p) => p.id === id);
  if (!self) return {};
  const same = list.filter((p) => p.data.issuer === self.data.issuer).sort(compareProgrammes);
  const index = same.findIndex((p) => p.id === id);
  return { previous: same[index - 1], next: same[index + 1] };
}

export interface YearGroup<T> {
  year: number;
  periods: { key: string; label: string; programmes: T[] }[];
}

/** Group by year (newest first), then by period within the year (newest first). */
export function groupByYearAndPeriod<T extends ProgrammeRecord>(list: readonly T[]): YearGroup<T>[] {
  const years = new Map<number, Map<string, { key: string; label: string; programmes: T[] }>>();
  for (const p of latestFirst(list)) {
    const year = p.data.period.year;
    const periods = years.get(year) ?? new Map();
    years.set(year, periods);
    const key = periodKey(p.data.period);
    const group = periods.get(key) ?? { key, label: periodLabel(p.data.period), programmes: [] };
    periods.set(key, group);
    group.programmes.push(p);
  }
  return [...years.entries()].map(([year, periods]) => ({ year, periods: [...periods.values()] }));
}
