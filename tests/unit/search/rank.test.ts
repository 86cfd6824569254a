import { describe, expect, it } from 'vitest';
import { encodeForIndex } from '../../../src/lib/search/encode';
import { indexedText } from './indexed-text';
import { analyzeQuery } from '../../../src/lib/search/query';
import { BLOCK_SEPARATOR, preparePage, RANK_WEIGHTS, rankPages, type FoundPage, type IndexedAnchor, type IndexedPage, type RankedPage, type Segment } from '../../../src/lib/search/rank';
import { aliasToken, ownSymbolKeys } from '../../../src/lib/search/symbols';

interface Block {
  id?: string;
  heading?: string;
  text: string;
}

/** A page as Pagefind returns it: encoded words, headings with ids as anchors (Pagefind adds a period after a block). */
function indexed(url: string, title: string, blocks: Block[], meta: Record<string, string> = {}): IndexedPage {
  const words: string[] = [];
  const anchors: IndexedAnchor[] = [];
  for (const b of blocks) {
    if (b.id && b.heading) {
      anchors.push({ element: 'h4', id: b.id, text: indexedText(b.heading), location: words.length });
      words.push(...indexedText(`${b.heading}.`).split(/\s+/u));
    }
    words.push(...indexedText(b.text).split(/\s+/u).filter((w) => w !== ''));
  }
  return { url, content: words.join(' '), meta: { title: encodeForIndex(title), ...meta }, filters: {}, anchors };
}

function found(page: IndexedPage, viaSymbol = false, id = page.url): FoundPage {
  return { page: preparePage(id, page), viaSymbol };
}

const text = (segments: readonly Segment[]): string => segments.map((s) => s.text).join('');
const marks = (segments: readonly Segment[]): string[] => segments.filter((s) => s.mark).map((s) => s.text);
const urls = (pages: readonly RankedPage[]): string[] => pages.flatMap((p) => p.sections.map((s) => s.url));

const PROGRAMME = indexed('/ct/', 'Chương trình công tác quý I năm 2025', [
  { text: 'Căn cứ Chương trình công tác năm 2025, Tỉnh ủy đề ra công tác trọng tâm.' },
  {
    id: 'muc-ii-1-1',
    heading: '1.1. Công tác chính trị, tư tưởng',
    text: 'Tiếp tục học tập chuyên đề toàn khóa, chuyên đề năm 2025 có nhiều đổi mới; tăng số lượng đảng viên, xây dựng Đảng. Quy định số 144-CT/TW, ngày 09/5/2024 của Bộ Chính trị.',
  },
  { id: 'muc-ii-1-3', heading: '1.3. Công tác dân vận', text: 'Phát động phong trào thi đua “Dân vận khéo”; Quy định số 4218-QĐ/TU ngày 21/10/2024. Quy chế công tác dân vận của hệ thống chi\u0301nh tri\u0323.' },
  { id: 'muc-ii-2-1', heading: '2.1. Lĩnh vực kinh tế', text: '\u00D0ổi mới công tác khuyến nông; thực hiện Nghị quyết số 07-NQ/TU ngày 09/11/2022 đang triển khai.' },
  { id: 'muc-ii-2-2', heading: '2.2. Văn hóa, xã hội', text: 'Đẩy mạnh chuyển đổi số ngành y tế.' },
]);

