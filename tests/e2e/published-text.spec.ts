/**
 * The published text of the seed programme equals its source text, character
 * for character: the build adds structure (anchors, links, numbering markup)
 * and never changes, drops or adds a word of the official text.
 */
import { readFileSync } from 'node:fs';
import type { Nodes, Parent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import { toString } from 'mdast-util-to-string';
import { test, expect, PROGRAMME_PATH } from './fixtures';
import { analyzeProgramme } from '../../src/lib/programmes/structure';

const SOURCE = readFileSync(new URL('../../content/programmes/tinh-uy-hau-giang/2025-quy-i.mdx', import.meta.url), 'utf8');
const BODY = SOURCE.replace(/^---\n[\s\S]*?\n---\n/, '');
const tree = fromMarkdown(BODY, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] });

/** Every text of the source, in order (what a reader must see). */
function sourceText(node: Nodes): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? (node as Parent).children.map((c) => sourceText(c as Nodes)).join(' ') : '';
}
const noSpace = (s: string): string => s.replace(/\s+/gu, '');
const collapse = (s: string): string => s.replace(/\s+/gu, ' ').trim();

/** The body's text as published, without interface elements (buttons, hidden labels, copy-link controls). */
async function publishedText(page: import('@playwright/test').Page, selector: string): Promise<string> {
  return page.locator(selector).first().evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    for (const ui of copy.querySelectorAll('button, [data-pagefind-ignore], .visually-hidden, [aria-hidden="true"], [hidden]')) ui.remove();
    return copy.textContent ?? '';
  });
}

test('the programme body is its source text, character for character', async ({ page }) => {
  await page.goto(PROGRAMME_PATH);
  const expected = noSpace(sourceText(tree));
  const actual = noSpace(await publishedText(page, '.document__body'));
  expect(actual.length).toBeGreaterThan(5000);
  expect(actual).toBe(expected);
});

test('every paragraph keeps its words and spaces exactly', async ({ page }) => {
  await page.goto(PROGRAMME_PATH);
  const paragraphs = analyzeProgramme(tree).blocks.filter((b) => b.node.type === 'paragraph');
  expect(paragraphs.length).toBeGreaterThan(10);
  for (const block of paragraphs) {
    expect(collapse(await publishedText(page, `[id="${block.anchor}"]`)), block.anchor).toBe(collapse(toString(block.node)));
  }
});
