import { describe, expect, it } from 'vitest';
import { indexLoadFailure, introLabel, MAX_SHOWN_QUERY, noResultSuggestions, quoted, resultFacts, resultSummary } from '../../../src/lib/search/messages';
import { analyzeQuery } from '../../../src/lib/search/query';

describe('messages', () => {
  it('quotes and shortens the query', () => {
    expect(quoted('dân vận')).toBe('“dân vận”');
    expect([...quoted('a'.repeat(500))].length).toBe(MAX_SHOWN_QUERY + 3);
  });

  it('announces counts, and no results in Vietnamese', () => {
    const q = analyzeQuery('dân vận khéo');
    expect(resultSummary(q, { pages: 2, sections: 5, total: 2, truncated: false })).toBe('Tìm thấy 2 kết quả, 5 mục khớp với “dân vận khéo”.');
    expect(resultSummary(q, { pages: 1, sections: 1, total: 3, truncated: false })).toContain('(đã lọc, trên tổng số 3)');
    expect(resultSummary(q, { pages: 0, sections: 0, total: 0, truncated: false })).toBe('Không tìm thấy kết quả cho “dân vận khéo”.');
    expect(resultSummary(q, { pages: 0, sections: 0, total: 4, truncated: false })).toContain('bỏ bộ lọc để xem 4 kết quả');
  });

  it('suggests what to try', () => {
    expect(noResultSuggestions(analyzeQuery('xyz'), false).join(' ')).toContain('không dấu');
    expect(noResultSuggestions(analyzeQuery('99-NQ/TW'), true)).toEqual([
      'Bỏ bớt bộ lọc đã chọn.',
      expect.stringContaining('số ký hiệu 99-NQ/TW'),
    ]);
  });

  it('describes a result', () => {
    expect(resultFacts({ type: 'Nghị quyết', symbol: '27-NQ/TW', dateLabel: '2022', issuer: 'Ban Chấp hành Trung ương Đảng' })).toEqual([
      'Nghị quyết',
      'Số 27-NQ/TW',
      '2022',
      'Ban Chấp hành Trung ương Đảng',
    ]);
    expect(introLabel('van-ban')).toBe('Thông tin văn bản');
    expect(introLabel('chuong-trinh')).toBe('Phần mở đầu');
  });

  it('says that the index did not load, what to check, and never that nothing exists', () => {
    const built = indexLoadFailure('/van-kien/pagefind/', false);
    const all = [built.title, ...built.tips].join(' ');
    expect(built.title).toMatch(/^Không tải được chỉ mục tìm kiếm/u);
    expect(all).toContain('/van-kien/pagefind/');
    expect(all).toContain('application/wasm');
    expect(all).toContain('.pf_meta');
    expect(all).toContain("'wasm-unsafe-eval'");
    expect(all).not.toMatch(/Không có văn bản nào|Không tìm thấy kết quả/u);
  });

  it('under npm run dev, says that search needs a build and the preview server', () => {
    const dev = indexLoadFailure('/pagefind/', true);
    const all = [dev.title, ...dev.tips].join(' ');
    expect(all).toContain('npm run dev');
    expect(all).toContain('npm run build');
    expect(all).toContain('npm run preview');
  });
});

describe('empty result and result labels', () => {
  it('say whether nothing was found or the filters left nothing', async () => {
    const { emptyTitle, sectionsListLabel } = await import('../../../src/lib/search/messages');
    expect(emptyTitle('chuyen doi so', 0)).toBe('Không tìm thấy kết quả cho “chuyen doi so”');
    expect(emptyTitle('chuyen doi so', 3)).toBe('Không có kết quả khớp với bộ lọc đã chọn');
    expect(sectionsListLabel('Chương trình công tác quý I năm 2025')).toBe('Các mục khớp trong Chương trình công tác quý I năm 2025');
  });
});