describe('rankPages: words', () => {
  it('ranks a section with the words side by side above one with them far apart', () => {
    for (const q of ['chuyen doi so', 'chuyển đổi số', 'Chuyển Đổi Số']) {
      expect(urls(rankPages([found(PROGRAMME)], analyzeQuery(q)))[0], q).toBe('/ct/#muc-ii-2-2');
    }
    // Without marks "chuyên đề … đổi mới … số lượng" matches too, below; typed with marks it does not.
    expect(urls(rankPages([found(PROGRAMME)], analyzeQuery('chuyen doi so')))).toEqual(['/ct/#muc-ii-2-2', '/ct/#muc-ii-1-1']);
    expect(urls(rankPages([found(PROGRAMME)], analyzeQuery('chuyển đổi số')))).toEqual(['/ct/#muc-ii-2-2']);
  });

  it('compares marks whatever the tone placement (hóa / hoá, khỏe / khoẻ)', () => {
    const page = indexed('/p/', 'P', [
      { id: 'a', heading: 'A', text: 'Văn hóa, xã hội; chăm sóc sức khỏe.' },
      { id: 'b', heading: 'B', text: 'văn hoa, xa hoi, suc khoe' },
    ]);
    for (const q of ['văn hoá', 'sức khoẻ', 'văn hóa']) expect(urls(rankPages([found(page)], analyzeQuery(q))), q).toEqual(['/p/#a']);
    expect(urls(rankPages([found(page)], analyzeQuery('van hoa')))).toEqual(['/p/#a', '/p/#b']);
  });

  it('finds Đảng for dang, and marks it as written', () => {
    const ranked = rankPages([found(PROGRAMME)], analyzeQuery('xay dung dang'));
    const first = ranked[0]?.sections[0];
    expect(first?.url).toBe('/ct/#muc-ii-1-1');
    expect(marks(first?.excerpt ?? [])).toContain('xây dựng Đảng');
  });

  it('prefers the marks as typed', () => {
    const page = indexed('/p/', 'P', [
      { id: 'a', heading: 'A', text: 'công việc đang làm, đang triển khai' },
      { id: 'b', heading: 'B', text: 'công tác xây dựng Đảng' },
    ]);
    expect(urls(rankPages([found(page)], analyzeQuery('đảng')))[0]).toBe('/p/#b');
    expect(urls(rankPages([found(page)], analyzeQuery('đang')))[0]).toBe('/p/#a');
    expect(urls(rankPages([found(page)], analyzeQuery('dang')))).toHaveLength(2);
  });

  it('matches text stored with decomposed diacritics and look-alike letters', () => {
    expect(urls(rankPages([found(PROGRAMME)], analyzeQuery('hệ thống chính trị')))[0]).toBe('/ct/#muc-ii-1-3');
    expect(urls(rankPages([found(PROGRAMME)], analyzeQuery('doi moi cong tac khuyen nong')))[0]).toBe('/ct/#muc-ii-2-1');
    const excerpt = rankPages([found(PROGRAMME)], analyzeQuery('đổi mới khuyến nông'))[0]?.sections[0]?.excerpt ?? [];
    expect(text(excerpt)).toContain('Đổi mới công tác khuyến nông');
  });

  it('drops a page that lacks a word of the query (Pagefind’s prefix fallback)', () => {
    expect(rankPages([found(PROGRAMME)], analyzeQuery('dân vận xyzzy'))).toEqual([]);
  });

  it('keeps only sections with the words side by side when the query is quoted', () => {
    const ranked = rankPages([found(PROGRAMME)], analyzeQuery('"công tác dân vận"'));
    expect(urls(ranked)).toEqual(['/ct/#muc-ii-1-3']);
    expect(rankPages([found(PROGRAMME)], analyzeQuery('"dân vận công tác"'))).toEqual([]);
  });

  it('marks words in the section heading', () => {
    const section = rankPages([found(PROGRAMME)], analyzeQuery('dan van'))[0]?.sections[0];
    expect(section?.title).toBe('1.3. Công tác dân vận');
    expect(marks(section?.titleSegments ?? [])).toEqual(['dân vận']);
  });
});

