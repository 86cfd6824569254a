/**
 * Table-driven tests of real-world citation forms, positive and negative.
 * Each positive row lists the citations expected, in order, as partial objects;
 * each negative row expects no citation at all.
 */
import { describe, expect, it } from 'vitest';
import { parseCitations, type Citation } from '../../../src/lib/citations';

type Expected = { [K in keyof Citation]?: Citation[K] | undefined };

interface Row {
  name: string;
  input: string;
  expected: Expected[];
}

const positives: Row[] = [
  {
    name: 'full Party citation with date and body',
    input: 'Nghị quyết số 07-NQ/TU ngày 09/11/2022 của Ban Chấp hành Đảng bộ tỉnh',
    expected: [
      {
        kind: 'party',
        type: 'nghi-quyet',
        typeWord: 'Nghị quyết',
        code: 'NQ',
        number: '07',
        numberValue: 7,
        symbol: '07-NQ/TU',
        issuerCode: 'TU',
        date: '2022-11-09',
        issuingBody: 'Ban Chấp hành Đảng bộ tỉnh',
        text: 'Nghị quyết số 07-NQ/TU',
      },
    ],
  },
  {
    name: 'regulation with QĐ takes its type from the word',
    input: 'Quy định số 4218-QĐ/TU ngày 21/10/2024',
    expected: [{ type: 'quy-dinh', code: 'QĐ', symbol: '4218-QĐ/TU', date: '2024-10-21', text: 'Quy định số 4218-QĐ/TU' }],
  },
  {
    name: 'directive of the Politburo',
    input: 'Chỉ thị số 27-CT/TW ngày 25/12/2023 của Bộ Chính trị',
    expected: [{ type: 'chi-thi', symbol: '27-CT/TW', date: '2023-12-25', issuingBody: 'Bộ Chính trị', text: 'Chỉ thị số 27-CT/TW' }],
  },
  {
    name: 'no date, term from khóa XIII',
    input: 'Nghị quyết số 27-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục xây dựng',
    expected: [
      { type: 'nghi-quyet', symbol: '27-NQ/TW', term: 'XIII', issuingBody: 'Ban Chấp hành Trung ương Đảng', text: 'Nghị quyết số 27-NQ/TW' },
    ],
  },
  {
    name: 'term spelled khoá (old tone placement)',
    input: 'Nghị quyết số 27-NQ/TW của Ban Chấp hành Trung ương Đảng khoá XIII.',
    expected: [{ symbol: '27-NQ/TW', term: 'XIII', text: 'Nghị quyết số 27-NQ/TW' }],
  },
  {
    name: 'comma before the date',
    input: 'Quy định số 144-QĐ/TW, ngày 09/5/2024 của Bộ Chính trị quy định về chuẩn mực',
    expected: [{ type: 'quy-dinh', symbol: '144-QĐ/TW', date: '2024-05-09', issuingBody: 'Bộ Chính trị', text: 'Quy định số 144-QĐ/TW' }],
  },
  {
    name: 'word and code disagree: typeMismatch',
    input: 'gắn với Quy định số 144-CT/TW, ngày 09/5/2024',
    expected: [
      { type: 'quy-dinh', code: 'CT', symbol: '144-CT/TW', typeMismatch: { word: 'quy-dinh', code: 'CT' }, text: 'Quy định số 144-CT/TW' },
    ],
  },
  {
    name: 'list: one word and one date for two documents',
    input: 'các Nghị quyết số 18-NQ/TW, 19-NQ/TW ngày 25/10/2017',
    expected: [
      { type: 'nghi-quyet', symbol: '18-NQ/TW', date: '2017-10-25', text: 'Nghị quyết số 18-NQ/TW' },
      { type: 'nghi-quyet', symbol: '19-NQ/TW', date: '2017-10-25', text: '19-NQ/TW' },
    ],
  },
  {
    name: 'list joined by và',
    input: 'Nghị quyết số 18-NQ/TW và 19-NQ/TW của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII',
    expected: [
      { type: 'nghi-quyet', symbol: '18-NQ/TW', term: 'XII', text: 'Nghị quyết số 18-NQ/TW' },
      { type: 'nghi-quyet', symbol: '19-NQ/TW', term: 'XII', issuingBody: 'Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng', text: '19-NQ/TW' },
    ],
  },
  {
    name: 'list item with another code keeps its own type',
    input: 'Nghị quyết số 18-NQ/TW, 05-CT/TW',
    expected: [
      { type: 'nghi-quyet', symbol: '18-NQ/TW' },
      { type: 'chi-thi', symbol: '05-CT/TW', text: '05-CT/TW' },
    ],
  },
  {
    name: 'list items with their own dates',
    input: 'Nghị quyết số 18-NQ/TW ngày 25/10/2017, 19-NQ/TW, 20-NQ/TW ngày 16/6/2022',
    expected: [
      { symbol: '18-NQ/TW', date: '2017-10-25', text: 'Nghị quyết số 18-NQ/TW' },
      { symbol: '19-NQ/TW', date: '2022-06-16', type: 'nghi-quyet', text: '19-NQ/TW' },
      { symbol: '20-NQ/TW', date: '2022-06-16', text: '20-NQ/TW' },
    ],
  },
  { name: 'without số', input: 'Nghị quyết 18-NQ/TW', expected: [{ type: 'nghi-quyet', symbol: '18-NQ/TW', text: 'Nghị quyết 18-NQ/TW' }] },
  { name: 'Quy định without số', input: 'theo Quy định 144-QĐ/TW.', expected: [{ type: 'quy-dinh', symbol: '144-QĐ/TW', text: 'Quy định 144-QĐ/TW' }] },
  { name: 'số with a colon', input: 'Nghị quyết số: 07-NQ/TU', expected: [{ symbol: '07-NQ/TU', text: 'Nghị quyết số: 07-NQ/TU' }] },
  { name: 'date D-M-YYYY', input: 'Nghị quyết số 07-NQ/TU ngày 9-11-2022', expected: [{ symbol: '07-NQ/TU', date: '2022-11-09' }] },
  { name: 'date D.M.YYYY', input: 'Nghị quyết số 07-NQ/TU ngày 9.11.2022', expected: [{ symbol: '07-NQ/TU', date: '2022-11-09' }] },
  {
    name: 'date in words',
    input: 'Nghị quyết số 07-NQ/TU ngày 09 tháng 11 năm 2022 của Tỉnh ủy',
    expected: [{ symbol: '07-NQ/TU', date: '2022-11-09', issuingBody: 'Tỉnh ủy' }],
  },
  { name: 'impossible date is dropped', input: 'Nghị quyết số 07-NQ/TU ngày 31/02/2022', expected: [{ symbol: '07-NQ/TU', date: undefined }] },
  { name: 'dash instead of slash', input: 'theo 72-NQ-TW', expected: [{ type: 'nghi-quyet', symbol: '72-NQ/TW', text: '72-NQ-TW' }] },
  { name: 'CTr written Ctr', input: 'Chương trình số 65-Ctr/TU', expected: [{ type: 'chuong-trinh', code: 'CTr', symbol: '65-CTr/TU', text: 'Chương trình số 65-Ctr/TU' }] },
  { name: 'CTr written CTR, type from code', input: 'xem 65-CTR/TU', expected: [{ type: 'chuong-trinh', code: 'CTr', symbol: '65-CTr/TU', text: '65-CTR/TU' }] },
  { name: 'canonical CTr', input: 'Chương trình số 65-CTr/TU', expected: [{ type: 'chuong-trinh', symbol: '65-CTr/TU' }] },
  { name: 'action programme', input: 'Chương trình hành động số 12-CTr/TU', expected: [{ type: 'chuong-trinh', text: 'Chương trình hành động số 12-CTr/TU' }] },
  { name: 'spaces around the dash', input: 'Nghị quyết số 27 - NQ/TW', expected: [{ symbol: '27-NQ/TW', text: 'Nghị quyết số 27 - NQ/TW' }] },
  { name: 'en dash and spaced slash', input: 'Nghị quyết số 27 – NQ / TW', expected: [{ symbol: '27-NQ/TW', text: 'Nghị quyết số 27 – NQ / TW' }] },
  { name: 'non-breaking hyphen', input: 'Nghị quyết số 07\u2011NQ/TU', expected: [{ symbol: '07-NQ/TU', text: 'Nghị quyết số 07\u2011NQ/TU' }] },
  { name: 'lower-case issuer', input: 'Nghị quyết số 07-NQ/tu', expected: [{ symbol: '07-NQ/TU', issuerCode: 'TU', text: 'Nghị quyết số 07-NQ/tu' }] },
  { name: 'QĐi regulation', input: 'Quy định số 08-QĐi/TW', expected: [{ type: 'quy-dinh', code: 'QĐi', symbol: '08-QĐi/TW' }] },
  { name: 'QĐi alone is unambiguous', input: 'xem 08-QĐi/TW', expected: [{ type: 'quy-dinh', symbol: '08-QĐi/TW', text: '08-QĐi/TW' }] },
  { name: 'Party QĐ alone is ambiguous', input: 'xem 144-QĐ/TW', expected: [{ type: undefined, code: 'QĐ', symbol: '144-QĐ/TW' }] },
  {
    name: 'guidance of the Central Inspection Commission',
    input: 'Hướng dẫn số 08-HD/UBKTTW ngày 18/11/2024 của Ủy ban Kiểm tra Trung ương về công tác',
    expected: [{ type: 'huong-dan', symbol: '08-HD/UBKTTW', issuerCode: 'UBKTTW', date: '2024-11-18', issuingBody: 'Ủy ban Kiểm tra Trung ương' }],
  },
  { name: 'scheme', input: 'Đề án số 08-ĐA/TU', expected: [{ type: 'de-an', code: 'ĐA', symbol: '08-ĐA/TU' }] },
  { name: 'rules', input: 'Quy chế số 20-QC/TU ngày 18/4/2023', expected: [{ type: 'quy-che', symbol: '20-QC/TU', date: '2023-04-18' }] },
  {
    name: 'decision, not regulation',
    input: 'Quyết định số 290-QĐ/TW ngày 25/02/2010 của Bộ chính trị về ban hành',
    expected: [{ type: 'quyet-dinh', symbol: '290-QĐ/TW', date: '2010-02-25', issuingBody: 'Bộ chính trị' }],
  },
  { name: 'decision with Party QĐ keeps the word type', input: 'Quyết định số 1047-QĐ/TU', expected: [{ type: 'quyet-dinh', symbol: '1047-QĐ/TU' }] },
  { name: 'conclusion', input: 'Kết luận số 21-KL/TW', expected: [{ type: 'ket-luan', symbol: '21-KL/TW' }] },
  { name: 'notice', input: 'Thông báo số 12-TB/TU', expected: [{ type: 'thong-bao', symbol: '12-TB/TU' }] },
  { name: 'notice of conclusions', input: 'Thông báo kết luận số 12-TB/TU', expected: [{ type: 'thong-bao', text: 'Thông báo kết luận số 12-TB/TU' }] },
  { name: 'Party circular (thông tri)', input: 'Thông tri số 05-TT/TU', expected: [{ type: 'thong-tri', symbol: '05-TT/TU' }] },
  { name: 'Party TT alone is a thông tri', input: 'xem 05-TT/TU', expected: [{ type: 'thong-tri', symbol: '05-TT/TU' }] },
  { name: 'plan', input: 'Kế hoạch số 123-KH/TU', expected: [{ type: 'ke-hoach', symbol: '123-KH/TU' }] },
  { name: 'submission', input: 'Tờ trình số 15-TTr/BCS', expected: [{ type: 'to-trinh', code: 'TTr', symbol: '15-TTr/BCS' }] },
  { name: 'report', input: 'Báo cáo số 300-BC/TU', expected: [{ type: 'bao-cao', symbol: '300-BC/TU' }] },
  { name: 'letter', input: 'Công văn số 1234-CV/TU', expected: [{ type: 'cong-van', symbol: '1234-CV/TU' }] },
  { name: 'plan (phương án)', input: 'Phương án số 02-PA/TU', expected: [{ type: 'phuong-an', symbol: '02-PA/TU' }] },
  { name: 'Party committee issuer ĐU', input: 'Đảng ủy: 05-NQ/ĐU', expected: [{ symbol: '05-NQ/ĐU', issuerCode: 'ĐU' }] },
  {
    name: 'State decree',
    input: 'Nghị định số 30/2020/NĐ-CP',
    expected: [{ kind: 'state', type: 'nghi-dinh', code: 'NĐ', symbol: '30/2020/NĐ-CP', issuerCode: 'CP', year: 2020, number: '30' }],
  },
  {
    name: 'State decision of the Prime Minister',
    input: 'Quyết định số 1588/QĐ-TTg',
    expected: [{ kind: 'state', type: 'quyet-dinh', symbol: '1588/QĐ-TTg', issuerCode: 'TTg', year: undefined }],
  },
  { name: 'State QĐ alone is a decision', input: 'xem 1588/QĐ-TTg', expected: [{ type: 'quyet-dinh', symbol: '1588/QĐ-TTg' }] },
  { name: 'State circular', input: 'Thông tư số 01/2011/TT-BNV', expected: [{ type: 'thong-tu', symbol: '01/2011/TT-BNV', year: 2011 }] },
  { name: 'State TT alone is a thông tư', input: 'xem 05/2020/TT-BTC', expected: [{ type: 'thong-tu', symbol: '05/2020/TT-BTC' }] },
  { name: 'law', input: 'Luật số 59/2020/QH14', expected: [{ kind: 'state', type: 'luat', code: '', symbol: '59/2020/QH14', issuerCode: 'QH14' }] },
  { name: 'resolution of the National Assembly', input: 'Nghị quyết số 30/2021/QH15', expected: [{ type: 'nghi-quyet', symbol: '30/2021/QH15' }] },
  { name: 'ordinance', input: 'Pháp lệnh số 02/2022/UBTVQH15', expected: [{ type: 'phap-lenh', symbol: '02/2022/UBTVQH15' }] },
  {
    name: 'joint circular with two issuers',
    input: 'Thông tư liên tịch số 01/2015/TTLT-BNV-BTC',
    expected: [{ type: 'thong-tu-lien-tich', code: 'TTLT', symbol: '01/2015/TTLT-BNV-BTC', issuerCode: 'BNV-BTC' }],
  },
  { name: 'State directive', input: 'Chỉ thị số 18/CT-TTg', expected: [{ type: 'chi-thi', symbol: '18/CT-TTg' }] },
  { name: 'provincial plan', input: 'theo 123/KH-UBND', expected: [{ type: 'ke-hoach', symbol: '123/KH-UBND' }] },
  { name: 'symbol at the start of the text', input: '07-NQ/TU là nghị quyết', expected: [{ symbol: '07-NQ/TU', start: 0, text: '07-NQ/TU' }] },
  { name: 'symbol at the end of the text', input: 'thực hiện 07-NQ/TU', expected: [{ symbol: '07-NQ/TU', end: 18 }] },
  { name: 'inside parentheses', input: '(Nghị quyết số 07-NQ/TU)', expected: [{ symbol: '07-NQ/TU', text: 'Nghị quyết số 07-NQ/TU' }] },
  { name: 'inside curly quotes', input: '“Nghị quyết số 07-NQ/TU”', expected: [{ text: 'Nghị quyết số 07-NQ/TU' }] },
  { name: 'followed by a full stop', input: 'thực hiện 07-NQ/TU.', expected: [{ text: '07-NQ/TU' }] },
  {
    name: 'followed by semicolon and comma',
    input: 'các văn bản 07-NQ/TU; 08-NQ/TU, v.v.',
    expected: [{ text: '07-NQ/TU' }, { text: '08-NQ/TU' }],
  },
  { name: 'ALL-CAPS words', input: 'NGHỊ QUYẾT SỐ 07-NQ/TU', expected: [{ type: 'nghi-quyet', typeWord: 'NGHỊ QUYẾT', text: 'NGHỊ QUYẾT SỐ 07-NQ/TU' }] },
  { name: 'mixed case words', input: 'Nghị Quyết Số 07-NQ/TU', expected: [{ type: 'nghi-quyet', text: 'Nghị Quyết Số 07-NQ/TU' }] },
  {
    name: 'NFD input',
    input: 'Nghi\u0323 quyê\u0301t sô\u0301 07-NQ/TU',
    expected: [{ type: 'nghi-quyet', typeWord: 'Nghi\u0323 quyê\u0301t', text: 'Nghi\u0323 quyê\u0301t sô\u0301 07-NQ/TU' }],
  },
  {
    name: 'U+00D0 look-alike in the code and the word',
    input: '\u00D0ề án số 08-\u00D0A/TU và Quy định số 4218-Q\u00D0/TU',
    expected: [
      { type: 'de-an', symbol: '08-ĐA/TU', text: '\u00D0ề án số 08-\u00D0A/TU' },
      { type: 'quy-dinh', symbol: '4218-QĐ/TU', text: 'Quy định số 4218-Q\u00D0/TU' },
    ],
  },
  {
    name: 'no-break spaces between words',
    input: 'Nghị\u00A0quyết\u00A0số\u00A007-NQ/TU\u00A0ngày\u00A009/11/2022',
    expected: [{ type: 'nghi-quyet', date: '2022-11-09', text: 'Nghị\u00A0quyết\u00A0số\u00A007-NQ/TU' }],
  },
  { name: 'hard line break inside the citation', input: 'Nghị quyết số\n07-NQ/TU', expected: [{ type: 'nghi-quyet', text: 'Nghị quyết số\n07-NQ/TU' }] },
  { name: 'invisible character after the symbol is not in the span', input: 'theo 07-NQ/TU\u200B, và', expected: [{ text: '07-NQ/TU' }] },
  { name: 'số without a word is not in the span', input: 'văn bản số 07-NQ/TU', expected: [{ type: 'nghi-quyet', typeWord: undefined, text: '07-NQ/TU' }] },
  { name: 'unmarked type word is not a type word', input: 'Nghi quyet so 07-NQ/TU', expected: [{ typeWord: undefined, text: '07-NQ/TU' }] },
  {
    name: 'two citations in one sentence, each with its body',
    input:
      'Nghị quyết số 07-NQ/TU ngày 09/11/2022 của Ban Chấp hành Đảng bộ tỉnh thực hiện Nghị quyết số 20-NQ/TW ngày 16/6/2022 của Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục',
    expected: [
      { symbol: '07-NQ/TU', date: '2022-11-09', issuingBody: 'Ban Chấp hành Đảng bộ tỉnh', term: undefined },
      {
        symbol: '20-NQ/TW',
        date: '2022-06-16',
        issuingBody: 'Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng',
        term: 'XIII',
        text: 'Nghị quyết số 20-NQ/TW',
      },
    ],
  },
  {
    name: 'body ends at ban hành',
    input: 'Quyết định số 99-QĐ/TW ngày 03/10/2017 của Ban Bí thư ban hành khung hướng dẫn',
    expected: [{ type: 'quyet-dinh', issuingBody: 'Ban Bí thư' }],
  },
  {
    name: 'body starting in lower case is not a body',
    input: 'Nghị quyết số 07-NQ/TU của tỉnh về phát triển',
    expected: [{ symbol: '07-NQ/TU', issuingBody: undefined }],
  },
  {
    name: 'a date before the citation is not its date',
    input: 'Ngày 09/11/2022, Tỉnh ủy ban hành Nghị quyết số 07-NQ/TU.',
    expected: [{ symbol: '07-NQ/TU', date: undefined }],
  },
  {
    name: 'citation inside a seed-like sentence',
    input: 'Tổ chức tổng kết 15 năm thực hiện Quyết định số 290-QĐ/TW ngày 25/02/2010 của Bộ chính trị.',
    expected: [{ type: 'quyet-dinh', text: 'Quyết định số 290-QĐ/TW' }],
  },
  // Forms met in real text that the parser used to miss (issue 10)
  {
    name: 'official letter without a type code (Công văn số …)',
    input: 'theo Công văn số 5571/BGDĐT-TTr ngày 15/11/2023 của Bộ Giáo dục và Đào tạo',
    expected: [{ kind: 'state', type: 'cong-van', code: '', symbol: '5571/BGDĐT-TTr', issuerCode: 'BGDĐT-TTr', date: '2023-11-15', text: 'Công văn số 5571/BGDĐT-TTr' }],
  },
  {
    name: 'official letter without số',
    input: 'Công văn 202/TTg-NN của Thủ tướng Chính phủ',
    expected: [{ kind: 'state', type: 'cong-van', symbol: '202/TTg-NN', issuingBody: 'Thủ tướng Chính phủ', text: 'Công văn 202/TTg-NN' }],
  },
  {
    name: 'bare số after a verb: an official letter',
    input: 'như Thủ tướng Chính phủ đã chỉ đạo tại số 73/TTg-CN ngày 05/02/2024',
    expected: [{ kind: 'state', type: 'cong-van', symbol: '73/TTg-CN', date: '2024-02-05', text: '73/TTg-CN' }],
  },
  {
    name: 'State report without a type code',
    input: 'Báo cáo số 5382/BTC-QLCS của Bộ Tài chính',
    expected: [{ kind: 'state', type: 'bao-cao', symbol: '5382/BTC-QLCS', text: 'Báo cáo số 5382/BTC-QLCS' }],
  },
  {
    name: 'State submission and notice with their codes',
    input: 'Tờ trình số 45/TTr-UBND và Thông báo số 120/TB-VPCP',
    expected: [
      { kind: 'state', type: 'to-trinh', symbol: '45/TTr-UBND', text: 'Tờ trình số 45/TTr-UBND' },
      { kind: 'state', type: 'thong-bao', symbol: '120/TB-VPCP', text: 'Thông báo số 120/TB-VPCP' },
    ],
  },
  {
    name: 'Party report, submission and notice',
    input: 'Báo cáo số 12-BC/TU, Tờ trình số 05-TTr/TU và Thông báo số 70-TB/TW',
    expected: [
      { kind: 'party', type: 'bao-cao', symbol: '12-BC/TU' },
      { kind: 'party', type: 'to-trinh', symbol: '05-TTr/TU' },
      { kind: 'party', type: 'thong-bao', symbol: '70-TB/TW' },
    ],
  },
  {
    name: 'joint circular of several bodies, one with &',
    input: 'Thông tư liên tịch số 03/2010/TTLT-BNV-BTC-BLĐTB&XH ngày 30/7/2010',
    expected: [{ kind: 'state', type: 'thong-tu-lien-tich', code: 'TTLT', year: 2010, issuerCode: 'BNV-BTC-BLĐTB&XH', symbol: '03/2010/TTLT-BNV-BTC-BLĐTB&XH', date: '2010-07-30' }],
  },
  {
    name: 'State symbol in lower case after its type word',
    input: 'Nghị định số 116/2013/nđ-cp của Chính phủ',
    expected: [{ kind: 'state', type: 'nghi-dinh', code: 'NĐ', issuerCode: 'CP', symbol: '116/2013/NĐ-CP', text: 'Nghị định số 116/2013/nđ-cp' }],
  },
  {
    name: 'a space instead of the hyphen',
    input: 'Quyết định số 84 QĐ/TWĐTN của Ban Bí thư Trung ương Đoàn',
    expected: [{ kind: 'party', type: 'quyet-dinh', symbol: '84-QĐ/TWĐTN', issuerCode: 'TWĐTN', text: 'Quyết định số 84 QĐ/TWĐTN' }],
  },
  {
    name: 'a colon after số and a stray space before the slash',
    input: 'Thông tư số:22 /2023/TT-BYT ngày 17/11/2023',
    expected: [{ kind: 'state', type: 'thong-tu', symbol: '22/2023/TT-BYT', date: '2023-11-17', text: 'Thông tư số:22 /2023/TT-BYT' }],
  },
  {
    name: 'the next word glued to the symbol',
    input: 'Thông báo số 70-TB/TWngày 20/3/2022 của Bộ Chính trị',
    expected: [{ kind: 'party', type: 'thong-bao', symbol: '70-TB/TW', date: '2022-03-20', issuingBody: 'Bộ Chính trị', text: 'Thông báo số 70-TB/TW' }],
  },
  {
    name: 'slashes instead of the hyphen',
    input: 'Quyết định số 646/QĐ/QUTW của Quân ủy Trung ương',
    expected: [{ kind: 'party', type: 'quyet-dinh', symbol: '646-QĐ/QUTW', issuerCode: 'QUTW', text: 'Quyết định số 646/QĐ/QUTW' }],
  },
];

