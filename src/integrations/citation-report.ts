/**
 * Astro integration: after the build, print the citation summary and the
 * citations that need an editor; in strict mode, fail the build on ambiguous
 * citations and on mismatches no editor has acknowledged.
 *
 * The report itself is computed once, from the citation index, by the page
 * `src/pages/du-lieu/bao-cao-trich-dan.json.ts`; this reads what it wrote.
 */
import { readFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { formatReportSummary, strictFailures, type CitationReport } from '../lib/citations/citation-index';
import { DATA_PATHS } from '../lib/feeds/urls';

const REPORT_PATH = DATA_PATHS.citationReport;
/** Citations of each kind (created, ambiguous, mismatched) printed in the build log; the rest only in the JSON report. */
export const REPORT_LINES_PER_KIND = 5;

export interface CitationReportOptions {
  /** Fail the build on ambiguous or unacknowledged mismatched citations. */
  strict: boolean;
}

export default function citationReportIntegration(options: CitationReportOptions): AstroIntegration {
  return {
    name: 'citation-report',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const file = new URL(REPORT_PATH, dir);
        const report = JSON.parse(await readFile(file, 'utf8')) as CitationReport;
        logger.info(formatReportSummary(report));
        // A few lines at any size: the first citations of each kind, then how many more (all are in the JSON report).
        const some = <T>(list: readonly T[], line: (item: T) => string, warn: boolean): void => {
          for (const item of list.slice(0, REPORT_LINES_PER_KIND)) (warn ? logger.warn : logger.info).call(logger, line(item));
          if (list.length > REPORT_LINES_PER_KIND) logger.info(`  … và ${list.length - REPORT_LINES_PER_KIND} trích dẫn khác cùng loại (xem tệp chi tiết)`);
        };
        some(report.details.created, (c) => `  tạo từ trích dẫn: “${c.text}” (${c.programmeId}#${c.anchor}) → ${c.documentId}`, false);
        some(report.details.ambiguous, (c) => `  chưa rõ: “${c.text}” (${c.programmeId}#${c.anchor}) → ${c.candidates.join(' | ')}`, true);
        some(report.details.mismatched, (c) => `  không khớp${c.acknowledged ? ' [đã ghi nhận]' : ''}: ${c.mismatches.map((m) => m.message).join('; ')} (${c.programmeId}#${c.anchor})`, true);
        logger.info(`Chi tiết: ${file.pathname}`);
        const failures = strictFailures(report);
        if (options.strict && failures.length > 0) {
          throw new Error(
            `Chế độ nghiêm ngặt (CITATIONS_STRICT=1): ${failures.length} trích dẫn chưa rõ hoặc không khớp chưa được ghi nhận. Xem ${REPORT_PATH}.`,
          );
        }
      },
    },
  };
}