describe('rankPages: symbols', () => {
  const DOC = indexed(
    '/van-ban/qd-4218/',
    'Quy định số 4218-QĐ/TU',
    [{ text: 'Quy định số 4218-QĐ/TU Loại văn bản: Quy định.' }],
    { keys: ownSymbolKeys(['4218-QĐ/TU']).map(aliasToken).join(' ') },
  );

  it('puts the document’s own page first, then the sections citing it', () => {
    const ranked = rankPages([found(PROGRAMME, true), found(DOC, true)], analyzeQuery('quy định 4218'));
    expect(ranked.map((p) => p.url)).toEqual(['/van-ban/qd-4218/', '/ct/']);
    expect(ranked[0]?.ownSymbol).toBe(true);
    expect(urls(ranked)[1]).toBe('/ct/#muc-ii-1-3');
  });

  it('shows the citation marked, and never the hidden alias words', () => {
    const ranked = rankPages([found(PROGRAMME, true)], analyzeQuery('qd/tu'));
    const excerpt = ranked[0]?.sections[0]?.excerpt ?? [];
    expect(marks(excerpt)).toEqual(['4218-QĐ/TU']);
    expect(text(excerpt)).not.toMatch(/vbsh/u);
    expect(text(excerpt)).toContain('Quy định số 4218-QĐ/TU ngày 21/10/2024');
  });

  it('finds the erratum “Quy định số 144-CT/TW” as quy định 144', () => {
    expect(urls(rankPages([found(PROGRAMME, true)], analyzeQuery('quy định 144')))[0]).toBe('/ct/#muc-ii-1-1');
  });

  it('finds nq 7 as 07-NQ/TU', () => {
    expect(urls(rankPages([found(PROGRAMME, true)], analyzeQuery('nq 7')))).toEqual(['/ct/#muc-ii-2-1']);
  });

  it('needs the other words of a symbol query in the page', () => {
    expect(rankPages([found(PROGRAMME, true)], analyzeQuery('nq 7 khuyến nông'))).toHaveLength(1);
    expect(rankPages([found(PROGRAMME, true)], analyzeQuery('nq 7 quốc phòng'))).toEqual([]);
  });

  it('finds a page by its own symbol even when its text does not show it', () => {
    const programme = indexed('/ct2/', 'Chương trình công tác năm 2025', [{ text: 'Nội dung.' }], {
      keys: ownSymbolKeys(['65-CTr/TU']).map(aliasToken).join(' '),
    });
    const ranked = rankPages([found(programme, true)], analyzeQuery('65-CTr/TU'));
    expect(ranked[0]?.ownSymbol).toBe(true);
    expect(ranked[0]?.sections[0]?.url).toBe('/ct2/');
  });
});

describe('rankPages: a symbol that ends a link', () => {
  it('puts the comma back after the symbol and shows no alias word', () => {
    // Pagefind joins the link text (with its alias words) and the text after the link.
    const content = `${indexedText('gắn với Quy định số 144-CT/TW')}, ngày 09/5/2024 của Bộ Chính trị.`;
    const page: IndexedPage = { url: '/p/', content, meta: { title: 'P' }, filters: {}, anchors: [] };
    const excerpt = rankPages([found(page, true)], analyzeQuery('quy định 144'))[0]?.sections[0]?.excerpt ?? [];
    expect(text(excerpt)).toBe('gắn với Quy định số 144-CT/TW, ngày 09/5/2024 của Bộ Chính trị.');
    expect(marks(excerpt)).toEqual(['144-CT/TW']);
  });
});

describe('rankPages: what is shown', () => {
  it('shows only sections holding every word, and marks whole words as typed', () => {
    const ranked = rankPages([found(PROGRAMME)], analyzeQuery('dân vận khéo'));
    expect(urls(ranked)).toEqual(['/ct/#muc-ii-1-3']);
    // The words, not the quotes and the semicolon around them; where they stand together, only there.
    expect(marks(ranked[0]?.sections[0]?.excerpt ?? [])).toEqual(['Dân vận khéo']);
  });

  it('does not mark a longer word for a word that is not the last one typed', () => {
    const ex = rankPages([found(PROGRAMME)], analyzeQuery('dan van'))[0]?.sections[0]?.excerpt ?? [];
    expect(marks(ex).join(' ')).not.toMatch(/Đảng|đảng/u);
  });
});

describe('toneKey', () => {
  it('separates the tone from the letters, wherever it sits', async () => {
    const { toneKey } = await import('../../../src/lib/search/rank');
    expect(toneKey('hóa')).toEqual(toneKey('hoá'));
    expect(toneKey('Thủy')).toEqual(toneKey('thuỷ'));
    expect(toneKey('hóa')).not.toEqual(toneKey('hòa'));
    expect(toneKey('đổi')).toEqual(['đôi', '\u0309']);
  });
});

