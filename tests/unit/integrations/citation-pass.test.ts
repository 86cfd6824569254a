/**
 * The citation pass runs once: a build of the seed calls the citation parser
 * once per text block of the programme (in the remark plugin), and the
 * cited-by index is built from the records it left, without parsing again.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';

const calls = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../src/lib/citations/parse', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/lib/citations/parse')>();
  return {
    ...original,
    parseCitations: (...args: Parameters<typeof original.parseCitations>) => {
      calls.count += 1;
      return original.parseCitations(...args);
    },
  };
});

const { runPipeline, seedProgramme, fixtureRegistry } = await import('../helpers/pipeline');
const { buildCitationIndex } = await import('../../../src/lib/citations/citation-index');
const { analyzeProgramme } = await import('../../../src/lib/programmes/structure');
const { prepareHtmlForIndex } = await import('../../../src/lib/search/index-html');

describe('the citation pass', () => {
  beforeEach(() => {
    calls.count = 0;
  });

  it('parses each block of the seed once, and the index parses nothing', async () => {
    const { body } = seedProgramme();
    const blocks = analyzeProgramme(fromMarkdown(body, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] })).blocks.length;
    calls.count = 0;
    const { records } = await runPipeline(body);
    expect(blocks).toBeGreaterThan(30);
    expect(calls.count).toBe(blocks);
    expect(records).toHaveLength(12);

    calls.count = 0;
    const index = buildCitationIndex([{ id: 'seed', citations: records }], fixtureRegistry());
    expect(calls.count).toBe(0);
    expect(index.occurrences).toHaveLength(12);

    // The search indexer reads the citation ids already in the HTML (data-cite), it does not parse again.
    calls.count = 0;
    const html =
      '<html><body><div class="document__body" data-pagefind-body><p id="muc-i-doan-1">Thực hiện <a class="cite" data-cite="ct-27-tw-2023" href="/van-ban/ct-27-tw-2023/">Chỉ thị số 27-CT/TW</a> của Bộ Chính trị.</p></div></body></html>';
    expect(prepareHtmlForIndex(html)).toContain('27-CT/TW');
    expect(calls.count).toBe(0);
  });

  it('records each citation with its block anchor, section and sentence, in the entry’s frontmatter', async () => {
    const { frontmatter, records } = await runPipeline('## I. Phần\n\nThực hiện Chỉ thị số 27-CT/TW ngày 25/12/2023 của Bộ Chính trị. Câu sau.\n');
    expect(frontmatter.citations).toBe(records);
    expect(records).toEqual([
      expect.objectContaining({
        blockAnchor: 'muc-i-doan-1',
        ordinal: 0,
        text: 'Chỉ thị số 27-CT/TW',
        documentId: 'ct-27-tw-2023',
        status: 'resolved',
        excerpt: { before: 'Thực hiện ', match: 'Chỉ thị số 27-CT/TW', after: ' ngày 25/12/2023 của Bộ Chính trị.' },
        section: expect.objectContaining({ anchor: 'muc-i' }),
      }),
    ]);
    // Records are plain JSON: they travel through the compiled MDX module.
    expect(JSON.parse(JSON.stringify(records))).toEqual(records);
  });
});
