/**
 * Checks between content entries that the schemas alone cannot make: the
 * issuers that programmes, documents and other issuers name, programme
 * parents, and two files describing the same document. Used by the registry
 * loader (`./load.ts`, once per build, before Astro starts) and by the pages'
 * content loader (`src/data/site.ts`, for the programmes).
 */
import type { Issuer, ResolutionData } from '../schemas.ts';
import type { ProgrammeRecord } from '../programmes/catalog.ts';
import { collapseSpaces, normalizeText } from '../text/index.ts';
import { symbolKey } from '../citations/registry.ts';
import { isoDate } from '../dates.ts';

export interface ContentProblem {
  /** The file or entry the problem is in. */
  where: string;
  /** What is wrong, in Vietnamese. */
  message: string;
}

/**
 * References of the registry content: an issuer's parent, a document's issuer.
 */
export function issuerReferenceProblems(input: {
  issuers: readonly { id: string; data: Issuer }[];
  resolutions: readonly { id: string; data: ResolutionData; filePath?: string }[];
  issuersFile: string;
}): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const issuerIds = new Set(input.issuers.map((i) => i.id));
  for (const issuer of input.issuers) {
    if (issuer.data.parent && !issuerIds.has(issuer.data.parent)) {
      problems.push({ where: `${input.issuersFile} (${issuer.id})`, message: `parent: không có cơ quan "${issuer.data.parent}" trong ${input.issuersFile}` });
    }
  }
  for (const r of input.resolutions) {
    if (!issuerIds.has(r.data.issuer)) {
      problems.push({ where: r.filePath ?? r.id, message: `issuer: không có cơ quan "${r.data.issuer}" trong ${input.issuersFile}` });
    }
  }
  return problems;
}

/**
 * References of the programmes: their issuer exists, their parent programme
 * exists and is not themselves.
 */
export function programmeReferenceProblems(input: {
  issuerIds: ReadonlySet<string>;
  programmes: readonly (ProgrammeRecord & { filePath?: string })[];
}): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const programmeIds = new Set(input.programmes.map((p) => p.id));
  for (const p of input.programmes) {
    const where = p.filePath ?? p.id;
    if (!input.issuerIds.has(p.data.issuer)) {
      problems.push({ where, message: `issuer: không có cơ quan "${p.data.issuer}" trong content/issuers.yaml` });
    }
    if (p.data.parent !== undefined) {
      if (p.data.parent === p.id) problems.push({ where, message: 'parent: chương trình không thể là chương trình cấp trên của chính nó' });
      else if (!programmeIds.has(p.data.parent)) {
        problems.push({ where, message: `parent: không có chương trình "${p.data.parent}" trong content/programmes` });
      }
    }
  }
  return problems;
}

/**
 * The `programme:` field of document records: it names a programme in
 * content/programmes, and no two records name the same programme.
 */
export function documentProgrammeProblems(input: {
  programmeIds: ReadonlySet<string>;
  resolutions: readonly { id: string; filePath?: string; data: { programme?: string | undefined } }[];
}): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Map<string, string>();
  for (const r of input.resolutions) {
    const programme = r.data.programme;
    if (programme === undefined) continue;
    const where = r.filePath ?? r.id;
    if (!input.programmeIds.has(programme)) {
      problems.push({ where, message: `programme: không có chương trình "${programme}" trong content/programmes` });
      continue;
    }
    const other = seen.get(programme);
    if (other) problems.push({ where, message: `programme: chương trình "${programme}" đã được văn bản "${other}" ghi là chính nó` });
    else seen.set(programme, r.id);
  }
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
