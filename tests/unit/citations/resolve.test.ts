import { describe, expect, it } from 'vitest';
import { parseCitations } from '../../../src/lib/citations/parse';
import { buildRegistry, createdDocumentId, symbolKey, type RegistryDocument, type RegistryIssuer } from '../../../src/lib/citations/registry';
import { resolveCitation, type CitingContext } from '../../../src/lib/citations/resolve';

const issuers: RegistryIssuer[] = [
  { id: 'bct', code: 'TW', shortName: 'Bộ Chính trị' },
  { id: 'bch-tw', code: 'TW', shortName: 'Ban Chấp hành Trung ương' },
  { id: 'tu-hg', code: 'TU', shortName: 'Tỉnh ủy Hậu Giang', place: 'Hậu Giang' },
  { id: 'bch-hg', code: 'TU', shortName: 'Ban Chấp hành Đảng bộ tỉnh Hậu Giang', place: 'Hậu Giang' },
  { id: 'tu-ct', code: 'TU', shortName: 'Thành ủy Cần Thơ', place: 'Cần Thơ' },
];

const doc = (d: Partial<RegistryDocument> & Pick<RegistryDocument, 'id' | 'type' | 'issuerId'>): RegistryDocument => ({
  aliases: [],
  namedReferences: [],
  curated: true,
  ...d,
});

const registry = buildRegistry(
  [
    doc({ id: 'qd-144-tw-2024', type: 'quy-dinh', number: '144', symbol: '144-QĐ/TW', issuerId: 'bct', date: '2024-05-09', aliases: ['144-CT/TW'] }),
    doc({ id: 'qd-290-tw-2010', type: 'quyet-dinh', number: '290', symbol: '290-QĐ/TW', issuerId: 'bct', date: '2010-02-25' }),
    doc({ id: 'qd-290-tw-2019', type: 'quy-dinh', number: '290', symbol: '290-QĐ/TW', issuerId: 'bct', date: '2019-01-01' }),
    doc({ id: 'nq-27-tw-2018', type: 'nghi-quyet', number: '27', symbol: '27-NQ/TW', issuerId: 'bch-tw', year: 2018, term: 'XII' }),
    doc({ id: 'nq-27-tw-2022', type: 'nghi-quyet', number: '27', symbol: '27-NQ/TW', issuerId: 'bch-tw', year: 2022, term: 'XIII' }),
    doc({ id: 'nq-07-tu-hau-giang-2022', type: 'nghi-quyet', number: '07', symbol: '07-NQ/TU', issuerId: 'bch-hg', date: '2022-11-09' }),
    doc({ id: 'nq-07-tu-can-tho-2021', type: 'nghi-quyet', number: '07', symbol: '07-NQ/TU', issuerId: 'tu-ct', date: '2021-03-01' }),
  ],
  issuers,
);

const hauGiang2024: CitingContext = { issuer: issuers[2] as RegistryIssuer, year: 2024 };
const canTho2024: CitingContext = { issuer: issuers[4] as RegistryIssuer, year: 2024 };

function resolveText(text: string, context = hauGiang2024) {
  const [citation] = parseCitations(text);
  if (!citation) throw new Error(`no citation in ${text}`);
  return resolveCitation(citation, registry, context);
}

describe('symbolKey', () => {
  it('ignores case, spacing, dash variants and leading zeros', () => {
    expect(symbolKey('07-NQ/TU')).toBe(symbolKey('7 – nq/tu'));
    expect(symbolKey('144-QĐ/TW')).not.toBe(symbolKey('144-CT/TW'));
  });
});

