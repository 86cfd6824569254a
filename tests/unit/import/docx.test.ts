/**
 * .docx fixtures generated with the `docx` package: each imports, passes the
 * real content guard and comes out with the header, the numbering, the
 * table, the footnote and the converted legacy text.
 */
import { describe, expect, it } from 'vitest';

/** Generating a .docx and running mammoth takes a few seconds on a loaded machine. */
const SLOW = 30_000;
import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { findUnsafeContent } from '../../../src/lib/content/guard';
import { importProgramme } from '../../../src/lib/import';
import { parseMdx } from '../../../src/lib/import/markdown';
import { analyzeProgramme } from '../../../src/lib/programmes/structure';
import { programmeSchema } from '../../../src/lib/schemas';
import { buildProgrammeDocx, buildReportedDocx } from '../../fixtures/import/docx-builder';

const ISSUERS = [{ id: 'tinh-uy-hau-giang', name: 'TỈNH ỦY HẬU GIANG', shortName: 'Tỉnh ủy Hậu Giang', code: 'TU', place: 'Hậu Giang' }];
const run = async (data: Buffer, extra: { issuerId?: string } = {}) =>
  importProgramme({ fileName: 'chuong-trinh.docx', data, issuers: ISSUERS, today: '2025-04-01', ...extra });

/** The body as the site's build reads it, through the real content guard. */
function guard(body: string) {
  return findUnsafeContent(parseMdx(body), body);
}

describe.each(['table', 'textbox'] as const)('a programme with its header in a %s', (header) => {
  it('imports, passes the content guard and keeps the structure', async () => {
    const draft = header === 'textbox';
    const result = await run(await buildProgrammeDocx({ header, draft }));
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(guard(result.body)).toEqual([]);

    // Header → frontmatter, valid for the site's schema.
    expect(result.relativePath).toBe('content/programmes/tinh-uy-hau-giang/2025-quy-ii.mdx');
    expect(result.frontmatter).toMatchObject({
      title: 'Chương trình công tác quý II năm 2025',
      subject: 'Công tác quý II năm 2025',
      issuer: 'tinh-uy-hau-giang',
      symbolSuffix: 'CTr/TU',
      place: 'Hậu Giang',
      period: { year: 2025, quarter: 2 },
      status: draft ? 'du-thao' : 'ban-hanh',
    });
    if (draft) expect(result.frontmatter).toMatchObject({ draftYear: 2025 });
    else expect(result.frontmatter).toMatchObject({ number: '72', date: '2025-03-28' });
    expect(programmeSchema.safeParse(result.frontmatter).success).toBe(true);
    // The header is not repeated in the body.
    expect(result.body).not.toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(result.body).not.toMatch(/^-----$/mu);

    // Word's automatic numbering → the headings and anchors the site expects.
    const tree = parseMdx(result.body);
    const headings = tree.children.filter((n): n is Heading => n.type === 'heading').map((h) => `${h.depth} ${toString(h)}`);
    expect(headings).toEqual([
      '2 I. Các nhiệm vụ trọng tâm',
      '2 II. Những nhiệm vụ và giải pháp',
      '3 1. Công tác xây dựng Đảng',
      '4 1.1. Công tác chính trị, tư tưởng',
      '4 1.2. Công tác tổ chức, cán bộ',
      '3 2. Phát triển kinh tế - xã hội',
    ]);
    const anchors = analyzeProgramme(tree).sections.map((s) => s.anchor);
    expect(anchors).toEqual(['muc-i', 'muc-ii', 'muc-ii-1', 'muc-ii-1-1', 'muc-ii-1-2', 'muc-ii-2']);
    // The focus tasks of part I stay a numbered list (anchors muc-i-y-1, -2).
    expect(analyzeProgramme(tree).blocks.map((b) => b.anchor)).toContain('muc-i-y-2');

    // Text reaches the page unchanged: bold, a table with "|", braces and "<", bullets, the footnote.
    expect(result.body).toContain('**Chỉ thị số 27-CT/TW ngày 25/12/2023 của Bộ Chính trị**');
    expect(toString(tree)).toContain('Chỉ tiêu {năm 2025} đạt <5% hộ nghèo; tỷ lệ a | b | c; giữ nguyên dấu * và _ cùng [ngoặc] như văn bản.');
    expect(tree.children.some((n) => n.type === 'table' && toString(n).includes('Hội nghị | sơ kết'))).toBe(true);
    expect(tree.children.some((n) => n.type === 'list' && !n.ordered && n.children.length === 2)).toBe(true);
    expect(result.body).toMatch(/\[\^1\]: Văn bản do Ban Bí thư ban hành\./u);

    // TCVN3 and VNI paragraphs converted, and reported.
    expect(toString(tree)).toContain('Đẩy mạnh công tác tuyên truyền, vận động nhân dân.');
    expect(toString(tree)).toContain('Đẩy mạnh công tác dân vận ở cơ sở.');
    // Unicode text beside the converted runs is left alone, even without a letter only Vietnamese has.
    expect(toString(tree)).toContain('Hòa bình, ý chí');
    expect(result.report.join('\n')).toMatch(/TCVN3[^\n]*theo tên phông chữ/u);
    expect(result.report.join('\n')).toMatch(/VNI[^\n]*theo tên phông chữ/u);
    expect(result.report.join('\n')).toContain('đã khôi phục 8 số thứ tự');
    expect(result.report.join('\n')).toContain('1 chú thích cuối trang');
  }, SLOW);
});

