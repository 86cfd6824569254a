/**
 * The seed as proof: importing the plain text the office sent
 * (content/sources/…txt) gives the programme that was hand-made from it
 * (content/programmes/tinh-uy-hau-giang/2025-quy-i.mdx): the same headings,
 * anchors, citations and sentences, read with the project's own functions.
 * (Reads the two real files on purpose: they are the pair under test.)
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parse as parseYaml } from 'yaml';
import { parseCitations } from '../../../src/lib/citations';
import { findUnsafeContent } from '../../../src/lib/content/guard';
import { importProgramme } from '../../../src/lib/import';
import { parseMdx } from '../../../src/lib/import/markdown';
import { analyzeProgramme } from '../../../src/lib/programmes/structure';
import { collapseSpaces, normalizeText } from '../../../src/lib/text';

const ROOT = resolve(import.meta.dirname, '../../..');
const SOURCE = 'content/sources/chuong-trinh-cong-tac-quy-I-2025-tinh-uy-hau-giang.txt';
const SEED = 'content/programmes/tinh-uy-hau-giang/2025-quy-i.mdx';

function splitFrontmatter(file: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n/u.exec(file);
  if (!match) throw new Error('no frontmatter');
  return { data: parseYaml(match[1]!) as Record<string, unknown>, body: file.slice(match[0].length) };
}

function view(tree: Root) {
  const structure = analyzeProgramme(tree);
  const text = (node: Parameters<typeof toString>[0]) => collapseSpaces(normalizeText(toString(node)));
  return {
    headings: structure.sections.map((s) => `${s.depth} ${s.anchor} ${s.label}`),
    anchors: structure.blocks.map((b) => b.anchor),
    citations: structure.blocks.map((b) => parseCitations(text(b.node)).map((c) => `${c.symbol} ${c.date ?? ''}`)),
    sentences: structure.blocks.flatMap((b) => text(b.node).split(/(?<=[.;:!?…])\s+/u)),
  };
}

describe('importing the seed text gives the hand-made programme', async () => {
  const issuers = parseYaml(readFileSync(join(ROOT, 'content/issuers.yaml'), 'utf8'));
  const result = await importProgramme({ fileName: SOURCE, data: readFileSync(join(ROOT, SOURCE)), issuers, today: '2025-01-01' });
  const seed = splitFrontmatter(readFileSync(join(ROOT, SEED), 'utf8'));
  const imported = view(parseMdx(result.body));
  const handMade = view(parseMdx(seed.body));

  it('writes the same file, with no error and nothing refused by the guard', () => {
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.relativePath).toBe(SEED);
    expect(findUnsafeContent(parseMdx(result.body), result.body)).toEqual([]);
  });

  it('reads the same header', () => {
    for (const key of ['title', 'subject', 'issuer', 'symbolSuffix', 'place', 'draftYear', 'period', 'status'] as const) {
      expect(result.frontmatter[key], key).toEqual(seed.data[key]);
    }
  });

  it('has the same headings and anchors', () => {
    expect(imported.headings).toEqual(handMade.headings);
    expect(imported.headings.length).toBe(16);
    expect(imported.anchors).toEqual(handMade.anchors);
  });

  it('has the same citations in the same blocks', () => {
    expect(imported.citations).toEqual(handMade.citations);
    expect(imported.citations.flat().length).toBeGreaterThan(5);
  });

  it('has the same sentences', () => {
    expect(imported.sentences).toEqual(handMade.sentences);
  });
});
