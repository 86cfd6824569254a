/**
 * Turns an error thrown by Astro's `build()` into a short message for the
 * person who edits the content: the file, what is wrong, and a hint; no stack
 * of the framework's internals. Used by `scripts/build.ts`.
 *
 * No import from Astro or Node: Node runs this file directly.
 */
import { contentMessages } from '../i18n/content.ts';

/** The parts of an Astro error we read (AstroError, CompilerError, MDX errors …). */
interface ErrorLike {
  name?: unknown;
  message?: unknown;
  title?: unknown;
  hint?: unknown;
  frame?: unknown;
  loc?: { file?: unknown; line?: unknown; column?: unknown } | undefined;
  id?: unknown;
  cause?: unknown;
  errors?: unknown;
}

// A string literal, not a regex literal: linters flag control characters in regex literals.
const ANSI = new RegExp(String.raw`\u001b\[[0-9;]*m`, 'g');

/** Markdown emphasis and ANSI colours out; trailing spaces off every line. */
export function plain(text: string): string {
  return text
    .replace(ANSI, '')
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/`([^`\n]+)`/g, '"$1"')
    .split('\n')
    .map((line) => line.trimEnd())
    // Astro prefixes each schema issue with its path, and some messages repeat it: "subject: subject: Required".
    .map((line) => line.replace(/^(\s*)([\w.[\]-]+): \2: /, '$1$2: '))
    .join('\n')
    .trim();
}

/** Lines of a message that look like a stack frame ("    at fn (file:1:2)"). */
const STACK_LINE = /^\s*at\s+(?:.+\(.+:\d+:\d+\)|\S+:\d+:\d+|<anonymous>|new\s)/;

/** Keep a message, drop any stack lines and Vite/Rolldown plugin noise inside it. */
export function withoutStack(message: string): string {
  return message
    .split('\n')
    .filter((line) => !STACK_LINE.test(line))
    .filter((line) => !/^\[plugin [^\]]+\]$/.test(line.trim()))
    .join('\n')
    .replace(/^Build failed with \d+ errors?:\s*/i, '')
    .replace(/^(?:Error|\[\w+Error\]):\s*/, '')
    .trim();
}

/** A path relative to the project root (or as given, when it is elsewhere). */
export function relativeToRoot(file: string, root: string): string {
  const f = file.replace(/^file:\/\//, '').replaceAll('\\', '/');
  const r = root.replaceAll('\\', '/').replace(/\/?$/, '/');
  return f.startsWith(r) ? f.slice(r.length) : f;
}

function asError(value: unknown): ErrorLike | undefined {
  return value !== null && typeof value === 'object' ? (value as ErrorLike) : undefined;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/**
 * The innermost error that says the most: Astro wraps errors thrown while
 * rendering a page, and Rolldown collects plugin errors in `errors`.
 */
function mostSpecific(error: ErrorLike): ErrorLike {
  let current = error;
  for (let depth = 0; depth < 5; depth += 1) {
    const inner = Array.isArray(current.errors) ? asError(current.errors[0]) : undefined;
    const cause = asError(current.cause);
    const next = inner ?? cause;
    if (!next || !str(next.message)) break;
    // Prefer an inner error that knows its file, or that carries our own message.
    if (current.loc?.file && !next.loc?.file && !inner) break;
    current = next;
  }
  return current;
}

/** Find a file of the project (content/, src/) named in a message. */
function fileInMessage(message: string, root: string): string | undefined {
  const escaped = root.replaceAll('\\', '/').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const absolute = new RegExp(`${escaped}/?((?:content|src)/[^\\s"'):]+)`).exec(message);
  if (absolute?.[1]) return absolute[1];
  const relative = /(?:^|[\s"'(])((?:content|src)\/[^\s"'):]+\.(?:mdx|md|ya?ml|json|astro|ts))/.exec(message);
  return relative?.[1];
}

/** Which character an MDX syntax error stumbled on, from the parser's source and message. */
export type MdxSyntaxKind = 'lessThan' | 'brace' | 'comment' | 'other';

const MDX_SOURCES = /^(?:micromark-extension-mdx|mdast-util-mdx|micromark-extension-mdxjs)/;
const MDX_MESSAGES: readonly [RegExp, MdxSyntaxKind][] = [
  [/to create a comment in MDX/, 'comment'],
  [/Could not parse expression with (?:acorn|oxc)|Unexpected (?:end of file|lazy line) in expression|expected a (?:corresponding )?closing brace/i, 'brace'],
  [/(?:before name|in (?:attribute )?name|in tag|closing slash|open tag first|after self-closing slash|expected a closing tag|Expected a closing tag|Expected the closing tag|Unexpected (?:end of file|character) .* (?:tag|name|attribute))/, 'lessThan'],
];

/** The kind of an MDX syntax error, or undefined when the error is something else. */
export function mdxSyntaxKind(error: { source?: unknown; message?: unknown; ruleId?: unknown }): MdxSyntaxKind | undefined {
  const message = typeof error.message === 'string' ? error.message : '';
  const fromSource = typeof error.source === 'string' && MDX_SOURCES.test(error.source);
  for (const [pattern, kind] of MDX_MESSAGES) if (pattern.test(message)) return kind;
  if (fromSource) return typeof error.source === 'string' && error.source.includes('expression') ? 'brace' : 'other';
  return undefined;
}

/** The Vietnamese explanation of an MDX syntax error, with how to write the character as text. */
export function explainMdxSyntax(kind: MdxSyntaxKind, line: number | undefined): string {
  switch (kind) {
    case 'lessThan':
      return contentMessages.syntaxLessThan(line);
    case 'brace':
      return contentMessages.syntaxBrace(line);
    case 'comment':
      return contentMessages.syntaxComment(line);
    default:
      return contentMessages.syntaxOther(line);
  }
}

export interface FormattedBuildError {
  /** Where, relative to the project root, when known. */
  file?: string;
  /** What is wrong. */
  message: string;
  hint?: string;
  /** The offending lines of the source, when Astro gives them. */
  frame?: string;
}

export function describeBuildError(thrown: unknown, root: string): FormattedBuildError {
  const top = asError(thrown);
  if (!top) return { message: String(thrown) };
  const error = mostSpecific(top);
  const rawMessage = str(error.message) ?? str(top.message) ?? str(error.title) ?? String(thrown);
  const message = plain(withoutStack(rawMessage));
  const locFile = str(error.loc?.file) ?? str(top.loc?.file) ?? str(error.id);
  let file = locFile ? relativeToRoot(locFile.replace(/\?.*$/, ''), root) : fileInMessage(rawMessage, root);
  const line = typeof error.loc?.line === 'number' ? error.loc.line : undefined;
  const column = typeof error.loc?.column === 'number' ? error.loc.column : undefined;
  // Astro reports line 0 when it knows only the file.
  if (file && line !== undefined && line > 0) file += `:${line}${column !== undefined && column > 0 ? `:${column}` : ''}`;
  // A hint that only points to Astro's docs says nothing the message does not.
  const rawHint = str(error.hint) ?? str(top.hint);
  const hint = rawHint && !/^See https:\/\/docs\.astro\.build/.test(rawHint) ? plain(rawHint) : undefined;
  const frame = str(error.frame) ? plain(String(error.frame)) : undefined;
  // An MDX syntax error: say in Vietnamese what the character was taken for and how to write it; the parser's words follow.
  const syntax = file && /\.mdx?(?::|$)/.test(file) ? mdxSyntaxKind({ ...(error as { source?: unknown }), message: rawMessage }) : undefined;
  const explained = syntax ? `${explainMdxSyntax(syntax, line && line > 0 ? line : undefined)}\n(MDX: ${message})` : message;
  return {
    ...(file ? { file } : {}),
    message: relativeToRootEverywhere(explained, root),
    ...(hint ? { hint } : {}),
    ...(frame ? { frame } : {}),
  };
}

function relativeToRootEverywhere(text: string, root: string): string {
  const r = root.replaceAll('\\', '/').replace(/\/?$/, '/');
  return text.replaceAll(`file://${r}`, '').replaceAll(r, '');
}

/** The text printed to the terminal. */
export function formatBuildError(thrown: unknown, root: string): string {
  const d = describeBuildError(thrown, root);
  const lines = ['', '✗ Xây dựng trang thất bại / Build failed', ''];
  if (d.file) lines.push(`  Tệp / File: ${d.file}`);
  lines.push(...d.message.split('\n').map((l, i) => (i === 0 ? `  Lỗi / Error: ${l}` : `  ${l}`)));
  if (d.frame) lines.push('', ...d.frame.split('\n').map((l) => `  ${l}`));
  if (d.hint) lines.push('', `  Gợi ý / Hint: ${d.hint}`);
  lines.push('');
  return lines.join('\n');
}