/** A page whose sections hold paragraphs with ids (`<id>-doan-N`), as a built programme does. */
function programme(url: string, title: string, sections: { id: string; heading: string; paragraphs: string[] }[], meta: Record<string, string> = {}): IndexedPage {
  const words: string[] = [];
  const anchors: IndexedAnchor[] = [];
  for (const s of sections) {
    anchors.push({ element: 'h4', id: s.id, text: indexedText(s.heading), location: words.length });
    words.push(...indexedText(`${s.heading}.`).split(/\s+/u));
    s.paragraphs.forEach((p, i) => {
      anchors.push({ element: 'p', id: `${s.id}-doan-${i + 1}`, text: indexedText(p), location: words.length });
      words.push(...indexedText(p).split(/\s+/u).filter((w) => w !== ''));
    });
  }
  return { url, content: words.join(' '), meta: { title: encodeForIndex(title), ...meta }, filters: {}, anchors };
}

const order = (pages: readonly FoundPage[], q: string, weights = RANK_WEIGHTS): string[] => urls(rankPages(pages, analyzeQuery(q), weights));
const without = (name: keyof typeof RANK_WEIGHTS) => ({ ...RANK_WEIGHTS, [name]: 0 });

describe('RANK_WEIGHTS: each weight decides the order in a case (and the case fails without it)', () => {
  it('term: a section holding more of the words comes first when none holds them all', () => {
    const page = found(
      programme('/p/', 'P', [
        { id: 'a', heading: 'A', paragraphs: ['Nuôi tôm, nuôi tôm, nuôi tôm.'] },
        { id: 'b', heading: 'B', paragraphs: ['Tôm và lúa.'] },
        { id: 'c', heading: 'C', paragraphs: ['Cá đồng.'] },
      ]),
    );
    expect(order([page], 'tôm lúa cá')[0]).toBe('/p/#b-doan-1');
    expect(order([page], 'tôm lúa cá', without('term'))[0]).toBe('/p/#a-doan-1');
  });

  it('proximity: words close together before the same words far apart', () => {
    const page = found(
      programme('/p/', 'P', [
        { id: 'a', heading: 'A', paragraphs: ['Tôm nuôi ở ruộng xa, còn lúa thì trồng.'] },
        { id: 'b', heading: 'B', paragraphs: ['Trồng lúa, tôm nuôi.'] },
      ]),
    );
    expect(order([page], 'tôm lúa')).toEqual(['/p/#b-doan-1', '/p/#a-doan-1']);
    expect(order([page], 'tôm lúa', without('proximity'))).toEqual(['/p/#a-doan-1', '/p/#b-doan-1']);
  });

  it('heading: a section whose heading holds every word before one that only mentions them as often', () => {
    const page = found(
      programme('/p/', 'P', [
        { id: 'a', heading: 'A', paragraphs: ['Mô hình tôm lúa; nhân rộng tôm lúa.'] },
        { id: 'b', heading: 'Tôm lúa', paragraphs: ['Mô hình tôm lúa.'] },
      ]),
    );
    expect(order([page], 'tôm lúa')[0]).toBe('/p/#b-doan-1');
    expect(order([page], 'tôm lúa', without('heading'))[0]).toBe('/p/#a-doan-1');
  });

  it('frequency: a section that says it more often comes first', () => {
    const page = found(
      programme('/p/', 'P', [
        { id: 'a', heading: 'A', paragraphs: ['Mô hình tôm lúa.'] },
        { id: 'b', heading: 'B', paragraphs: ['Mô hình tôm lúa; nhân rộng tôm lúa.'] },
      ]),
    );
    expect(order([page], 'tôm lúa')[0]).toBe('/p/#b-doan-1');
    expect(order([page], 'tôm lúa', without('frequency'))[0]).toBe('/p/#a-doan-1');
  });

  it('title: a page whose title holds the words comes first', () => {
    const a = found(programme('/a/', 'Kế hoạch năm', [{ id: 'x', heading: 'X', paragraphs: ['Mô hình tôm lúa.'] }]));
    const b = found(programme('/b/', 'Mô hình tôm lúa', [{ id: 'x', heading: 'X', paragraphs: ['Mô hình tôm lúa.'] }]));
    expect(rankPages([a, b], analyzeQuery('tôm lúa')).map((p) => p.url)).toEqual(['/b/', '/a/']);
    expect(rankPages([a, b], analyzeQuery('tôm lúa'), without('title')).map((p) => p.url)).toEqual(['/a/', '/b/']);
  });

  it('ownSymbol: the document whose symbol was typed before a page that only names it in a sentence, however often', () => {
    const own = { keys: ownSymbolKeys(['07-NQ/TU']).map(aliasToken).join(' ') };
    // As the indexer writes a document page: its own alias words once (its search record), its title as text.
    const doc07 = found(
      { url: '/van-ban/nq-07/', content: `${own.keys} ${encodeForIndex('Nghị quyết số 07-NQ/TU về kinh tế tập thể.')}`, meta: { title: 'Nghị quyết số 07-NQ/TU', ...own }, filters: {}, anchors: [] },
      true,
    );
    const doc20 = found(
      indexed('/van-ban/nq-20/', 'Nghị quyết số 20-NQ/TW', [{ text: 'Thực hiện Nghị quyết số 07-NQ/TU và Nghị quyết số 07-NQ/TU của Tỉnh ủy.' }], {
        keys: ownSymbolKeys(['20-NQ/TW']).map(aliasToken).join(' '),
      }),
      true,
    );
    for (const q of ['nghi quyet 07', '07-NQ/TU', 'nq 7']) {
      expect(rankPages([doc20, doc07], analyzeQuery(q)).map((p) => p.url)[0], q).toBe('/van-ban/nq-07/');
      expect(rankPages([doc20, doc07], analyzeQuery(q), without('ownSymbol')).map((p) => p.url)[0], q).toBe('/van-ban/nq-20/');
    }
  });
});

