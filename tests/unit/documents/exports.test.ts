import { expect, test } from 'vitest';
import type { DocumentExport } from '../../../src/lib/citations/exports';
import { withDocumentLife } from '../../../src/lib/documents/exports';
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
