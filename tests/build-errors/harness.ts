/**
 * Builds a small site from a fixture: a temporary copy of the project's code
 * (src/, public/, the config and the build script; node_modules linked) with
 * the fixture's content in content/ (tests/fixtures/build-errors/base/content,
 * overlaid by the case's own content/ folder). The copy keeps the builds apart
 * from the checkout and from each other: their own .astro/, cache and output.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const PROJECT = resolve(import.meta.dirname, '../..');
const FIXTURES = join(PROJECT, 'tests/fixtures/build-errors');
const COPIED = ['src', 'public', 'scripts/build.ts', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

export interface BuildRun {
  code: number | null;
  output: string;
  root: string;
}

export function prepareSite(caseName: string): string {
  const root = mkdtempSync(join(tmpdir(), `van-kien-build-${caseName}-`));
  for (const path of COPIED) cpSync(join(PROJECT, path), join(root, path), { recursive: true });
  symlinkSync(join(PROJECT, 'node_modules'), join(root, 'node_modules'), 'dir');
  cpSync(join(FIXTURES, 'base/content'), join(root, 'content'), { recursive: true });
  const own = join(FIXTURES, caseName, 'content');
  if (existsSync(own)) cpSync(own, join(root, 'content'), { recursive: true });
  return root;
}

/**
 * A copy of the project with a whole fixture content folder as its content
 * (no base fixture under it): `prepareContentSite('documents', 'tests/fixtures/documents/content')`.
 */
export function prepareContentSite(name: string, contentDir: string): string {
  const root = mkdtempSync(join(tmpdir(), `van-kien-site-${name}-`));
  for (const path of COPIED) cpSync(join(PROJECT, path), join(root, path), { recursive: true });
  symlinkSync(join(PROJECT, 'node_modules'), join(root, 'node_modules'), 'dir');
  cpSync(join(PROJECT, contentDir), join(root, 'content'), { recursive: true });
  return root;
}

/** The project's pinned Node (24, runs .ts files), whatever Node runs the tests. */
const NODE = existsSync(join(PROJECT, 'node_modules/.bin/node')) ? join(PROJECT, 'node_modules/.bin/node') : process.execPath;

/**
 * Variables Vitest sets in its own process (Vite's `import.meta.env`): a build
 * must not inherit them, or `import.meta.env.BASE_URL` stays "/" whatever BASE_PATH says.
 */
const VITE_ENV = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']);

/** `node scripts/build.ts` in the copy; `env` adds or overrides variables (e.g. CITATIONS_STRICT). */
export function runBuild(root: string, env: Record<string, string> = {}): Promise<BuildRun> {
  return new Promise((done) => {
    const child = spawn(NODE, ['scripts/build.ts'], {
      cwd: root,
      env: {
        ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITE_ENV.has(key))),
        // Not the project's node_modules/.astro (node_modules is a link).
        ASTRO_CACHE_DIR: join(root, '.cache'),
        OUT_DIR: join(root, 'dist'),
        BASE_PATH: '/',
        CONTENT_DIR: './content',
        BUILD_STACK: '',
        FORCE_COLOR: '0',
        NO_COLOR: '1',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (code) => done({ code, output, root }));
  });
}

export function removeSite(root: string): void {
  rmSync(root, { recursive: true, force: true });
}
