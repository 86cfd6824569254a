/**
 * Phase timings of one build, for `npm run bench` (never for tests: times are
 * noisy). Marks are kept on `globalThis` under a registered symbol, because
 * the integration's hooks and the pages that Astro prerenders run in the same
 * process but in different module graphs (Vite's bundle and the config).
 * Written to the file named by `BUILD_TIMINGS` at the end of the build.
 */
import { writeFileSync } from 'node:fs';

const KEY = Symbol.for('van-kien.build-timings');

type Marks = Map<string, number>;

function marks(): Marks {
  const g = globalThis as { [KEY]?: Marks };
  g[KEY] ??= new Map();
  return g[KEY];
}

/** Remember when `name` happened (the first time only). */
export function mark(name: string): void {
  const m = marks();
  if (!m.has(name)) m.set(name, performance.now());
}

/** The build's phases, in milliseconds, from the marks present. */
export function phases(m: ReadonlyMap<string, number> = marks()): Record<string, number> {
  const span = (from: string, to: string): number | undefined => {
    const a = m.get(from);
    const b = m.get(to);
    return a !== undefined && b !== undefined ? Math.round(b - a) : undefined;
  };
  const out: Record<string, number | undefined> = {
    contentSync: span('config:done', 'build:start'),
    mdxCompile: span('build:start', 'render:start'),
    citationIndex: span('render:start', 'citation-index:done'),
    pageRender: span('render:start', 'build:generated'),
    buildSteps: span('build:generated', 'search-index:start'),
    searchIndex: span('search-index:start', 'search-index:done'),
    total: span('config:done', 'search-index:done'),
  };
  return Object.fromEntries(Object.entries(out).filter((e): e is [string, number] => e[1] !== undefined));
}

/** Write the phases to `file` (JSON), when a file is named. */
export function writePhases(file: string | undefined): void {
  if (file) writeFileSync(file, `${JSON.stringify(phases(), null, 2)}\n`);
}
