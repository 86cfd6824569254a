/**
 * The built sites the check scripts read: the folders named on the command
 * line, else both builds `npm test` makes, `dist` (root) and `dist-base`
 * (/van-kien/). A missing folder is reported, so a check never passes on
 * nothing.
 */
import { existsSync } from 'node:fs';

export const DEFAULT_BUILD_FOLDERS = ['dist', 'dist-base'] as const;

/** The folders to check, and the ones that do not exist (each an error for the caller). */
export function buildFolders(positional: readonly string[]): { present: string[]; missing: string[] } {
  const folders = positional.length > 0 ? [...positional] : [...DEFAULT_BUILD_FOLDERS];
  return { present: folders.filter((f) => existsSync(f)), missing: folders.filter((f) => !existsSync(f)) };
}

export function reportMissing(missing: readonly string[]): boolean {
  for (const folder of missing) {
    console.error(`✗ ${folder}: không có thư mục này; chạy npm run build và npm run build:base trước (no such folder; build first)`);
  }
  return missing.length > 0;
}
