import { describe, expect, test } from 'vitest';
import { registryFromContent } from '../../../src/lib/citations/registry-data';
import { loadRegistryContent } from '../../../src/lib/content/load';
import { groupRelations, mergeRelations, recordedRelations, relatedIds, relationsOf } from '../../../src/lib/documents/relations';
import { occurrenceRelations, subjectRelations } from '../../../src/lib/documents/suggested';
import { checkDocumentReferences } from '../../../src/lib/documents/validate';
import { checkIssuerAliases, organisationOf } from '../../../src/lib/documents/issuers';
import { resolutionSchema } from '../../../src/lib/schemas';
import { FIXTURE_DIR, fixtureDocuments, fixtureIssuers } from './fixture';

const docs = fixtureDocuments();
const recorded = recordedRelations(docs.map((d) => ({ id: d.id, relations: d.data.relations })));

describe('document records: status and relations (fixture)', () => {
  test('status defaults to chưa rõ; the replaced document names its date and the document that ended it', () => {
    const byId = new Map(docs.map((d) => [d.id, d.data]));
    expect(byId.get('nq-07-tu-hau-giang-2022')?.status).toEqual({ value: 'chua-ro' });
    expect(byId.get('qd-25-tu-hau-giang-2024')?.status).toEqual({ value: 'con-hieu-luc' });
    const replaced = byId.get('qd-10-tu-hau-giang-2020')?.status;
    expect(replaced?.value).toBe('het-hieu-luc');
    expect(replaced?.by).toBe('qd-25-tu-hau-giang-2024');
    expect(replaced?.date?.toISOString().slice(0, 10)).toBe('2024-01-05');
  });

  test('every relation is seen from both ends with its inverse name', () => {
    expect(relationsOf('qd-25-tu-hau-giang-2024', recorded).map((v) => [v.label, v.other])).toEqual([
      ['Được hướng dẫn bởi', 'hd-05-tu-hau-giang-2024'],
      ['Thay thế', 'qd-10-tu-hau-giang-2020'],
      ['Thực hiện', 'nq-07-tu-hau-giang-2022'],
    ]);
    expect(relationsOf('qd-10-tu-hau-giang-2020', recorded).map((v) => [v.label, v.other])).toEqual([['Bị thay thế bởi', 'qd-25-tu-hau-giang-2024']]);
    for (const r of recorded) {
      expect(relationsOf(r.from, recorded).some((v) => v.direction === 'forward' && v.other === r.to && v.type === r.type)).toBe(true);
      expect(relationsOf(r.to, recorded).some((v) => v.direction === 'inverse' && v.other === r.from && v.type === r.type)).toBe(true);
    }
  });

  test('the chain hướng dẫn → thay thế is walked one step per document', () => {
    const groups = groupRelations(relationsOf('qd-25-tu-hau-giang-2024', recorded));
    expect(groups.map((g) => g.key)).toEqual(['thuc-hien-xuoi', 'huong-dan-nguoc', 'thay-the-xuoi']);
    expect([...relatedIds(recorded)].sort()).toEqual(['hd-05-tu-hau-giang-2024', 'nq-07-tu-hau-giang-2022', 'qd-10-tu-hau-giang-2020', 'qd-25-tu-hau-giang-2024']);
  });

  test('subjects suggest relations; one an editor recorded is not suggested again', () => {
    const registry = registryFromContent(loadRegistryContent(FIXTURE_DIR));
    const suggested = subjectRelations(registry);
    expect(suggested.map((r) => [r.from, r.type, r.to])).toEqual(
      expect.arrayContaining([
        ['nq-07-tu-hau-giang-2022', 'thuc-hien', 'nq-20-tw-2022'],
        ['hd-05-tu-hau-giang-2024', 'huong-dan', 'qd-25-tu-hau-giang-2024'],
      ]),
    );
    const merged = mergeRelations(recorded, suggested);
    const text = merged.filter((r) => r.origin === 'text');
    expect(text.map((r) => [r.from, r.type, r.to])).toEqual([['nq-07-tu-hau-giang-2022', 'thuc-hien', 'nq-20-tw-2022']]);
    expect(text[0]?.sources).toEqual([{ kind: 'subject', documentId: 'nq-07-tu-hau-giang-2022' }]);
    expect(relationsOf('nq-20-tw-2022', merged)).toEqual([
      expect.objectContaining({ label: 'Được thực hiện bởi', other: 'nq-07-tu-hau-giang-2022', origin: 'text' }),
    ]);
  });

  test('suggestions of the same relation from several places are merged, with every source', () => {
    const s = (anchor: string) => ({ from: 'a', to: 'b', type: 'thuc-hien' as const, origin: 'text' as const, sources: [{ kind: 'programme' as const, programmeId: 'p', anchor }] });
    const merged = mergeRelations([], [s('muc-i'), s('muc-ii'), { ...s('x'), to: 'a' }]);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.sources?.map((x) => (x.kind === 'programme' ? x.anchor : ''))).toEqual(['muc-i', 'muc-ii']);
  });
});

