import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests run against the built site, served the way the intranet
 * serves it: by nginx with deploy/nginx.conf (scripts/nginx.ts), on loopback
 * ports. Every test runs twice:
 * - project "root": dist/, built for the root path;
 * - project "base": dist-base/, built with BASE_PATH=/van-kien/ into
 *   dist-base/van-kien/ (`npm test` builds it; a missing build is an error,
 *   unless E2E_SITES=root asks for the root build only).
 *
 * E2E_SERVER=preview uses `astro preview` instead of nginx (for a machine
 * without nginx; the header tests are then skipped, and only the root build
 * is tested: Astro runs one preview server per project). E2E_PORT sets the first
 * of the two ports (default: one derived from the process id, so that two
 * people running the tests in one checkout do not collide).
 *
 * On these machines Playwright cannot download its browser, so Debian's
 * Chromium is used when present; elsewhere Playwright's own browser.
 */
const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined);

// Workers re-read this file; the port chosen by the main process reaches them through the environment.
process.env.E2E_PORT ??= String(41000 + (process.pid % 2000) * 2);
const rootPort = Number(process.env.E2E_PORT);
const basePort = rootPort + 1;
const BASE_PATH = '/van-kien/';
const server = process.env.E2E_SERVER === 'preview' ? 'preview' : 'nginx';

/** What the tests need to know about the site a project serves (read with test.info().project.metadata). */
export interface SiteMetadata {
  /** The server's document root, relative to the project: the site is in docRoot + base. */
  docRoot: string;
  base: string;
  server: 'nginx' | 'preview';
}

const sites = [
  { name: 'root', docRoot: 'dist', base: '/', port: rootPort },
  // Astro runs one preview server per project at a time: with E2E_SERVER=preview, the root build only.
  // E2E_SITES=root skips the base-path build on purpose; otherwise it must be there.
  ...(server === 'nginx' && process.env.E2E_SITES !== 'root' ? [{ name: 'base', docRoot: 'dist-base', base: BASE_PATH, port: basePort }] : []),
];

for (const site of sites) {
  if (!existsSync(site.docRoot)) {
    throw new Error(
      `${site.docRoot}/ is missing: run \`npm run build\` and \`npm run build:base\` first (npm test does both), ` +
        'or set E2E_SITES=root to test the root build only.',
    );
  }
}

function serverCommand(site: (typeof sites)[number]): string {
  if (server === 'nginx') return `npm run --silent serve:nginx -- --root ${site.docRoot} --base ${site.base} --port ${site.port}`;
  const outDir = site.base === '/' ? site.docRoot : `${site.docRoot}${site.base.replace(/\/$/, '')}`;
  return `BASE_PATH=${site.base} npm run --silent preview -- --host 127.0.0.1 --port ${site.port} --outDir ${outDir}`;
}

export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: [['list']],
  use: {
    trace: 'off',
    launchOptions: {
      executablePath,
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'],
    },
  },
  projects: sites.map((site) => ({
    name: site.name,
    metadata: { docRoot: site.docRoot, base: site.base, server } satisfies SiteMetadata,
    use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${site.port}${site.base}` },
  })),
  webServer: sites.map((site) => ({
    name: `${server}:${site.name}`,
    command: serverCommand(site),
    url: `http://127.0.0.1:${site.port}${site.base}`,
    // Never test a server someone else left on the port.
    reuseExistingServer: false,
    timeout: 60_000,
    gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 5_000 },
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
  })),
});
