/**
 * Bad content fails the build with a short message that names the file and
 * what is wrong, without a stack trace of the framework's internals. One
 * fixture per mistake under tests/fixtures/build-errors/<case>/.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { prepareSite, removeSite, runBuild } from './harness';
import { MARKDOWN_PROCESSORS } from '../../src/lib/site-settings';

interface Case {
  name: string;
  what: string;
  /** The file the message must name. */
  file: string;
  /** Phrases the message must contain. */
  says: (string | RegExp)[];
  /** The mistake is found while the Markdown processor reads the body: run it with each processor. */
  body?: true;
}

const CASES: Case[] = [
  { name: 'malformed-mdx', what: 'a malformed MDX file', file: 'content/programmes/tinh-uy-hau-giang/2025-quy-i.mdx', says: [/MDX|mdx|parse|Unexpected|expected/i], body: true },
  { name: 'missing-field', what: 'a missing frontmatter field', file: 'tinh-uy-hau-giang/2025-quy-i', says: ['subject'] },
  { name: 'wrong-field', what: 'wrong frontmatter values', file: 'tinh-uy-hau-giang/2025-quy-i', says: ['status', 'period.quarter'] },
  { name: 'unknown-issuer', what: 'an unknown issuer', file: 'content/programmes/tinh-uy-hau-giang/2025-quy-i.mdx', says: ['issuer', 'tinh-uy-khong-co'] },
  { name: 'unknown-parent', what: 'an unknown parent programme', file: 'content/programmes/tinh-uy-hau-giang/2025-quy-i.mdx', says: ['parent', 'tinh-uy-hau-giang/2099'] },
  { name: 'duplicate-issuer', what: 'the same id twice in issuers.yaml', file: 'content/issuers.yaml:10', says: ['tinh-uy-hau-giang', 'duplicate id'] },
  { name: 'duplicate-document', what: 'two files describing the same document', file: 'content/resolutions/', says: ['07', 'NQ/TU', 'duplicate document'] },
  // The content guard: code in a programme body fails the build, naming the line and how to write it as text.
  { name: 'guard-expression', what: 'a {…} expression in the text', file: 'content/programmes/tinh-uy-hau-giang/2025-quy-i.mdx:16', says: ['{2025}', '\\{2025\\}', 'dòng 16'], body: true },
  { name: 'guard-export', what: 'an export line that would run code', file: 'content/programmes/tinh-uy-hau-giang/2025-quy-i.mdx:16', says: ['&#101;xport const x', 'dòng 16', 'dòng 18'], body: true },
  { name: 'guard-html', what: 'a raw HTML element (meta refresh)', file: 'content/programmes/tinh-uy-hau-giang/2025-quy-i.mdx:18', says: ['<meta http-equiv', '\\<meta', 'dòng 18'], body: true },
  // MDX syntax errors: in Vietnamese, saying how to write the character as text.
  { name: 'mdx-less-than', what: 'a "<7%" the MDX parser takes for a tag', file: 'content/programmes/tinh-uy-hau-giang/2025-quy-i.mdx:15', says: ['Dấu < ở dòng 15', '\\<7%', '&lt;'], body: true },
  { name: 'mdx-lt-letter', what: 'an "a<b" the MDX parser takes for a tag', file: 'content/programmes/tinh-uy-hau-giang/2025-quy-i.mdx:15', says: ['Dấu < ở dòng 15', 'a \\< b'], body: true },
  { name: 'mdx-brace', what: 'a "{theo phụ lục}" the MDX parser takes for code', file: 'content/programmes/tinh-uy-hau-giang/2025-quy-i.mdx:15', says: ['Dấu { ở dòng 15', '\\{theo phụ lục\\}', '&#123;'], body: true },
  // A bad registry entry fails the build (it used to be skipped by the citation plugin).
  { name: 'bad-registry-entry', what: 'a document with an invalid date', file: 'content/resolutions/ct-27-tw-2023.yaml:5', says: ['date:'] },
  { name: 'unknown-relation', what: 'a relation to a document that is not in the registry', file: 'content/resolutions/nq-09-tu-2023.yaml', says: ['relations[0].target', 'nq-khong-co-2020'] },
  // Full texts and original files of registry documents.
  { name: 'full-text-orphan', what: 'a full text without its YAML record', file: 'content/resolutions/nq-99-tu-2023.mdx', says: ['nq-99-tu-2023.yaml', 'toàn văn'] },
  { name: 'full-text-expression', what: 'a {…} expression in a full text', file: 'content/resolutions/nq-07-tu-2022.mdx:5', says: ['{2025}', '\\{2025\\}', 'dòng 5'], body: true },
  { name: 'missing-original', what: 'an original file that does not exist', file: 'content/resolutions/nq-08-tu-2023.yaml:7', says: ['original', 'sources/nq-08-tu-2023.pdf'] },
  { name: 'unknown-document-programme', what: 'a document record naming a programme that is not on the site', file: 'content/resolutions/ctr-cong-tac-2099-tu.yaml', says: ['programme', 'tinh-uy-hau-giang/2099'] },
  { name: 'invalid-yaml', what: 'a YAML file that does not parse', file: 'content/resolutions/nq-08-tu-2023.yaml', says: ['invalid YAML'] },
];

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) removeSite(root);
});

describe.concurrent('a build with bad content fails with a clear message', () => {
  // Mistakes in a body are checked with each Markdown processor (MARKDOWN_PROCESSOR), the rest with the default one.
  const runs: { c: Case; processor?: string }[] = CASES.flatMap((c) => (c.body ? MARKDOWN_PROCESSORS.map((processor) => ({ c, processor })) : [{ c }]));
  for (const { c, processor } of runs) {
    it(`${c.what} (${c.name}${processor ? `, ${processor}` : ''})`, async () => {
      const root = prepareSite(c.name);
      roots.push(root);
      const run = await runBuild(root, processor ? { MARKDOWN_PROCESSOR: processor } : {});
      const output = run.output;
      expect(run.code, output).toBe(1);
      expect(output).toContain('Build failed');
      expect(output, 'names the file').toContain(c.file);
      for (const phrase of c.says) {
        if (typeof phrase === 'string') expect(output).toContain(phrase);
        else expect(output).toMatch(phrase);
      }
      // No stack trace: no "at fn (file:line:col)" lines, no paths into node_modules.
      expect(output).not.toMatch(/^\s+at\s.+:\d+:\d+\)?$/m);
      expect(output).not.toContain('node_modules/');
      // Short: the message, not a dump.
      const failure = output.slice(output.indexOf('Build failed'));
      expect(failure.split('\n').length, failure).toBeLessThan(40);
    });
  }
});
