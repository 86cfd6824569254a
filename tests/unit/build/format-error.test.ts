import { describe, expect, it } from 'vitest';
import { describeBuildError, formatBuildError, mdxSyntaxKind, plain, relativeToRoot, withoutStack } from '../../../src/lib/build/format-error';

const ROOT = '/work/site';

describe('formatBuildError', () => {
  it('names the file of a content schema error and lists the fields, without markdown or Astro doc links', () => {
    const error = Object.assign(new Error('**programmes → a/b** data does not match collection schema.\n\n  **status**: Invalid option\n  **subject**: subject: Required\n'), {
      name: 'InvalidContentEntryDataError',
      loc: { file: `${ROOT}/content/programmes/a/b.mdx`, line: 0, column: 0 },
      hint: 'See https://docs.astro.build/en/guides/content-collections/ for more information on content schemas.',
    });
    const d = describeBuildError(error, ROOT);
    expect(d.file).toBe('content/programmes/a/b.mdx');
    expect(d.message).toBe('programmes → a/b data does not match collection schema.\n\n  status: Invalid option\n  subject: Required');
    expect(d.hint).toBeUndefined();
  });

  it('finds the innermost error of a page that failed to render, and the file its message names', () => {
    const inner = new Error('Nội dung không hợp lệ:\n  - content/programmes/x.mdx: issuer: không có cơ quan "y"');
    const outer = Object.assign(new Error('Build failed with 1 error:\n[plugin astro:build]\nError: wrapped\n    at fn (/work/site/node_modules/astro/dist/x.js:1:2)'), { cause: inner });
    const d = describeBuildError(outer, ROOT);
    expect(d.file).toBe('content/programmes/x.mdx');
    expect(d.message).toContain('issuer: không có cơ quan "y"');
  });

  it('gives the line of an MDX syntax error and prints no stack', () => {
    const error = Object.assign(new Error('Unexpected end of file in expression'), {
      loc: { file: `${ROOT}/content/programmes/x.mdx`, line: 17, column: 1 },
      stack: 'Error: Unexpected end of file\n    at parse (/work/site/node_modules/micromark/x.js:1:1)',
    });
    const text = formatBuildError(error, ROOT);
    expect(text).toContain('Tệp / File: content/programmes/x.mdx:17:1');
    // Vietnamese first (what the character was taken for, how to write it), then the parser's own words.
    expect(text).toContain('Lỗi / Error: Dấu { ở dòng 17');
    expect(text).toContain('(MDX: Unexpected end of file in expression)');
    expect(text).not.toContain('node_modules');
    expect(text).not.toMatch(/^\s+at /m);
  });

  it('copes with anything thrown', () => {
    expect(describeBuildError('boom', ROOT)).toEqual({ message: 'boom' });
  });
});

describe('helpers', () => {
  it('strip stack lines, plugin labels, markdown and colours', () => {
    expect(withoutStack('Error: x\n    at a (b.js:1:2)\n[plugin vite:x]\nmore')).toBe('x\nmore');
    expect(plain('\u001b[31m**a**\u001b[39m `b`')).toBe('a "b"');
    expect(relativeToRoot('file:///work/site/content/a.mdx', ROOT)).toBe('content/a.mdx');
    expect(relativeToRoot('/elsewhere/a.mdx', ROOT)).toBe('/elsewhere/a.mdx');
  });
});

describe('MDX syntax errors', () => {
  const ROOT_DIR = '/repo';
  const mdxError = (message: string, source: string) =>
    Object.assign(new Error(message), { source, loc: { file: '/repo/content/programmes/x/2025.mdx', line: 15, column: 8 } });

  it('say in Vietnamese how to write "<", "{" and a comment as text, then the parser’s words', () => {
    const lt = describeBuildError(mdxError('Unexpected character `7` (U+0037) before name, expected a character that can start a name, such as a letter, `$`, or `_`', 'micromark-extension-mdx-jsx'), ROOT_DIR);
    expect(lt.file).toBe('content/programmes/x/2025.mdx:15:8');
    expect(lt.message).toContain('Dấu < ở dòng 15');
    expect(lt.message).toContain('\\<7%');
    expect(lt.message).toContain('(MDX: Unexpected character');
    expect(describeBuildError(mdxError('Could not parse expression with acorn', 'micromark-extension-mdx-expression'), ROOT_DIR).message).toContain('\\{theo phụ lục\\}');
    expect(
      describeBuildError(mdxError('Unexpected character `!` (U+0021) before name, expected … (note: to create a comment in MDX, use `{/* text */}`)', 'micromark-extension-mdx-jsx'), ROOT_DIR).message,
    ).toContain('Ghi chú HTML');
  });

  it('read Sätteri\'s messages (the default processor) the same way', () => {
    // Messages as satteri 0.10 prints them (no `source` field).
    const sat = (message: string) => mdxSyntaxKind({ message });
    expect(sat('15:30: Could not parse expression with oxc: Expected `,` or `)` but found `Identifier` (mdx-jsx:unexpected-character)')).toBe('brace');
    expect(sat('1:4: Unexpected end of file in expression, expected a corresponding closing brace for `{` (mdx-jsx:unexpected-character)')).toBe('brace');
    expect(sat('1:6: Unexpected character after `<`, expected a valid JSX tag (note: to create a link in MDX, use `[text](url)`) (mdx-jsx:unexpected-character)')).toBe('lessThan');
    expect(sat('1:3: Unexpected closing tag `</p>`, expected an open tag first (mdx-jsx:unexpected-character)')).toBe('lessThan');
    expect(sat('1:1: Unexpected character `!` (U+0021) before name, expected a character that can start a name, such as a letter, `$`, or `_` (note: to create a comment in MDX, use `{/* text */}`) (mdx-jsx:unexpected-character)')).toBe('comment');
  });

  it('leave other errors as they are', () => {
    expect(mdxSyntaxKind({ message: 'subject: Required' })).toBeUndefined();
    expect(mdxSyntaxKind({ message: 'Something new', source: 'micromark-extension-mdx-jsx' })).toBe('other');
  });
});