describe('validation of document records', () => {
  test('the fixture is valid', () => {
    expect(checkDocumentReferences(docs.map((d) => ({ id: d.id, filePath: d.filePath, relations: d.data.relations, status: d.data.status })))).toEqual([]);
  });

  test('an unknown relation target, a self-relation, a repeated relation and an unknown status.by are named with file and field', () => {
    const problems = checkDocumentReferences([
      {
        id: 'a',
        filePath: 'content/resolutions/a.yaml',
        relations: [
          { type: 'thay-the', target: 'khong-co' },
          { type: 'thuc-hien', target: 'a' },
          { type: 'thuc-hien', target: 'b' },
          { type: 'thuc-hien', target: 'b' },
        ],
        status: { value: 'het-hieu-luc', by: 'cung-khong-co' },
      },
      { id: 'b', relations: [], status: { value: 'chua-ro' } },
    ]);
    expect(problems.map((p) => `${p.where}: ${p.message}`)).toEqual([
      'content/resolutions/a.yaml: relations[0].target: không có văn bản "khong-co" trong content/resolutions (tên tệp không có đuôi .yaml)',
      'content/resolutions/a.yaml: relations[1].target: văn bản không thể có quan hệ với chính nó',
      'content/resolutions/a.yaml: relations[3]: quan hệ "thuc-hien" với "b" đã ghi ở trên',
      'content/resolutions/a.yaml: status.by: không có văn bản "cung-khong-co" trong content/resolutions',
    ]);
  });

  test('the schema refuses an unknown status or relation type, and a date on a document in force', () => {
    const base = { type: 'nghi-quyet', number: '1', symbol: '01-NQ/TU', issuer: 'x' };
    expect(resolutionSchema.safeParse({ ...base, status: 'con-hieu-luc' }).success).toBe(true);
    expect(resolutionSchema.safeParse({ ...base, status: 'dang-xet' }).success).toBe(false);
    expect(resolutionSchema.safeParse({ ...base, status: { value: 'con-hieu-luc', by: 'y' } }).success).toBe(false);
    expect(resolutionSchema.safeParse({ ...base, relations: [{ type: 'ke-thua', target: 'y' }] }).success).toBe(false);
    expect(resolutionSchema.safeParse({ ...base, relations: [{ type: 'bai-bo', target: 'y' }] }).success).toBe(true);
  });
});

describe('issuer hierarchy', () => {
  const issuers = fixtureIssuers();
  const byId = new Map(issuers.map((i) => [i.id, i]));
  test('two names of one organisation meet; a standing committee stays its own body', () => {
    expect(organisationOf('ban-chap-hanh-dang-bo-tinh-hau-giang', byId)?.id).toBe('tinh-uy-hau-giang');
    expect(organisationOf('tinh-uy-hau-giang', byId)?.id).toBe('tinh-uy-hau-giang');
    expect(organisationOf('ban-thuong-vu-tinh-uy-hau-giang', byId)?.id).toBe('ban-thuong-vu-tinh-uy-hau-giang');
    expect(checkIssuerAliases(issuers)).toEqual([]);
  });
  test('an unknown sameAs and a circle are refused', () => {
    const bad = [
      { id: 'a', shortName: 'A', sameAs: 'b' },
      { id: 'b', shortName: 'B', sameAs: 'a' },
      { id: 'c', shortName: 'C', sameAs: 'khong-co' },
    ];
    expect(checkIssuerAliases(bad).map((p) => p.message)).toEqual([
      'sameAs: các tên cơ quan trỏ vòng lẫn nhau (a → b → a)',
      'sameAs: các tên cơ quan trỏ vòng lẫn nhau (b → a → b)',
      'sameAs: không có cơ quan "khong-co" trong content/issuers.yaml',
    ]);
    expect(organisationOf('a', new Map(bad.map((i) => [i.id, i])))).toBeDefined();
  });
});

describe('relations read from a programme paragraph', () => {
  test('the citation pass records them with the citation, and they become suggestions with where they were read', async () => {
    const { runPipeline } = await import('../helpers/pipeline');
    const { records } = await runPipeline(
      '## I. Phần\n\nTiếp tục thực hiện Nghị quyết số 07-NQ/TU ngày 09/11/2022 của Ban Chấp hành Đảng bộ tỉnh thực hiện Nghị quyết số 20-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng.\n',
    );
    expect(records.map((r) => r.documentId)).toEqual(['nq-07-tu-hau-giang-2022', 'nq-20-tw-2022']);
    expect(records[0]?.relationsFrom).toEqual([{ to: 'nq-20-tw-2022', type: 'thuc-hien' }]);
    const suggested = occurrenceRelations(records.map((r) => ({ ...r, programmeId: 'p' })));
    expect(suggested).toEqual([
      { from: 'nq-07-tu-hau-giang-2022', to: 'nq-20-tw-2022', type: 'thuc-hien', origin: 'text', sources: [{ kind: 'programme', programmeId: 'p', anchor: 'muc-i-doan-1' }] },
    ]);
  });
});
