/**
 * Dot paths under public/ (`.env`, an editor's swap file, a `.git` folder) are
 * never published: the build drops them from its output and says which.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareSite, removeSite, runBuild } from './harness';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) removeSite(root);
});

describe('public/ dotfiles', () => {
  it('are dropped from the build, with a warning naming them', async () => {
    const root = prepareSite('base');
    roots.push(root);
    writeFileSync(join(root, 'public/.env'), 'SECRET=1\n');
    mkdirSync(join(root, 'public/.git'), { recursive: true });
    writeFileSync(join(root, 'public/.git/config'), '[core]\n');
    writeFileSync(join(root, 'public/.robots.txt.swp'), 'x');
    const run = await runBuild(root);
    expect(run.code, run.output).toBe(0);
    const dist = join(root, 'dist');
    expect(existsSync(join(dist, 'index.html'))).toBe(true);
    const hidden = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((e) => e.name.startsWith('.'));
    expect(hidden.map((e) => e.name)).toEqual([]);
    expect(run.output).toContain('Không xuất bản tệp ẩn');
    expect(run.output).toContain('.env, .git, .robots.txt.swp');
  });
});
