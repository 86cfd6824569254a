/**
 * `npm run check:html [-- <folder> …]`: every HTML page of a build is
 * - valid HTML (html-validate, configuration in .htmlvalidate.mjs), and
 * - free of inline code that the Content-Security-Policy would block
 *   (src/lib/hosting/inline-code.ts).
 * Default folders: dist and dist-base (scripts/build-folders.ts). Exit code 1 on any error.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader, formatterFactory, type Report } from 'html-validate';
import config from '../.htmlvalidate.mjs';
import { inlineCodeProblems } from '../src/lib/hosting/inline-code.ts';
import { buildFolders, reportMissing } from './build-folders.ts';

const positional = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const { present: folders, missing } = buildFolders(positional);
const validator = new HtmlValidate(new StaticConfigLoader(config));
const stylish = formatterFactory('stylish');

let failed = reportMissing(missing);
for (const folder of folders) {
  const files = readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
  let invalid = 0;
  let inline = 0;
  const reports: Report[] = [];
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    const report = await validator.validateString(html, file);
    if (!report.valid) {
      invalid += 1;
      reports.push(report);
    }
    for (const p of inlineCodeProblems(html)) {
      inline += 1;
      console.log(`✗ ${file}:${p.line}  ${p.message}`);
    }
  }
  for (const report of reports) console.log(stylish(report.results));
  const ok = invalid === 0 && inline === 0 && files.length > 0;
  console.log(
    `${ok ? '✓' : '✗'} ${folder}: ${files.length} trang (pages) kiểm tra bằng html-validate; ` +
      `${invalid} trang không hợp lệ (invalid), ${inline} mã nội tuyến bị CSP chặn (inline code the CSP blocks)`,
  );
  if (!ok) failed = true;
}
process.exit(failed ? 1 : 0);
