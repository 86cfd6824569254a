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
        for (const c of report.details.created) logger.info(`  tạo từ trích dẫn: “${c.text}” (${c.programmeId}#${c.anchor}) → ${c.documentId}`);
        for (const c of report.details.ambiguous) logger.warn(`  chưa rõ: “${c.text}” (${c.programmeId}#${c.anchor}) → ${c.candidates.join(' | ')}`);
        for (const c of report.details.mismatched) {
          const note = c.acknowledged ? ' [đã ghi nhận]' : '';
          logger.warn(`  không khớp${note}: ${c.mismatches.map((m) => m.message).join('; ')} (${c.programmeId}#${c.anchor})`);
        }
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
