import { beforeAll, describe, expect, it } from 'vitest';
import { buildCitationIndex, citationReport, formatReportSummary, strictFailures, type CitationIndex, type ProgrammeRecords } from '../../../src/lib/citations/citation-index';
import { FRONTMATTER, MARKDOWN_PROCESSORS, fixtureRegistry, runPipeline, seedProgramme } from '../helpers/pipeline';

const registry = fixtureRegistry();
const SEED_ID = 'tinh-uy-hau-giang/2025-quy-i';
let seedInput: ProgrammeRecords;

/** The records the citation plugin leaves for a programme body (the seed's frontmatter: draft of 2024). */
async function recordsOf(id: string, body: string, year = 2024): Promise<ProgrammeRecords> {
  const { records } = await runPipeline(body, { frontmatter: { ...FRONTMATTER, draftYear: year } });
  return { id, citations: records };
}

beforeAll(async () => {
  seedInput = await recordsOf(SEED_ID, seedProgramme().body);
});

describe('the seed programme', () => {
  let index: CitationIndex;
  beforeAll(() => {
    index = buildCitationIndex([seedInput], registry);
  });

  it('cites the ten documents with symbols and the two named ones, each resolved in the registry', () => {
    const bySymbol = index.occurrences.filter((o) => o.status !== 'named');
    expect(bySymbol.map((o) => o.documentId)).toEqual([
      'qd-144-tw-2024',
      'qd-4218-tu-hau-giang-2024',
      'da-08-tu-hau-giang-2023',
      'qc-20-tu-hau-giang-2023',
      'qd-290-tw-2010',
      'hd-08-ubkttw-2024',
      'ct-27-tw-2023',
      'nq-27-tw-2022',
      'nq-07-tu-hau-giang-2022',
      'nq-20-tw-2022',
    ]);
    expect(bySymbol.every((o) => o.status === 'resolved')).toBe(true);
    expect(index.occurrences.filter((o) => o.status === 'named').map((o) => o.documentId)).toEqual([
      'ctr-cong-tac-2025-tu-hau-giang',
      'quy-hoach-tinh-hau-giang-2021-2030',
    ]);
  });

  it('records the section and paragraph of every citation, with the sentence', () => {
    const ct27 = index.byDocument.get('ct-27-tw-2023')?.[0];
    expect(ct27).toMatchObject({ blockAnchor: 'muc-ii-1-7-doan-1', text: 'Chỉ thị số 27-CT/TW' });
    expect(ct27?.section).toMatchObject({ anchor: 'muc-ii-1-7', number: '1.7', title: 'Công tác nội chính và phòng, chống tham nhũng, tiêu cực' });
    expect(ct27?.sentence).toBe(
      'Chỉ đạo triển khai thực hiện có hiệu quả Chỉ thị số 27-CT/TW ngày 25/12/2023 của Bộ Chính trị về tăng cường sự lãnh đạo của Đảng đối với công tác thực hành tiết kiệm, chống lãng phí.',
    );
    expect(index.byDocument.get('hd-08-ubkttw-2024')?.[0]?.blockAnchor).toBe('muc-ii-1-6-doan-1');
    expect(index.byDocument.get('ctr-cong-tac-2025-tu-hau-giang')?.[0]?.blockAnchor).toBe('mo-dau-doan-1');
    expect(index.byProgramme.get(SEED_ID)?.filter((o) => o.blockAnchor === 'muc-ii-1-3-doan-3').map((o) => o.documentId)).toEqual([
      'qd-4218-tu-hau-giang-2024',
      'da-08-tu-hau-giang-2023',
      'qc-20-tu-hau-giang-2023',
    ]);
  });

  it('reports the 144-CT/TW erratum as an acknowledged mismatch, so strict mode passes', () => {
    const report = citationReport(index);
    expect(report).toMatchObject({ found: 12, resolved: 10, named: 2, createdFromCitation: 0, ambiguous: 0, mismatched: 1, acknowledged: 1 });
    expect(report.details.mismatched[0]).toMatchObject({ documentId: 'qd-144-tw-2024', text: 'Quy định số 144-CT/TW', acknowledged: true });
    expect(strictFailures(report)).toEqual([]);
    expect(formatReportSummary(report)).toContain('12 tìm thấy');
  });
});

