/**
 * nginx for the built site, from the template deploy/nginx.conf.
 *
 *   npm run --silent nginx:config -- [--base /van-kien/] [--root /srv/www] [--listen 80] [--server-name _]
 *       prints the configuration to install in nginx's http context.
 *
 *   npm run serve:nginx -- --root dist [--base /] [--port 4340] [--host 127.0.0.1]
 *       runs a throw-away nginx in the foreground on a loopback port, serving
 *       the document root (for a build under /van-kien/: the folder holding
 *       van-kien/, e.g. dist-base). Its config, pid, logs and temp files live
 *       in a temporary folder that is removed when it stops (Ctrl-C, SIGTERM).
 *       Works as root (workers run as root, so any checkout path is readable)
 *       and as a normal user (ports above 1024). NGINX_BIN overrides the binary.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { renderSiteConfig, renderStandaloneConfig } from '../src/lib/hosting/nginx.ts';

const TEMPLATE = resolve(import.meta.dirname, '../deploy/nginx.conf');

function option(name: string, fallback: string): string {
  const args = process.argv.slice(3);
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg === `--${name}`) return args[i + 1] ?? fallback;
    if (arg.startsWith(`--${name}=`)) return arg.slice(name.length + 3);
  }
  return fallback;
}

function nginxBinary(): string {
  if (process.env.NGINX_BIN) return process.env.NGINX_BIN;
  for (const candidate of ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx', '/usr/bin/nginx']) {
    if (existsSync(candidate)) return candidate;
  }
  return 'nginx';
}

function fail(message: string): never {
  process.stderr.write(`✗ ${message}\n`);
  process.exit(1);
}

const command = process.argv[2];
const template = readFileSync(TEMPLATE, 'utf8');

if (command === 'render') {
  const config = renderSiteConfig(template, {
    listen: option('listen', '80'),
    serverName: option('server-name', '_'),
    root: resolve(option('root', '/var/www/van-kien')),
    base: option('base', process.env.BASE_PATH ?? '/'),
  });
  process.stdout.write(config);
} else if (command === 'serve') {
  const host = option('host', '127.0.0.1');
  const port = option('port', '4340');
  const root = resolve(option('root', 'dist'));
  const base = option('base', process.env.BASE_PATH ?? '/');
  if (!existsSync(root)) fail(`${root}: không có thư mục này; chạy npm run build trước (no such folder; build first)`);
  const prefix = mkdtempSync(join(tmpdir(), 'van-kien-nginx-'));
  const cleanup = (): void => rmSync(prefix, { recursive: true, force: true });
  const site = renderSiteConfig(template, { listen: `${host}:${port}`, serverName: '_', root, base });
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const conf = join(prefix, 'nginx.conf');
  writeFileSync(conf, renderStandaloneConfig(site, { prefix, asRoot }));
  const bin = nginxBinary();
  const args = ['-p', prefix, '-e', 'stderr', '-c', conf];
  const test = spawnSync(bin, [...args, '-t', '-q'], { encoding: 'utf8' });
  if (test.error || test.status !== 0) {
    cleanup();
    fail(`nginx (${bin}) từ chối cấu hình (rejected the configuration): ${test.error?.message ?? test.stderr}`);
  }
  const nginx = spawn(bin, [...args, '-g', 'daemon off;'], { stdio: ['ignore', 'inherit', 'inherit'] });
  process.stdout.write(`nginx: http://${host}:${port}${base.startsWith('/') ? base : `/${base}`} → ${root} (config ${conf})\n`);
  const stop = (): void => {
    // SIGQUIT: graceful shutdown of the master and its workers.
    if (nginx.exitCode === null) nginx.kill('SIGQUIT');
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  nginx.on('exit', (code, signal) => {
    cleanup();
    process.exit(code ?? (signal ? 0 : 1));
  });
} else {
  fail('dùng (usage): node scripts/nginx.ts render|serve [--root DIR] [--base /van-kien/] [--port N] [--host 127.0.0.1] [--listen …] [--server-name …]');
}