describe('rankPages: phrases', () => {
  it('needs every word but the last to match whole (“du lịch” is not in “Dương lịch”)', () => {
    const page = found(
      programme('/p/', 'P', [
        { id: 'a', heading: 'A', paragraphs: ['Dịp tết Dương lịch 2025; du khách và lịch trình.'] },
        { id: 'b', heading: 'B', paragraphs: ['Kích cầu du lịch cuối năm.'] },
      ]),
    );
    const sections = rankPages([page], analyzeQuery('du lịch'))[0]?.sections ?? [];
    expect(sections.map((s) => [s.url, s.phrase])).toEqual([
      ['/p/#b-doan-1', true],
      ['/p/#a-doan-1', false],
    ]);
  });

  it('shows the phrase in the text rather than in the heading, and marks only the phrase', () => {
    const page = found(
      programme('/p/', 'P', [{ id: 'a', heading: '1.5. Cải cách hành chính', paragraphs: ['Điều hành chính quyền các cấp; thực hiện nhiệm vụ cải cách hành chính.'] }]),
    );
    const section = rankPages([page], analyzeQuery('cải cách hành chính'))[0]?.sections[0];
    expect(section?.url).toBe('/p/#a-doan-1');
    expect(marks(section?.excerpt ?? [])).toEqual(['cải cách hành chính']);
  });

  it('folds sections that hold the words apart when another section holds them together', () => {
    const ranked = rankPages([found(PROGRAMME)], analyzeQuery('chuyen doi so'));
    expect(ranked[0]?.sections.map((s) => [s.url, s.phrase, s.folded])).toEqual([
      ['/ct/#muc-ii-2-2', true, false],
      ['/ct/#muc-ii-1-1', false, true],
    ]);
  });

  it('puts the phrase first even against a heading and many scattered words', () => {
    const page = found(
      programme('/p/', 'P', [
        { id: 'a', heading: 'Chuyển đổi, số hóa', paragraphs: ['Chuyển giao, đổi mới, số lượng; chuyển đổi cơ cấu, số liệu.'] },
        { id: 'b', heading: 'B', paragraphs: ['Đẩy mạnh chuyển đổi số.'] },
      ]),
    );
    const sections = rankPages([page], analyzeQuery('chuyển đổi số'))[0]?.sections ?? [];
    expect(sections.map((s) => [s.url, s.folded])).toEqual([
      ['/p/#b-doan-1', false],
      ['/p/#a', true],
    ]);
  });

  it('folds a page that holds the words only apart after a page that holds them together, whatever its title', () => {
    const scattered = found(programme('/a/', 'Chuyển đổi số', [{ id: 'x', heading: 'X', paragraphs: ['Chuyển giao, đổi mới và số lượng.'] }]));
    const together = found(programme('/b/', 'Kế hoạch', [{ id: 'x', heading: 'X', paragraphs: ['Đẩy mạnh chuyển đổi số.'] }]));
    const ranked = rankPages([scattered, together], analyzeQuery('chuyen doi so'));
    expect(ranked.map((p) => [p.url, p.folded])).toEqual([
      ['/b/', false],
      ['/a/', true],
    ]);
    // With no phrase anywhere, nothing is folded.
    expect(rankPages([scattered], analyzeQuery('chuyen doi so')).map((p) => p.folded)).toEqual([false]);
  });
});

