import { expect, test } from 'vitest';
import type { DocumentExport } from '../../../src/lib/citations/exports';
import { withDocumentLife, withDocumentTexts } from '../../../src/lib/documents/exports';
import { mergeRelations, relationsOf } from '../../../src/lib/documents/relations';

test('the export carries status and relations from both ends, suggestions marked unconfirmed', () => {
  const item = (id: string) => ({ id, url: `/van-ban/${id}/` }) as DocumentExport;
  const records = mergeRelations(
    [{ from: 'b', to: 'a', type: 'thay-the', origin: 'editor' }],
    [{ from: 'c', to: 'a', type: 'thuc-hien', origin: 'text', sources: [] }],
  );
  const out = withDocumentLife([item('a')], {
    status: () => ({ value: 'het-hieu-luc', label: 'Hết hiệu lực', date: '2024-01-05', by: 'b' }),
    relations: (id) => relationsOf(id, records),
    organisation: () => 'Tỉnh ủy Hậu Giang',
    url: (id) => `/van-ban/${id}/`,
  });
  expect(out[0]).toMatchObject({
    id: 'a',
    organisation: 'Tỉnh ủy Hậu Giang',
    status: { value: 'het-hieu-luc', date: '2024-01-05', by: 'b' },
    relations: [
      { type: 'thay-the', direction: 'inverse', label: 'Bị thay thế bởi', document: 'b', url: '/van-ban/b/', confirmed: true },
      { type: 'thuc-hien', direction: 'inverse', label: 'Được thực hiện bởi', document: 'c', url: '/van-ban/c/', confirmed: false },
    ],
  });
});

test('the export says whether a document has a full text, its original file and the programme it is', () => {
  const out = withDocumentTexts([{ id: 'a' }, { id: 'b' }], {
    fullText: (id) => id === 'a',
    original: (id) => (id === 'a' ? { url: 'https://x/ban-goc/a.pdf', format: 'PDF', bytes: 614 } : null),
    programmeUrl: (id) => (id === 'b' ? 'https://x/chuong-trinh/tu/2025/' : null),
    citedByTexts: (id) => (id === 'b' ? 2 : 0),
  });
  expect(out).toEqual([
    { id: 'a', fullText: true, original: { url: 'https://x/ban-goc/a.pdf', format: 'PDF', bytes: 614 }, programmeUrl: null, citedByTexts: 0 },
    { id: 'b', fullText: false, original: null, programmeUrl: 'https://x/chuong-trinh/tu/2025/', citedByTexts: 2 },
  ]);
});
