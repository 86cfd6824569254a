/**
 * The importer: a programme from a .docx or .txt file to an MDX file with
 * valid frontmatter, and a short report in Vietnamese of what was found,
 * converted and left out. No file system access here (scripts/import.ts
 * reads and writes); everything is testable on bytes.
 */
import type { Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { stringify as toYaml } from 'yaml';
import { importMessages as m } from '../i18n/import';
import { programmeSchema } from '../schemas';
import { convertDocx, convertText, decodeText, type Converted } from './convert';
import { matchIssuer, parseHeader, periodFromSubject, suggestIssuer, type HeaderInfo, type IssuerEntry, type PeriodInfo } from './header';
import { checkBody, toMdx } from './markdown';
import { buildOutline } from './outline';

export type SourceKind = 'docx' | 'txt';

export function sourceKind(fileName: string): SourceKind | undefined {
  if (/\.docx$/iu.test(fileName)) return 'docx';
  if (/\.(txt|text)$/iu.test(fileName)) return 'txt';
  return undefined;
}

export interface ImportOptions {
  /** The file name (for the report, the kind and source.description). */
  fileName: string;
  data: Uint8Array;
  issuers: readonly IssuerEntry[];
  /** --issuer: overrides the header. */
  issuerId?: string;
  /** --period: overrides the subject. */
  period?: PeriodInfo;
  /** Today (yyyy-mm-dd), for source.description. */
  today: string;
}

export interface ImportResult {
  /** Path of the file to write, relative to the content folder's parent: content/programmes/<issuer>/<period>.mdx. */
  relativePath: string | undefined;
  /** The whole MDX file (frontmatter and body). */
  mdx: string;
  /** The body alone (MDX). */
  body: string;
  /** The body tree the MDX was written from. */
  tree: Root;
  header: HeaderInfo;
  frontmatter: Record<string, unknown>;
  /** What the editor should read: found, converted, left out. */
  report: string[];
  /** Problems that stop the import (nothing is written). */
  errors: string[];
  /** Problems the editor must fix in the written file (e.g. an unknown issuer). */
  warnings: string[];
}

function normalizeTree(root: Root): void {
  visit(root, 'text', (node) => {
    node.value = node.value.normalize('NFC');
  });
}

function isEmptyParagraph(node: RootContent): boolean {
  return node.type === 'paragraph' && node.children.every((c) => c.type === 'text' && c.value.trim() === '');
}

function reportConverted(converted: Converted, report: string[]): void {
  if (converted.numbered > 0) report.push(m.numbering(converted.numbered));
  const legacyGroups = new Map<string, Converted['legacy']>();
  for (const item of converted.legacy) {
    const key = `${item.encoding}/${item.by}`;
    legacyGroups.set(key, [...(legacyGroups.get(key) ?? []), item]);
  }
  for (const [key, items] of legacyGroups) {
    const [encoding = '', by = ''] = key.split('/');
    const sample = items[0]!.text.slice(0, 60);
    report.push(m.legacy(items.length, m.legacyEncoding[encoding] ?? encoding, m.legacyBy[by] ?? by, sample));
  }
  const byKind = (kind: string) => converted.events.filter((e) => e.kind === kind);
  const empty = byKind('empty-paragraph');
  if (empty.length > 0) report.push(m.emptyParagraphs(empty.length, empty[0]!.near));
  const breaks = byKind('page-break');
  if (breaks.length > 0) report.push(m.pageBreaks(breaks.length, breaks[0]!.near));
  for (const c of byKind('comment')) report.push(m.comment(c.near, c.detail ?? ''));
  if (byKind('insertion').length > 0) report.push(m.insertions(byKind('insertion').length));
  if (byKind('deletion').length > 0) report.push(m.deletions(byKind('deletion').length));
  if (byKind('footnote').length > 0) report.push(m.footnotes(byKind('footnote').length));
  if (byKind('endnote').length > 0) report.push(m.endnotes(byKind('endnote').length));
  if (byKind('image').length > 0) report.push(m.images(byKind('image').length, byKind('image')[0]!.near));
  if (byKind('internal-link').length > 0) report.push(m.internalLinks(byKind('internal-link').length));
  for (const warning of converted.warnings) report.push(m.wordWarning(warning));
}

export async function importProgramme(options: ImportOptions): Promise<ImportResult> {
  const report: string[] = [m.reportTitle(options.fileName)];
  const errors: string[] = [];
  const warnings: string[] = [];
  const kind = sourceKind(options.fileName);
  if (!kind) throw new Error(m.unsupported(options.fileName));
  const converted = kind === 'docx' ? await convertDocx(options.data) : convertText(decodeText(options.data));

  // Header → frontmatter fields.
  const header = parseHeader(converted.headerLines);
  if (header.lastBlock < 0) {
    warnings.push(m.headerMissing);
  } else {
    const parts = [
      header.issuerName ? m.headerPart.issuer(header.issuerName) : undefined,
      header.numberLine ? m.headerPart.number(header.numberLine) : undefined,
      header.dateLine ? m.headerPart.date(header.dateLine) : undefined,
      header.draft ? m.headerPart.draft : undefined,
      header.documentType && header.subject ? m.headerPart.type(header.documentType, header.subject) : undefined,
    ].filter((p): p is string => p !== undefined);
    report.push(m.headerFound(parts));
  }

  let issuer: string | undefined;
  const matched = header.issuerName ? matchIssuer(header.issuerName, options.issuers) : undefined;
  if (options.issuerId) {
    issuer = options.issuerId;
    if (!options.issuers.some((i) => i.id === issuer)) warnings.push(m.issuerNotInFile(issuer));
    if (header.issuerName && matched?.id !== issuer) report.push(m.issuerOverride(header.issuerName, issuer));
  } else if (matched) {
    issuer = matched.id;
    report.push(m.issuerMatched(matched.id));
  } else if (header.issuerName) {
    const suggestion = suggestIssuer(header);
    issuer = suggestion.id;
    warnings.push(`${m.issuerUnknown(header.issuerName)}\n${toYaml([suggestion]).trimEnd()}`);
  } else {
    errors.push(m.issuerMissing);
  }

  const period = options.period ?? (header.subject ? periodFromSubject(header.subject) : undefined);
  if (!period) errors.push(m.periodMissing);
  else if (period.kind === 'first-half' || period.kind === 'second-half') report.push(m.halfYear(period.year));

  // Body: header removed, numbers → headings and lists, NFC, footnotes at the end.
  const bodyBlocks = converted.blocks.filter((b) => b.block > header.lastBlock && !isEmptyParagraph(b.node)).map((b) => b.node);
  const { root, stats } = buildOutline({ type: 'root', children: bodyBlocks });
  root.children.push(...converted.footnotes);
  normalizeTree(root);
  report.push(stats.headings > 0 ? m.outline(stats.headings, stats.items) : m.noHeadings);
  reportConverted(converted, report);

  const body = toMdx(root);
  const check = checkBody(body, root);
  if (check.problems.length > 0) errors.push(m.guardFailed(check.problems.map((p) => `  dòng ${p.line}: ${p.message}`).join('\n')));
  if (!check.sameText) errors.push(m.textChanged);

  const documentType = header.documentType ?? 'CHƯƠNG TRÌNH';
  const subject = header.subject ?? '';
  const issued = !header.draft && header.number !== undefined && header.date !== undefined;
  const frontmatter: Record<string, unknown> = {
    title: subject ? m.titleOf(documentType, subject) : '',
    ...(documentType !== 'CHƯƠNG TRÌNH' ? { documentType } : {}),
    subject,
    issuer: issuer ?? '',
    ...(header.number ? { number: header.number } : {}),
    ...(header.symbolSuffix ? { symbolSuffix: header.symbolSuffix } : {}),
    ...(header.place ? { place: header.place } : {}),
    ...(header.date ? { date: header.date } : {}),
    ...(header.draftYear && !header.date ? { draftYear: header.draftYear } : {}),
    period: period ? { year: period.year, ...(period.quarter ? { quarter: period.quarter } : {}) } : {},
    status: issued ? 'ban-hanh' : 'du-thao',
    source: { description: m.sourceDescription(options.fileName, options.today) },
  };
  if (errors.length === 0) {
    const valid = programmeSchema.safeParse(frontmatter);
    if (!valid.success) warnings.push(m.schemaFailed(valid.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')));
  }

  const mdx = `---\n${toYaml(frontmatter, { lineWidth: 0 })}---\n\n${body}`;
  const relativePath = issuer && period ? `content/programmes/${issuer}/${period.slug}.mdx` : undefined;
  return { relativePath, mdx, body, tree: root, header, frontmatter, report, errors, warnings };
}
