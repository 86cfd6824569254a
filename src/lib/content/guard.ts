/**
 * The content guard: a programme body (an official document) is text, never
 * code. MDX would run `import`/`export` lines and `{…}` expressions at build
 * time, render JSX/HTML elements, and silently drop what it cannot show
 * (`Năm {2025}` becomes "Năm 2025"). This module walks the parsed body and
 * lists every node that is not plain Markdown text, with the line, the
 * offending text quoted, and how to write it as text.
 *
 * Allowed: paragraphs, headings, lists, tables, emphasis, strong, strike-
 * through, line breaks, thematic breaks, quotes, footnotes and links to
 * http(s)/mailto/in-site addresses. Everything else fails, including node
 * types this list does not know (fail closed).
 *
 * Works on mdast only; the remark plugin (src/integrations/remark-content-guard.ts)
 * runs it before MDX compiles anything, so no editor code ever runs.
 */
import type { Nodes, Root } from 'mdast';
import type {} from 'mdast-util-mdx';
import type {} from 'mdast-util-gfm-table';
import { contentMessages as m } from '../i18n/content';

export type GuardKind = 'expression' | 'comment' | 'esm' | 'element' | 'html' | 'image' | 'unsafe-link' | 'code' | 'unknown';

export interface GuardProblem {
  kind: GuardKind;
  /** 1-based line of the offending text in the body as given (add the frontmatter's lines for the file line). */
  line: number;
  column: number;
  /** The offending text as written (shortened). */
  quote: string;
  /** What is wrong and how to write it, in Vietnamese. */
  message: string;
}

/** Node types that are text or the structure around text. */
const ALLOWED = new Set([
  'root',
  'paragraph',
  'heading',
  'text',
  'emphasis',
  'strong',
  'delete',
  'break',
  'thematicBreak',
  'blockquote',
  'list',
  'listItem',
  'table',
  'tableRow',
  'tableCell',
  'link',
  'linkReference',
  'definition',
  'footnoteReference',
  'footnoteDefinition',
]);

/** Link addresses allowed: web, mail, in-site paths and fragments. */
const SAFE_URL = /^(?:https?:|mailto:|\/|#|\.{0,2}\/|[^:/?#]*(?:[/?#]|$))/iu;

/** Longest quote shown in a message. */
export const QUOTE_MAX = 60;

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/gu, ' ').trim();
  return oneLine.length > QUOTE_MAX ? `${oneLine.slice(0, QUOTE_MAX - 1)}…` : oneLine;
}

/** `{`, `}` escaped with a backslash: how to write an expression's text as text. */
export function escapeBraces(text: string): string {
  return text.replace(/[{}]/gu, (c) => `\\${c}`);
}

/** `<` escaped with a backslash. */
export function escapeLessThan(text: string): string {
  return text.replace(/</gu, '\\<');
}

/** A line starting with import/export, written so MDX reads it as text: `&#101;xport …`. */
export function escapeEsmLine(line: string): string {
  return line.replace(/^(\s*)([ie])/u, (_, space: string, letter: string) => `${space}&#${letter.charCodeAt(0)};`);
}

function sourceOf(node: Nodes, source: string): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return '';
  return source.slice(start, end);
}

function problem(kind: GuardKind, node: Nodes, quote: string, message: string): GuardProblem {
  return { kind, line: node.position?.start.line ?? 0, column: node.position?.start.column ?? 0, quote, message };
}

function check(node: Nodes, source: string): GuardProblem | undefined {
  const raw = sourceOf(node, source);
  const quote = shorten(raw || ('value' in node && typeof node.value === 'string' ? node.value : node.type));
  switch (node.type) {
    case 'mdxFlowExpression':
    case 'mdxTextExpression': {
      const isComment = /^\{\s*\/\*[\s\S]*\*\/\s*\}$/u.test(raw.trim());
      return isComment
        ? problem('comment', node, quote, m.comment(quote))
        : problem('expression', node, quote, m.expression(quote, shorten(escapeBraces(raw))));
    }
    case 'mdxjsEsm': {
      const firstLine = raw.split('\n')[0] ?? raw;
      return problem('esm', node, quote, m.esm(quote, shorten(escapeEsmLine(firstLine))));
    }
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const tag = raw.slice(0, raw.indexOf('>') + 1 || raw.length);
      return problem('element', node, shorten(tag), m.element(shorten(tag), shorten(escapeLessThan(tag))));
    }
    case 'html':
      return problem('html', node, quote, m.html(quote));
    case 'image':
    case 'imageReference':
      return problem('image', node, quote, m.image(quote));
    case 'code':
    case 'inlineCode':
      return problem('code', node, quote, m.code(quote));
    case 'link':
    case 'definition':
      if (!SAFE_URL.test(node.url.trim())) return problem('unsafe-link', node, quote, m.unsafeLink(quote, shorten(node.url)));
      return undefined;
    default:
      return ALLOWED.has(node.type) ? undefined : problem('unknown', node, quote, m.unknown(quote, node.type));
  }
}

/**
 * Every node of `tree` that is not text, in document order. `source` is the
 * text the tree was parsed from (for quotes); nodes inside a refused node are
 * not reported again.
 */
export function findUnsafeContent(tree: Root, source: string): GuardProblem[] {
  const problems: GuardProblem[] = [];
  const walk = (node: Nodes): void => {
    const found = check(node, source);
    if (found) {
      problems.push(found);
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree);
  return problems;
}

/** The guard's message for one file: the heading, then one line per problem (`dòng N: …`). */
export function formatGuardProblems(problems: readonly GuardProblem[], lineOffset = 0): string {
  return [m.guardHeading(problems.length), ...problems.map((p) => `  ${m.line(p.line + lineOffset)}: ${p.message}`)].join('\n');
}