describe('what the importer reports instead of dropping silently', () => {
  it('empty paragraphs, page breaks, comments and tracked changes', async () => {
    const result = await run(await buildReportedDocx(), { issuerId: 'tinh-uy-hau-giang' });
    const report = result.report.join('\n');
    expect(report).toContain('Bỏ 1 đoạn trống (đoạn trống đầu tiên nằm sau «Đoạn thứ nhất.»)');
    expect(report).toContain('Bỏ 1 chỗ ngắt trang');
    expect(report).toContain('Ghi chú (comment) của Word không đưa vào văn bản, tại «Đoạn có ghi chú.»: «Xem lại câu này»');
    expect(report).toContain('1 chỗ thêm chữ');
    expect(report).toContain('1 chỗ xóa chữ');
    // As Word shows the final text: the insertion kept, the deletion removed.
    expect(result.body).toContain('Đoạn được thêm.');
    expect(result.body).not.toContain('bị xóa');
    // Images and links inside the Word file go, with their text kept; web links stay.
    expect(report).toContain('Bỏ 1 hình ảnh');
    expect(report).not.toContain('bảng mã');
    expect(report).toContain('Bỏ 1 liên kết nội bộ của tệp Word');
    expect(result.body).toContain('Xem mục 1 và [trang văn bản](https://example.org/van-ban).');
    expect(result.body).not.toContain('muc_1');
    expect(findUnsafeContent(parseMdx(result.body), result.body)).toEqual([]);
    // No header, no subject: the editor is told, and the period must be given.
    expect(result.warnings.join('\n')).toContain('Không tìm thấy phần đầu văn bản');
    expect(result.errors.join('\n')).toContain('--period');
  }, SLOW);

  it('an unknown issuing body: a clear message and a suggested issuers.yaml entry', async () => {
    const result = await importProgramme({ fileName: 'x.docx', data: await buildProgrammeDocx({ header: 'table' }), issuers: [], today: '2025-04-01' });
    const warning = result.warnings.join('\n');
    expect(warning).toContain('«TỈNH ỦY HẬU GIANG» chưa có trong content/issuers.yaml');
    expect(warning).toContain('- id: tinh-uy-hau-giang');
    expect(warning).toContain('code: TU');
    expect(result.relativePath).toBe('content/programmes/tinh-uy-hau-giang/2025-quy-ii.mdx');
  }, SLOW);

  it('a paragraph in TCVN3 without the font name is found by its characters', async () => {
    const result = await run(await buildProgrammeDocx({ header: 'table', bodyless: true, extraParagraphs: ['I. Môc tiªu', 'Céng hßa x· héi chñ nghÜa ViÖt Nam, §éc lËp - Tù do - H¹nh phóc.'] }));
    expect(result.errors).toEqual([]);
    expect(result.body).toContain('## I. Mục tiêu');
    expect(result.body).toContain('Cộng hòa xã hội chủ nghĩa Việt Nam, Độc lập - Tự do - Hạnh phúc.');
    expect(result.report.join('\n')).toMatch(/TCVN3[^\n]*theo các ký tự/u);
  }, SLOW);
});