const negatives: Array<{ name: string; input: string }> = [
  { name: 'term period', input: 'nhiệm kỳ 2025 - 2030' },
  { name: 'planning period', input: 'Quy hoạch tỉnh Hậu Giang thời kỳ 2021 - 2030, tầm nhìn đến năm 2050' },
  { name: 'crop season', input: 'vụ lúa Đông Xuân năm 2024 - 2025' },
  { name: 'date', input: 'ngày 09/11/2022' },
  { name: 'another date', input: 'ngày 25/12/2023' },
  { name: 'anniversary range', input: '(03/02/1930 - 03/02/2025)' },
  { name: 'anniversary range, no leading zero', input: '(3/02/1930 - 3/02/2025)' },
  { name: 'date range', input: 'từ 01/01/2024 đến 31/12/2024' },
  { name: 'date in words alone', input: 'ngày 09 tháng 11 năm 2022' },
  { name: 'date with dashes alone', input: 'ngày 9-11-2022' },
  { name: 'ratio', input: 'đạt 27/30 chỉ tiêu' },
  { name: 'section number', input: '1.6. Công tác kiểm tra, giám sát' },
  { name: 'Roman section', input: 'mục II.1' },
  { name: 'Roman ordinal', input: 'Đại hội Đảng bộ tỉnh lần thứ XV' },
  { name: 'ordinal in words', input: 'Hội nghị lần thứ năm' },
  { name: 'một số', input: 'một số công tác trọng tâm' },
  { name: 'số as a count', input: 'số 15 đồng chí' },
  { name: 'số lượng', input: 'số lượng 27' },
  { name: "Women's day", input: 'ngày Quốc tế Phụ nữ 8/3' },
  { name: 'Youth Union day', input: 'Đoàn Thanh niên Cộng sản Hồ Chí Minh 26/3' },
  { name: 'batch', input: 'xét tặng Huy hiệu Đảng (đợt 3/2)' },
  { name: 'anniversary', input: 'kỷ niệm 95 năm' },
  { name: 'percentage', input: 'hoàn thành 100% chỉ tiêu' },
  { name: 'bare NQ/TW', input: 'các NQ/TW của Trung ương' },
  { name: 'bare NQ-TW', input: 'NQ-TW' },
  { name: 'URL path', input: 'xem https://x.vn/27-NQ/TW' },
  { name: 'URL query', input: 'https://x.vn/van-ban?so=27-NQ/TW' },
  { name: 'www URL', input: 'www.x.vn/vb_27-NQ/TW' },
  { name: 'COVID-19', input: 'dịch COVID-19' },
  { name: 'OCOP', input: 'Chương trình OCOP' },
  { name: 'H5N1', input: 'cúm H5N1' },
  { name: 'ISO', input: 'ISO 9001:2015' },
  { name: 'Covid-19/2021', input: 'Covid-19/2021' },
  { name: 'blank header symbol', input: 'Số        -CTr/TU' },
  { name: 'unknown code', input: 'số 27-XY/TW' },
  { name: 'QD without đ is not QĐ', input: 'Quy định số 27-QD/TW' },
  { name: 'too many digits', input: 'mã 123456-NQ/TW' },
  { name: 'issuer runs into a word', input: '07-NQ/TUẦN' },
  { name: 'dash form with lower-case issuer', input: 'bước 2-TT-tiếp' },
  { name: 'State issuer in lower case', input: '30/2020/nđ-cp' },
  { name: 'uncoded State form without a word or số', input: 'theo 5571/BGDĐT-TTr' },
  { name: 'bare số before a one-part uncoded form', input: 'nhà số 5/KP' },
  { name: 'bare số before a street address', input: 'số 12/Nguyễn Trãi' },
  { name: 'space form with a lower-case code', input: 'lớp 12 ct/TW' },
  { name: 'a colon not after số', input: 'tỷ lệ:22/2023/TT-BYT' },
  { name: 'glued word that is not a trailer word', input: '70-TB/TWnghiêm' },
  { name: 'room and apartment numbers', input: 'phòng 3/A2, căn hộ 12/B' },
  { name: 'law number without year', input: '59/QH14' },
  { name: 'named reference without a symbol', input: 'Căn cứ Chương trình công tác năm 2025' },
  { name: 'half a number', input: '1/2 số đảng viên' },
  { name: 'version-like', input: 'v1.2-NQ/TW' },
];

