/**
 * Sätteri mdast plugin: the content guard (`src/lib/content/guard.ts`), the
 * twin of `../remark-content-guard.ts`. It reads the whole tree Sätteri parsed
 * (MDX: ESM, expressions and JSX are nodes of their own) before any other
 * plugin runs, and fails the build with the same Vietnamese message.
 */
import { defineMdastPlugin } from 'satteri';
import type { Root } from 'mdast';
import { findUnsafeContent, formatGuardProblems } from '../../lib/content/guard';
import { ContentGuardError } from '../remark-content-guard';

export const satteriContentGuard = defineMdastPlugin({
  name: 'van-kien-content-guard',
  // Line and column of every refused node are part of the message.
  options: { position: true },
  before(root, ctx) {
    const problems = findUnsafeContent(root as Root, ctx.source);
    const first = problems[0];
    if (first) throw new ContentGuardError(formatGuardProblems(problems), first.line, first.column);
  },
});
