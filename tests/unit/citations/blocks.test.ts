import { describe, expect, it } from 'vitest';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import { citationsInBlock, excerptAround, sentenceAround } from '../../../src/lib/citations/blocks';
import { findNamedReferences } from '../../../src/lib/citations/named';

const phrases = [{ phrase: 'Chương trình công tác năm 2025', documentId: 'ctr-2025' }];

function firstBlock(md: string) {
  const node = fromMarkdown(md, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] }).children[0];
  if (!node) throw new Error('empty');
  return node;
}

describe('citationsInBlock', () => {
  it('finds symbols and named references in text order', () => {
    const r = citationsInBlock(firstBlock('Căn cứ Chương trình công tác năm 2025 và Chỉ thị số 27-CT/TW ngày 25/12/2023.'), phrases);
    expect(r.citations.map((c) => (c.kind === 'named' ? c.documentId : c.citation.symbol))).toEqual(['ctr-2025', '27-CT/TW']);
  });

  it('reads through bold and italic, but never inside code or an existing link', () => {
    const r = citationsInBlock(
      firstBlock('Theo **Quy định số 4218-QĐ/TU**, *Chỉ thị số 27-CT/TW*, `Nghị quyết số 07-NQ/TU`, [Kết luận số 21-KL/TW](https://x)'),
      phrases,
    );
    expect(r.citations.map((c) => (c.kind === 'symbol' ? c.citation.symbol : c.documentId))).toEqual(['4218-QĐ/TU', '27-CT/TW']);
  });

  it('finds citations in table cells without joining text across cells', () => {
    const block = firstBlock('| Văn bản | Ghi chú |\n| --- | --- |\n| Nghị quyết số | 07-NQ/TU |\n| Chỉ thị số 27-CT/TW | x |');
    expect(block.type).toBe('table');
    const r = citationsInBlock(block, phrases);
    // "Nghị quyết số" in one cell does not type the symbol in the next; the symbol alone still counts.
    expect(r.citations.map((c) => c.kind === 'symbol' && c.citation.text)).toEqual(['07-NQ/TU', 'Chỉ thị số 27-CT/TW']);
  });
});

describe('findNamedReferences', () => {
  it('matches whole phrases regardless of case and Word artefacts, with exact spans', () => {
    const text = 'Căn cứ chương trình công tác năm\u00A02025, và Chương trình công tác năm 20250';
    const found = findNamedReferences(text, phrases);
    expect(found).toHaveLength(1);
    expect(found[0]?.text).toBe('chương trình công tác năm\u00A02025');
  });
});

describe('sentenceAround', () => {
  it('returns the sentence holding the citation', () => {
    const text = 'Câu một kết thúc ở 09/11/2022. Câu hai có Chỉ thị số 27-CT/TW ngày 25/12/2023 của Bộ Chính trị. Câu ba.';
    const at = text.indexOf('Chỉ thị');
    expect(sentenceAround(text, at, at + 19)).toBe('Câu hai có Chỉ thị số 27-CT/TW ngày 25/12/2023 của Bộ Chính trị.');
  });

  it('trims a very long sentence around the citation', () => {
    const text = `${'chữ '.repeat(200)}Chỉ thị số 27-CT/TW ${'chữ '.repeat(200)}`;
    const at = text.indexOf('Chỉ thị');
    const s = sentenceAround(text, at, at + 19, 120);
    expect(s).toContain('Chỉ thị số 27-CT/TW');
    expect(s.length).toBeLessThanOrEqual(126);
    expect(s.startsWith('… ')).toBe(true);
    expect(s.endsWith(' …')).toBe(true);
  });

  it('cuts a long sentence between words, never inside one', () => {
    const words = Array.from({ length: 120 }, (_, i) => `từ${i}`).join(' ');
    const text = `${words} Chỉ thị số 27-CT/TW ${words}.`;
    const at = text.indexOf('Chỉ thị');
    const s = sentenceAround(text, at, at + 19, 101);
    const inner = s.replace(/^… /, '').replace(/ …$/, '').split(' ');
    for (const w of inner) expect(w).toMatch(/^(từ\d+|Chỉ|thị|số|27-CT\/TW)$/);
  });
});

describe('excerptAround', () => {
  it('splits the excerpt at the citation itself, not at an earlier mention of the same words', () => {
    const text = 'Chỉ thị số 27-CT/TW đã nêu; nay tiếp tục thực hiện Chỉ thị số 27-CT/TW ngày 25/12/2023.';
    const at = text.lastIndexOf('Chỉ thị');
    const e = excerptAround(text, at, at + 19);
    expect(e.before).toBe('Chỉ thị số 27-CT/TW đã nêu; nay tiếp tục thực hiện ');
    expect(e.match).toBe('Chỉ thị số 27-CT/TW');
    expect(e.after).toBe(' ngày 25/12/2023.');
  });
});
