/**
 * `npm run check:links [-- <root> …]`: the link checker (src/lib/links/check.ts)
 * over built sites. Each argument is a server document root: `dist` for the
 * root build, `dist-base` for the build under /van-kien/ (written to
 * dist-base/van-kien/). Default: dist and dist-base (scripts/build-folders.ts).
 *
 * Options: --site <origin> (default SITE_URL or http://localhost:4321),
 * --strict-external (links to other origins are errors, not warnings).
 * Exit code 1 when any error is found.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { checkSite, formatProblems } from '../src/lib/links/check.ts';
import { buildFolders, reportMissing } from './build-folders.ts';

const args = process.argv.slice(2);
const siteIndex = args.indexOf('--site');
const site = (siteIndex >= 0 ? args[siteIndex + 1] : undefined) ?? process.env.SITE_URL ?? 'http://localhost:4321';
const strictExternalLinks = args.includes('--strict-external');
const positional = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--site');
const { present: roots, missing } = buildFolders(positional);

let failed = reportMissing(missing);
for (const root of roots) {
  const paths = new Set(
    readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => `/${relative(root, join(e.parentPath, e.name)).split(sep).join('/')}`),
  );
  const cache = new Map<string, string | undefined>();
  const read = (path: string): string | undefined => {
    if (!cache.has(path)) cache.set(path, paths.has(path) ? readFileSync(join(root, path), 'utf8') : undefined);
    return cache.get(path);
  };
  const result = checkSite({ paths, read }, { site, strictExternalLinks });
  const errors = result.problems.filter((p) => p.severity === 'error');
  const warnings = result.problems.length - errors.length;
  if (result.problems.length > 0) console.log(formatProblems(result.problems));
  console.log(
    `${errors.length === 0 ? '✓' : '✗'} ${root}: ${result.pages} trang (pages), ${result.dataFiles} tệp dữ liệu (data files); ` +
      `${result.links} liên kết nội bộ (internal links), trong đó ${result.anchors} #neo (anchors); ` +
      `${result.external} liên kết ngoài (external); ${errors.length} lỗi (errors), ${warnings} cảnh báo (warnings)`,
  );
  if (result.pages === 0) {
    console.error(`✗ ${root}: không có trang HTML nào (no HTML page)`);
    failed = true;
  }
  if (errors.length > 0) failed = true;
}
process.exit(failed ? 1 : 0);
