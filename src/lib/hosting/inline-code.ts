/**
 * Static part of the CSP check: the site's policy allows scripts and styles
 * from files of the site only ('self', no hash, no 'unsafe-inline'), so a
 * built page must not carry inline code. Reports inline `<script>` (without
 * `src`), `<style>` elements, `style="…"` attributes, `on…=` event handler
 * attributes and `javascript:` URLs. The browser test (tests/e2e/hosting.spec.ts)
 * checks the same at run time, for what scripts add to the page.
 *
 * No import from Astro or Node: Node runs this file directly.
 */
import { lineAt, scanTags } from '../links/html.ts';

export interface InlineCodeProblem {
  line: number;
  message: string;
}

/** Script types that are data, not code: CSP does not apply to them. */
const DATA_SCRIPT_TYPES = /^(?:application\/(?:ld\+)?json|application\/json|text\/template|importmap-data)$/i;

export function inlineCodeProblems(html: string): InlineCodeProblem[] {
  const problems: InlineCodeProblem[] = [];
  for (const tag of scanTags(html)) {
    const line = lineAt(html, tag.offset);
    if (tag.name === 'script' && !tag.attrs.has('src') && !DATA_SCRIPT_TYPES.test(tag.attrs.get('type') ?? '')) {
      problems.push({ line, message: 'inline <script> (blocked by script-src; move it to a file, e.g. a processed <script> with build.assetsInlineLimit 0)' });
    }
    if (tag.name === 'style') problems.push({ line, message: 'inline <style> (blocked by style-src; move it to a stylesheet)' });
    if (tag.attrs.has('style')) problems.push({ line, message: `style="…" attribute on <${tag.name}> (blocked by style-src; use a class)` });
    for (const [name, value] of tag.attrs) {
      if (/^on[a-z]+$/.test(name)) problems.push({ line, message: `${name}="…" event handler on <${tag.name}> (blocked by script-src; use addEventListener in a script file)` });
      if (/^(?:href|src|action|formaction)$/.test(name) && /^\s*javascript:/i.test(value)) {
        problems.push({ line, message: `javascript: URL in ${name} on <${tag.name}> (blocked by script-src)` });
      }
    }
  }
  return problems;
}
