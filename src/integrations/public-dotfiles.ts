/**
 * After the build, remove every dot path from the output (files copied from
 * `public/` such as `.env` or an editor's swap file) and say which, so that
 * nothing hidden is ever published. See `src/lib/hosting/dotfiles.ts`.
 */
import { readdir, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { topDotPaths } from '../lib/hosting/dotfiles';

export default function publicDotfiles(): AstroIntegration {
  return {
    name: 'van-kien:public-dotfiles',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
        const paths = entries.map((e) => relative(outDir, join(e.parentPath, e.name)).split(sep).join('/'));
        const dropped = topDotPaths(paths);
        for (const p of dropped) await rm(join(outDir, p), { recursive: true, force: true });
        if (dropped.length > 0) logger.warn(`Không xuất bản tệp ẩn (tên bắt đầu bằng dấu chấm): ${dropped.join(', ')}`);
      },
    },
  };
}