describe('rankPages: landing on the paragraph', () => {
  const page = programme('/ct/', 'Chương trình', [
    {
      id: 'muc-ii-2-2',
      heading: '2.2. Văn hóa, xã hội',
      paragraphs: ['Tổ chức các hoạt động văn hóa, văn nghệ mừng Đảng, mừng Xuân.', 'Tiếp tục đẩy mạnh chuyển đổi số ngành y tế.'],
    },
  ]);

  it('links to the paragraph that holds the match, under its section heading', () => {
    const section = rankPages([found(page)], analyzeQuery('chuyển đổi số'))[0]?.sections[0];
    expect(section?.url).toBe('/ct/#muc-ii-2-2-doan-2');
    expect(section?.title).toBe('2.2. Văn hóa, xã hội');
  });

  it('links to the section when the heading holds the match', () => {
    expect(rankPages([found(page)], analyzeQuery('văn hóa xã hội'))[0]?.sections[0]?.url).toBe('/ct/#muc-ii-2-2');
  });
});

describe('rankPages: excerpts', () => {
  it('separates blocks and never glues them', () => {
    const page = programme('/p/', 'P', [
      { id: 'a', heading: 'A', paragraphs: ['Công tác chính trị, tư tưởng và đạo đức', 'Tiếp tục học tập chuyên đề năm 2025'] },
    ]);
    const excerpt = rankPages([found(page)], analyzeQuery('đạo đức'))[0]?.sections[0]?.excerpt ?? [];
    expect(text(excerpt)).toContain(`đạo đức${BLOCK_SEPARATOR}Tiếp tục`);
    expect(text(excerpt)).not.toMatch(/đứcTiếp/u);
  });

  it('starts at a word, never at punctuation', () => {
    const page = programme('/p/', 'P', [
      { id: 'a', heading: 'A', paragraphs: ['một hai ba bốn năm sáu bảy tám chín mười . về các nội dung có liên quan đến việc đẩy mạnh chuyển đổi số'] },
    ]);
    const excerpt = text(rankPages([found(page)], analyzeQuery('chuyển đổi số'))[0]?.sections[0]?.excerpt ?? []);
    expect(excerpt.replace(/^… /u, '')).toMatch(/^[\p{L}\p{N}]/u);
  });

  it('marks whole words, never part of one nor the punctuation around it', () => {
    const page = programme('/p/', 'P', [{ id: 'a', heading: 'A', paragraphs: ['Phong trào “Dân vận khéo”; chuyên đề dân vận.'] }]);
    const excerpt = rankPages([found(page)], analyzeQuery('dân vận khéo'))[0]?.sections[0]?.excerpt ?? [];
    expect(marks(excerpt)).toEqual(['Dân vận khéo']);
    const prefix = rankPages([found(page)], analyzeQuery('chuy'))[0]?.sections[0]?.excerpt ?? [];
    expect(marks(prefix)).toEqual(['chuyên']);
  });
});
