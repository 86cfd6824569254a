/**
 * Plain logic over the programme catalogue: labels, ordering, neighbours,
 * grouping and referential integrity. Pages call these; no Astro imports.
 */
import type { Issuer, Period, ProgrammeData, ProgrammeStatus, ResolutionData } from '../schemas';
import { collapseSpaces, normalizeText } from '../text';
import { symbolKey } from '../citations/registry';
import { isoDate } from '../dates';

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

export interface ContentProblem {
  /** The file or entry the problem is in. */
  where: string;
  /** What is wrong, in Vietnamese. */
  message: string;
}

/**
 * References between entries that the schemas alone cannot check: issuers,
 * parents, and ids unique across a collection.
 */
export function checkReferences(input: {
  issuers: readonly { id: string; data: Issuer }[];
  programmes: readonly (ProgrammeRecord & { filePath?: string })[];
  resolutions: readonly { id: string; data: ResolutionData; filePath?: string }[];
}): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const issuerIds = new Set(input.issuers.map((i) => i.id));
  const programmeIds = new Set(input.programmes.map((p) => p.id));
  for (const issuer of input.issuers) {
    if (issuer.data.parent && !issuerIds.has(issuer.data.parent)) {
      problems.push({ where: `content/issuers.yaml (${issuer.id})`, message: `parent: không có cơ quan "${issuer.data.parent}" trong content/issuers.yaml` });
    }
  }
  for (const p of input.programmes) {
    const where = p.filePath ?? p.id;
    if (!issuerIds.has(p.data.issuer)) {
      problems.push({ where, message: `issuer: không có cơ quan "${p.data.issuer}" trong content/issuers.yaml` });
    }
    if (p.data.parent !== undefined) {
      if (p.data.parent === p.id) problems.push({ where, message: 'parent: chương trình không thể là chương trình cấp trên của chính nó' });
      else if (!programmeIds.has(p.data.parent)) {
        problems.push({ where, message: `parent: không có chương trình "${p.data.parent}" trong content/programmes` });
      }
    }
  }
  for (const r of input.resolutions) {
    if (!issuerIds.has(r.data.issuer)) {
      problems.push({ where: r.filePath ?? r.id, message: `issuer: không có cơ quan "${r.data.issuer}" trong content/issuers.yaml` });
    }
  }
  problems.push(...duplicateDocuments(input.resolutions));
  return problems;
}

/**
 * A document's identity: issuing body + symbol (or name, for a document
 * without one) + date (or year, or term). Symbols compare by `symbolKey`
 * ("07-NQ/TU" = "7 – nq/tu"), names ignoring case and spaces.
 */
export function documentIdentity(data: Pick<ResolutionData, 'issuer' | 'symbol' | 'title' | 'date' | 'year' | 'term'>): string {
  const name = data.symbol
    ? `symbol:${symbolKey(data.symbol)}`
    : `title:${collapseSpaces(normalizeText(data.title ?? '')).toLowerCase()}`;
  const when = data.date ? isoDate(data.date) : data.year !== undefined ? `year ${data.year}` : data.term ? `term ${data.term}` : '';
  return `${data.issuer}|${name}|${when}`;
}

/** Two document files that describe the same document (same identity). */
export function duplicateDocuments(resolutions: readonly { id: string; data: ResolutionData; filePath?: string }[]): ContentProblem[] {
  const first = new Map<string, { id: string; filePath?: string }>();
  const problems: ContentProblem[] = [];
  for (const r of resolutions) {
    const key = documentIdentity(r.data);
    const seen = first.get(key);
    if (seen) {
      const what = r.data.symbol ? `số ký hiệu ${r.data.symbol}` : `tên "${r.data.title ?? ''}"`;
      const when = r.data.date ? `, ngày ${isoDate(r.data.date)}` : r.data.year !== undefined ? `, năm ${r.data.year}` : '';
      problems.push({
        where: r.filePath ?? r.id,
        message: `trùng văn bản với ${seen.filePath ?? seen.id}: cùng cơ quan ${r.data.issuer}, ${what}${when} (duplicate document)`,
      });
    } else first.set(key, { id: r.id, ...(r.filePath ? { filePath: r.filePath } : {}) });
  }
  return problems;
}

/** One message for all problems, one line each. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  return ['Nội dung không hợp lệ:', ...problems.map((p) => `  - ${p.where}: ${p.message}`)].join('\n');
}
