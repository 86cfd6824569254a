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
 * BUILD_STACK=1 to print the full stack of an error (for bugs in the code),
 * BUILD_VERBOSE=1 to keep Astro's line per generated file (by default they
 * are counted: the log stays a few lines at any size, src/lib/build/route-lines.ts).
 */
import { build } from 'astro';
import { formatBuildError } from '../src/lib/build/format-error.ts';
import { createRouteLineFilter } from '../src/lib/build/route-lines.ts';
import { contentMessages } from '../src/lib/i18n/content.ts';

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

// Astro's line per generated file is counted, not printed (BUILD_VERBOSE=1 prints it).
const stdoutWrite = process.stdout.write.bind(process.stdout);
const routes = createRouteLineFilter((text) => stdoutWrite(text));
if (!process.env.BUILD_VERBOSE) {
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]): boolean => {
    routes.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    const callback = rest.find((r): r is () => void => typeof r === 'function');
    callback?.();
    return true;
  }) as typeof process.stdout.write;
}
function restoreStdout(): void {
  routes.flush();
  process.stdout.write = stdoutWrite;
  if (routes.count() > 0) stdoutWrite(`${contentMessages.routeLinesCounted(routes.count())}\n`);
}

// Content problems (YAML, schemas, references) are found by the integration
// when Astro starts (src/lib/content/load.ts) and reported below like any error.
try {
  await build({
    root,
    ...(outDir ? { outDir } : {}),
    ...(cacheDir ? { cacheDir } : {}),
  });
  restoreStdout();
} catch (error) {
  restoreStdout();
  process.stderr.write(formatBuildError(error, root));
  if (process.env.BUILD_STACK) process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
  else process.stderr.write('  (BUILD_STACK=1 npm run build: in cả stack / print the full stack)\n\n');
  process.exit(1);
}