describe('documents the registry does not know', () => {
  it('are created from the citation, reported, and fail strict mode when ambiguous or mismatched', async () => {
    const body = [
      '## I. Phần một',
      '',
      'Thực hiện Nghị quyết số 18-NQ/TW, 19-NQ/TW ngày 25/10/2017 của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII.',
      '',
      'Quán triệt Nghị quyết số 27-NQ/TW và Quy định số 27-CT/TW.',
    ].join('\n');
    const index = buildCitationIndex([await recordsOf('x', body, 2025)], registry);
    expect(index.occurrences.map((o) => [o.documentId, o.status])).toEqual([
      ['nq-18-tw-2017', 'created'],
      ['nq-19-tw-2017', 'created'],
      ['nq-27-tw-2022', 'ambiguous'],
      ['ct-27-tw-2023', 'resolved'],
    ]);
    expect(index.documents.get('nq-19-tw-2017')).toMatchObject({ origin: 'citation', created: { symbol: '19-NQ/TW', date: '2017-10-25' } });
    const report = citationReport(index);
    expect(report).toMatchObject({ createdFromCitation: 2, ambiguous: 1, mismatched: 1, acknowledged: 0 });
    expect(strictFailures(report).map((f) => f.text)).toEqual(['Nghị quyết số 27-NQ/TW', 'Quy định số 27-CT/TW']);
  });

  it('indexes every programme once: each citation of each programme is one occurrence', () => {
    const many = Array.from({ length: 20 }, (_, i) => ({ ...seedInput, id: `p${i}` }));
    // The index is built from records alone: twenty programmes with the seed's records.
    const index = buildCitationIndex(many, registry);
    expect(index.occurrences).toHaveLength(20 * 12);
    expect(index.byDocument.get('ct-27-tw-2023')?.map((o) => o.programmeId)).toEqual(many.map((p) => p.id));
  });
});

describe('full texts of documents (content/resolutions/<id>.mdx)', () => {
  const TEXT_PATH = '/repo/content/resolutions/nq-07-tu-hau-giang-2022.mdx';
  const body = [
    '## I. Mục đích, yêu cầu',
    '',
    'Nghị quyết số 07-NQ/TU thực hiện Nghị quyết số 20-NQ/TW ngày 16/6/2022 và Chỉ thị số 27-CT/TW của Bộ Chính trị.',
    '',
    'Căn cứ Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII.',
  ].join('\n');

  it.each(MARKDOWN_PROCESSORS)('get anchors and links like a programme (%s), resolved in the context of their own document; their own symbol is left as text', async (processor) => {
    const result = await runPipeline(body, { path: TEXT_PATH, frontmatter: {}, processor });
    expect(result.records.map((r) => [r.documentId, r.blockAnchor])).toEqual([
      ['nq-20-tw-2022', 'muc-i-doan-1'],
      ['ct-27-tw-2023', 'muc-i-doan-1'],
      ['nq-18-tw-2017', 'muc-i-doan-2'],
    ]);
    const html = JSON.stringify(result.hast);
    expect(html).toContain('"id":"muc-i"');
    expect(html).toContain('/van-ban/nq-20-tw-2022/');
    expect(html).not.toContain('/van-ban/nq-07-tu-hau-giang-2022/');
  });

  it('are indexed apart from programmes, under the citing document; created documents get a page', async () => {
    const { records } = await runPipeline(body, { path: TEXT_PATH, frontmatter: {} });
    const index = buildCitationIndex([seedInput], registry, [{ id: 'nq-07-tu-hau-giang-2022', citations: records }]);
    expect(index.byDocumentInTexts.get('ct-27-tw-2023')?.map((o) => [o.citingDocumentId, o.blockAnchor])).toEqual([['nq-07-tu-hau-giang-2022', 'muc-i-doan-1']]);
    expect(index.byText.get('nq-07-tu-hau-giang-2022')).toHaveLength(3);
    expect(index.documents.get('nq-18-tw-2017')).toMatchObject({ origin: 'citation' });
    // Programme citations are unchanged: the report still counts the programme only.
    expect(index.byDocument.get('ct-27-tw-2023')?.map((o) => o.programmeId)).toEqual([SEED_ID]);
    expect(citationReport(index).found).toBe(12);
  });

  it.each(MARKDOWN_PROCESSORS)('a citation of a document that is a programme on the site links to the programme (%s)', async (processor) => {
    const { buildRegistry } = await import('../../../src/lib/citations/registry');
    const withProgramme = buildRegistry(
      [...registry.documents.values()].map((d) => (d.id === 'ctr-cong-tac-2025-tu-hau-giang' ? { ...d, programme: 'tinh-uy-hau-giang/2025' } : d)),
      [...registry.issuers.values()],
    );
    const result = await runPipeline('Căn cứ Chương trình công tác năm 2025, Ban Thường vụ Tỉnh ủy xây dựng Chương trình.', { registry: withProgramme, base: '/van-kien/', processor });
    expect(result.records[0]).toMatchObject({ documentId: 'ctr-cong-tac-2025-tu-hau-giang', status: 'named' });
    expect(JSON.stringify(result.hast)).toContain('"href":"/van-kien/chuong-trinh/tinh-uy-hau-giang/2025/"');
  });
});
