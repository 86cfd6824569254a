import { describe, expect, it } from 'vitest';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfmTable } from 'micromark-extension-gfm-table';
import { mdxjs } from 'micromark-extension-mdxjs';
import { escapeBraces, escapeEsmLine, findUnsafeContent, formatGuardProblems } from '../../../src/lib/content/guard';

const parse = (text: string) =>
  fromMarkdown(text, { extensions: [mdxjs(), gfmTable()], mdastExtensions: [mdxFromMarkdown(), gfmTableFromMarkdown()] });
const guard = (text: string) => findUnsafeContent(parse(text), text);

describe('content guard', () => {
  it('accepts plain Markdown text: headings, lists, tables, emphasis, links', () => {
    const text = [
      '## I. Mục tiêu',
      '',
      'Thực hiện **Nghị quyết số 07-NQ/TU** và _Chỉ thị 27-CT/TW_ ~~cũ~~.',
      '',
      '1. Một',
      '2. Hai',
      '',
      '- gạch đầu dòng',
      '',
      '| Cột | Cột 2 |',
      '| --- | --- |',
      '| a \\| b | [liên kết](https://example.org) |',
      '',
      'Năm \\{2025\\} và a \\< b, &#123;x&#125;, [trang](/van-ban/) [mục](#muc-i).',
      '',
      '> trích',
      '',
      '---',
    ].join('\n');
    expect(guard(text)).toEqual([]);
  });

  it('refuses a {…} expression with its line, the quote and the escaped form', () => {
    const [p, ...rest] = guard('Dòng một.\n\nNăm {2025} là năm bản lề.');
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ kind: 'expression', line: 3, quote: '{2025}' });
    expect(p?.message).toContain('\\{2025\\}');
  });

  it('refuses export/import lines and says how to write them as text', () => {
    const [p] = guard("export const x = (await import('node:fs')).readFileSync('/etc/passwd', 'utf8')\n\n{x}");
    expect(p).toMatchObject({ kind: 'esm', line: 1 });
    expect(p?.message).toContain('&#101;xport const x');
    expect(guard('import a from "b"')[0]?.kind).toBe('esm');
    expect(guard("export const x = 1\n\n{x}").map((q) => q.kind)).toEqual(['esm', 'expression']);
  });

  it('refuses HTML/JSX elements, including in the middle of a paragraph', () => {
    for (const html of [
      '<script>alert(1)</script>',
      '<img src="x" onerror="alert(1)" />',
      '<iframe src="https://example.org"></iframe>',
      '<form action="https://example.org"><input /></form>',
      '<meta http-equiv="refresh" content="3; url=https://example.org" />',
      'Chữ <b>đậm</b> giữa câu.',
    ]) {
      const problems = guard(html);
      expect(problems.length, html).toBeGreaterThan(0);
      expect(problems[0]?.kind, html).toBe('element');
      expect(problems[0]?.message, html).toContain('\\<');
    }
  });

  it('refuses MDX comments, images, code and javascript: links', () => {
    expect(guard('{/* ghi chú */}')[0]?.kind).toBe('comment');
    expect(guard('![ảnh](x.png)')[0]?.kind).toBe('image');
    expect(guard('```\ncode\n```')[0]?.kind).toBe('code');
    expect(guard('`x`')[0]?.kind).toBe('code');
    expect(guard('[bấm](javascript:alert(1))')[0]?.kind).toBe('unsafe-link');
    expect(guard('[bấm](JavaScript:alert(1))')[0]?.kind).toBe('unsafe-link');
    expect(guard('[bấm](data:text/html,x)')[0]?.kind).toBe('unsafe-link');
    expect(guard('[bấm](mailto:a@b.vn) [x](../van-ban/) [y](tim-kiem/?q=a)')).toEqual([]);
  });

  it('lists every problem of a file, in order, one line each', () => {
    const problems = guard('Năm {2025}.\n\n<b>x</b>\n\nexport const y = 2');
    expect(problems.map((p) => p.line)).toEqual([1, 3, 5]);
    const text = formatGuardProblems(problems);
    expect(text.split('\n')).toHaveLength(4);
    expect(text).toContain('dòng 3');
  });

  it('escape helpers produce text MDX reads as the same characters', () => {
    expect(escapeBraces('{theo phụ lục}')).toBe('\\{theo phụ lục\\}');
    expect(escapeEsmLine('export const')).toBe('&#101;xport const');
    expect(escapeEsmLine('import x')).toBe('&#105;mport x');
    for (const written of ['\\{theo phụ lục\\}', '&#101;xport const x = 1', '&#105;mport x', 'a \\< b']) {
      const tree = parse(written);
      expect(findUnsafeContent(tree, written), written).toEqual([]);
    }
  });
});
