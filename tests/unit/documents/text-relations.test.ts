import { describe, expect, test } from 'vitest';
import { parseCitations } from '../../../src/lib/citations/parse';
import { relationInGap, relationsInText, type SpanCitation } from '../../../src/lib/citations/relations';

/** Citations of a text with the symbol as document id (enough to see who acts on whom). */
function spans(text: string): SpanCitation[] {
  return parseCitations(text).map((c) => ({ start: c.start, end: c.end, documentId: c.symbol, type: c.type }));
}

describe('relations read from the text', () => {
  test.each([
    [
      'Tiếp tục đẩy mạnh phát triển kinh tế tập thể theo tinh thần Nghị quyết số 07-NQ/TU ngày 09/11/2022 của Ban Chấp hành Đảng bộ tỉnh thực hiện Nghị quyết số 20-NQ/TW ngày 16/6/2022 của Hội nghị lần thứ năm',
      [{ from: '07-NQ/TU', to: '20-NQ/TW', type: 'thuc-hien' }],
    ],
    [
      'Hướng dẫn số 12-HD/TU ngày 01/02/2023 của Ban Tuyên giáo Tỉnh ủy thực hiện Chỉ thị số 10/CT-TTg của Thủ tướng Chính phủ',
      [{ from: '12-HD/TU', to: '10/CT-TTg', type: 'huong-dan' }],
    ],
    ['Quy định số 10-QĐ/TU ngày 05/01/2024 (thay thế Quy định số 05-QĐ/TU)', [{ from: '10-QĐ/TU', to: '05-QĐ/TU', type: 'thay-the' }]],
    ['Quyết định số 15-QĐ/TU sửa đổi, bổ sung Quy chế số 20-QC/TU', [{ from: '15-QĐ/TU', to: '20-QC/TU', type: 'sua-doi-bo-sung' }]],
    ['Quyết định số 16-QĐ/TU bãi bỏ Quyết định số 03-QĐ/TU', [{ from: '16-QĐ/TU', to: '03-QĐ/TU', type: 'bai-bo' }]],
  ])('%s', (text, expected) => {
    expect(relationsInText(text, spans(text))).toEqual(expected);
  });

  test.each([
    // documents side by side in a list
    'Quán triệt các Nghị quyết số 18-NQ/TW, 19-NQ/TW ngày 25/10/2017',
    // a new clause between the two: not a relation between them
    'Quán triệt Nghị quyết số 07-NQ/TU của Tỉnh ủy về kinh tế tập thể và thực hiện Chỉ thị số 27-CT/TW của Bộ Chính trị',
    'Quán triệt Nghị quyết số 07-NQ/TU; thực hiện Chỉ thị số 27-CT/TW',
    'Quán triệt Nghị quyết số 07-NQ/TU, tiếp tục triển khai thực hiện Chỉ thị số 27-CT/TW',
    // the phrase stands before the first citation: nothing acts
    'Triển khai thực hiện Hướng dẫn số 08-HD/UBKTTW ngày 18/11/2024 của Ủy ban Kiểm tra Trung ương',
  ])('no relation: %s', (text) => {
    expect(relationsInText(text, spans(text))).toEqual([]);
  });

  test('a document subject relates the document itself to what it cites', () => {
    const subject = 'thực hiện Nghị quyết số 20-NQ/TW ngày 16/6/2022 của Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII';
    expect(relationsInText(subject, spans(subject), { documentId: 'nq-07', type: 'nghi-quyet' })).toEqual([
      { from: 'nq-07', to: '20-NQ/TW', type: 'thuc-hien' },
    ]);
  });

  test('the same document twice in a row is not a relation', () => {
    expect(relationInGap(' thực hiện ')).toBe('thuc-hien');
    const text = 'Nghị quyết số 07-NQ/TU thực hiện Nghị quyết số 7-NQ/TU';
    expect(relationsInText(text, spans(text).map((s) => ({ ...s, documentId: 'same' })))).toEqual([]);
  });
});

describe('relations read from full texts of documents', () => {
  test('are suggestions whose source is the paragraph of the full text', async () => {
    const { fullTextRelations } = await import('../../../src/lib/documents/suggested');
    expect(
      fullTextRelations([
        { citingDocumentId: 'qd-25', blockAnchor: 'muc-i-y-1', documentId: 'nq-07', relationsFrom: [{ to: 'nq-20', type: 'thuc-hien' }] },
        { citingDocumentId: 'qd-25', blockAnchor: 'muc-i-y-1', documentId: 'nq-20' },
      ]),
    ).toEqual([{ from: 'nq-07', to: 'nq-20', type: 'thuc-hien', origin: 'text', sources: [{ kind: 'full-text', documentId: 'qd-25', anchor: 'muc-i-y-1' }] }]);
  });
});
