/**
 * `npm run build`: Astro's build, with errors in the content reported as a
 * short message that names the file and what is wrong (no stack trace of the
 * framework's internals).
 *
 *   npm run build                                  # → dist/
 *   BASE_PATH=/van-kien/ OUT_DIR=dist-base/van-kien npm run build
 *   npm run build -- --out-dir /tmp/site           # same as OUT_DIR
 *
 * Environment: SITE_URL, BASE_PATH (astro.config.mjs), OUT_DIR (output folder,
 * default dist/), ASTRO_CACHE_DIR (Astro's cache, default node_modules/.astro),
 * BUILD_STACK=1 to print the full stack of an error (for bugs in the code).
 */
import { build } from 'astro';
import { formatBuildError } from '../src/lib/build/format-error.ts';

function option(name: string): string | undefined {
  const args = process.argv.slice(2);
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg === name) return args[i + 1];
    if (arg.startsWith(`${name}=`)) return arg.slice(name.length + 1);
  }
  return undefined;
}

const root = process.cwd();
const outDir = option('--out-dir') ?? option('--outDir') ?? process.env.OUT_DIR;
const cacheDir = process.env.ASTRO_CACHE_DIR;

// Content problems (YAML, schemas, references) are found by the integration
// when Astro starts (src/lib/content/load.ts) and reported below like any error.
try {
  await build({
    root,
    ...(outDir ? { outDir } : {}),
    ...(cacheDir ? { cacheDir } : {}),
  });
} catch (error) {
  process.stderr.write(formatBuildError(error, root));
  if (process.env.BUILD_STACK) process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
  else process.stderr.write('  (BUILD_STACK=1 npm run build: in cả stack / print the full stack)\n\n');
  process.exit(1);
}
