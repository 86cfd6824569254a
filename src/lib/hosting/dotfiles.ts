/**
 * Dot paths (`.env`, `.DS_Store`, an editor's `.swp` file, `.git/`) must never
 * be published: `public/` is copied to the build as it is, and a static
 * server would serve them. The build drops them from its output
 * (`src/integrations/public-dotfiles.ts`) and nginx refuses any dot path
 * (`deploy/nginx.conf`).
 */

/** True when a path (relative, `/`-separated) has a segment that starts with a dot. */
export function isDotPath(path: string): boolean {
  return path.split('/').some((segment) => segment.startsWith('.') && segment !== '.' && segment !== '..');
}

/** The top-most dot paths among relative paths: `a/.git/x` and `a/.git/y` give `a/.git`. */
export function topDotPaths(paths: readonly string[]): string[] {
  const out = new Set<string>();
  for (const path of paths) {
    const segments = path.split('/');
    const at = segments.findIndex((s) => s.startsWith('.') && s !== '.' && s !== '..');
    if (at !== -1) out.add(segments.slice(0, at + 1).join('/'));
  }
  return [...out].sort();
}