describe('parseCitations: real-world positive forms', () => {
  it.each(positives)('$name', ({ input, expected }) => {
    const found = parseCitations(input);
    expect(found).toHaveLength(expected.length);
    expected.forEach((exp, k) => {
      const c = found[k];
      expect(c).toBeDefined();
      if (c === undefined) return;
      expect(input.slice(c.start, c.end)).toBe(c.text);
      for (const [key, value] of Object.entries(exp)) {
        expect(c[key as keyof Citation], `${key} of ${c.symbol}`).toEqual(value);
      }
    });
  });
});

describe('parseCitations: negatives', () => {
  it.each(negatives)('$name: $input', ({ input }) => {
    expect(parseCitations(input)).toEqual([]);
  });
});

describe('parseCitations: table size', () => {
  it('covers at least 70 real-world forms', () => {
    expect(positives.length + negatives.length).toBeGreaterThanOrEqual(70);
  });
});

describe('parseCitations: odd inputs', () => {
  it('returns [] for empty and non-string input', () => {
    expect(parseCitations('')).toEqual([]);
    expect(parseCitations(undefined as unknown as string)).toEqual([]);
    expect(parseCitations(null as unknown as string)).toEqual([]);
    expect(parseCitations(42 as unknown as string)).toEqual([]);
  });

  it('ends the span before a trailing combining mark cluster is split', () => {
    // A combining mark after the issuer makes a different letter (Ú): no citation.
    expect(parseCitations('07-NQ/TU\u0301')).toEqual([]);
  });
});

describe('parseCitations: issuing body limits', () => {
  it('cuts a body with no stop after 12 words, back to a capitalised word', () => {
    const [c] = parseCitations(
      'Nghị quyết số 07-NQ/TU của Ban Chấp hành Đảng bộ tỉnh Hậu Giang lãnh đạo các cấp ủy chính quyền đoàn thể nhân dân cùng làm',
    );
    expect(c?.issuingBody).toBe('Ban Chấp hành Đảng bộ tỉnh Hậu Giang');
  });

  it('reads a term in parentheses after the body', () => {
    const [c] = parseCitations('Nghị quyết số 07-NQ/TU của Ban Chấp hành Đảng bộ tỉnh (khóa XIV) về');
    expect(c?.issuingBody).toBe('Ban Chấp hành Đảng bộ tỉnh');
    expect(c?.term).toBe('XIV');
  });
});