describe('resolveCitation', () => {
  it('resolves the known erratum 144-CT/TW to 144-QĐ/TW, reporting the mismatch as acknowledged', () => {
    const r = resolveText('Quy định số 144-CT/TW, ngày 09/5/2024 của Bộ Chính trị');
    expect(r.status).toBe('resolved');
    expect(r.documentId).toBe('qd-144-tw-2024');
    expect(r.viaAlias).toBe(true);
    expect(r.mismatches.map((m) => m.kind).sort()).toEqual(['alias', 'type-symbol']);
  });

  it('takes the type from the word before the symbol (Quyết định vs Quy định, both QĐ)', () => {
    expect(resolveText('Quyết định số 290-QĐ/TW ngày 25/02/2010').documentId).toBe('qd-290-tw-2010');
    expect(resolveText('Quy định số 290-QĐ/TW').documentId).toBe('qd-290-tw-2019');
  });

  it('uses the term (khóa) when there is no date', () => {
    const r = resolveText('Nghị quyết số 27-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XIII về');
    expect(r).toMatchObject({ status: 'resolved', documentId: 'nq-27-tw-2022' });
    expect(resolveText('Nghị quyết số 27-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XII về').documentId).toBe('nq-27-tw-2018');
  });

  it('reports what stays ambiguous and picks the newest earlier document', () => {
    const r = resolveText('Nghị quyết số 27-NQ/TW');
    expect(r.status).toBe('ambiguous');
    expect(r.documentId).toBe('nq-27-tw-2022');
    expect(r.status === 'ambiguous' && r.candidates).toEqual(['nq-27-tw-2022', 'nq-27-tw-2018']);
    // Written in 2020, only the 2018 resolution existed.
    expect(resolveText('Nghị quyết số 27-NQ/TW', { ...hauGiang2024, year: 2020 })).toMatchObject({ status: 'resolved', documentId: 'nq-27-tw-2018' });
  });

  it('reads a local code (TU) as the citing programme’s own province', () => {
    expect(resolveText('Nghị quyết số 07-NQ/TU ngày 09/11/2022').documentId).toBe('nq-07-tu-hau-giang-2022');
    expect(resolveText('Nghị quyết số 07-NQ/TU', canTho2024).documentId).toBe('nq-07-tu-can-tho-2021');
  });

  it('creates a document from the citation when the registry does not have it', () => {
    const r = resolveText('Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII');
    expect(r.status).toBe('created');
    expect(r.documentId).toBe('nq-18-tw-2017');
    if (r.status === 'created') expect(r.created).toMatchObject({ type: 'nghi-quyet', symbol: '18-NQ/TW', date: '2017-10-25', term: 'XII' });
    expect(resolveText('Chỉ thị số 05-CT/TU').documentId).toBe('ct-05-tu-hau-giang');
    expect(resolveText('Nghị định số 30/2020/NĐ-CP').documentId).toBe('nd-30-2020-cp');
    // Another province's 07-NQ/TU is not this province's: created, with this province in its id.
    const other = buildRegistry([doc({ id: 'x', type: 'nghi-quyet', number: '07', symbol: '07-NQ/TU', issuerId: 'tu-ct', date: '2021-03-01' })], issuers);
    const [c] = parseCitations('Nghị quyết số 07-NQ/TU ngày 09/11/2022');
    expect(c && resolveCitation(c, other, hauGiang2024).documentId).toBe('nq-07-tu-hau-giang-2022');
  });

  it('reports a date that disagrees with the registry', () => {
    const r = resolveText('Chỉ thị... Nghị quyết số 07-NQ/TU ngày 10/11/2022');
    expect(r.documentId).toBe('nq-07-tu-hau-giang-2022');
    expect(r.mismatches.map((m) => m.kind)).toEqual(['date']);
  });
});

describe('createdDocumentId', () => {
  it('builds ASCII ids that carry issuer, locality and year', () => {
    expect(createdDocumentId({ kind: 'party', code: 'QĐi', number: '08', issuerCode: 'TW', year: 2018 })).toBe('qdi-08-tw-2018');
    expect(createdDocumentId({ kind: 'party', code: 'NQ', number: '07', issuerCode: 'TU', place: 'Hậu Giang', year: 2022 })).toBe('nq-07-tu-hau-giang-2022');
    expect(createdDocumentId({ kind: 'state', code: 'QĐ', number: '1588', issuerCode: 'TTg', year: 2023 })).toBe('qd-1588-ttg-2023');
    expect(createdDocumentId({ kind: 'state', code: 'luat', number: '59', issuerCode: 'QH14', stateYear: 2020 })).toBe('luat-59-2020-qh14');
  });
});

describe('local codes through the issuer hierarchy', () => {
  const withDistrict: RegistryIssuer[] = [
    ...issuers.map((i) => (i.id === 'tu-hg' ? { ...i, parentId: 'bch-tw' } : i)),
    { id: 'hu-phung-hiep', code: 'HU', shortName: 'Huyện ủy Phụng Hiệp', place: 'Phụng Hiệp', parentId: 'tu-hg' },
  ];
  const hierarchy = buildRegistry(
    [doc({ id: 'qd-4218-tu-hau-giang-2024', type: 'quy-dinh', number: '4218', symbol: '4218-QĐ/TU', issuerId: 'tu-hg', date: '2024-03-01' })],
    withDistrict,
  );
  const district = withDistrict.find((i) => i.id === 'hu-phung-hiep') as RegistryIssuer;
  const resolveIn = (text: string) => {
    const [citation] = parseCitations(text);
    if (!citation) throw new Error(text);
    return resolveCitation(citation, hierarchy, { issuer: district, year: 2025 });
  };

  it('a district programme citing …/TU means its province’s committee', () => {
    expect(resolveIn('Quy định số 4218-QĐ/TU ngày 01/3/2024')).toMatchObject({ status: 'resolved', documentId: 'qd-4218-tu-hau-giang-2024' });
    // Unknown to the registry: the created id carries the province, not the district.
    expect(resolveIn('Nghị quyết số 99-NQ/TU ngày 01/3/2024')).toMatchObject({ status: 'created', documentId: 'nq-99-tu-hau-giang-2024' });
  });

  it('its own code (…/HU) means the district itself', () => {
    expect(resolveIn('Nghị quyết số 05-NQ/HU ngày 01/3/2024')).toMatchObject({ status: 'created', documentId: 'nq-05-hu-phung-hiep-2024' });
  });
});
