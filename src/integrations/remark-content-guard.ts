/**
 * remark plugin: the content guard (src/lib/content/guard.ts). Runs first of
 * our plugins, on the tree MDX parsed, before anything is compiled: a body
 * with ESM, `{…}` expressions, JSX/HTML elements, images, code or unsafe
 * links fails the build with one message listing every problem by line.
 * Nothing an editor writes runs, and nothing is dropped silently.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { findUnsafeContent, formatGuardProblems } from '../lib/content/guard';

/** The error the guard throws; `line`/`column` let Astro's MDX plugin name the place. */
export class ContentGuardError extends Error {
  readonly line: number;
  readonly column: number;
  constructor(message: string, line: number, column: number) {
    super(message);
    this.name = 'ContentGuardError';
    this.line = line;
    this.column = column;
  }
}

export default function remarkContentGuard() {
  return (tree: Root, file: VFile): void => {
    const problems = findUnsafeContent(tree, String(file.value));
    const first = problems[0];
    if (!first) return;
    throw new ContentGuardError(formatGuardProblems(problems), first.line, first.column);
  };
}
