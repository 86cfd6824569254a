/**
 * Interface text of the document pages (/van-ban/), the relation diagram and
 * the editors' messages about document records. Vietnamese, as an editor of a
 * Party publication would write it.
 */
import type { DocumentStatusId, RelationTypeId } from '../schemas';

/** Status labels (tình trạng hiệu lực). */
export const statusLabels: Record<DocumentStatusId, string> = {
  'con-hieu-luc': 'Còn hiệu lực',
  'het-hieu-luc': 'Hết hiệu lực',
  'het-hieu-luc-mot-phan': 'Hết hiệu lực một phần',
  'chua-ro': 'Chưa rõ hiệu lực',
};

/**
 * Relation names from both ends: `forward` is read on the document that acts
 * (07-NQ/TU *thực hiện* 20-NQ/TW), `inverse` on the other one (20-NQ/TW
 * *được thực hiện bởi* 07-NQ/TU).
 */
export const relationNames: Record<RelationTypeId, { forward: string; inverse: string }> = {
  'can-cu': { forward: 'Căn cứ', inverse: 'Được căn cứ tại' },
  'thuc-hien': { forward: 'Thực hiện', inverse: 'Được thực hiện bởi' },
  'huong-dan': { forward: 'Hướng dẫn', inverse: 'Được hướng dẫn bởi' },
  'sua-doi-bo-sung': { forward: 'Sửa đổi, bổ sung', inverse: 'Được sửa đổi, bổ sung bởi' },
  'thay-the': { forward: 'Thay thế', inverse: 'Bị thay thế bởi' },
  'bai-bo': { forward: 'Bãi bỏ', inverse: 'Bị bãi bỏ bởi' },
};

export const documentText = {
  indexTitle: 'Văn bản',
  citedHeading: 'Văn bản được dẫn chiếu',
  uncitedHeading: 'Văn bản liên quan',
  uncitedLead: 'Văn bản có trong danh mục nhưng chưa được chương trình nào dẫn chiếu: văn bản liên quan đến văn bản khác, văn bản cùng số ký hiệu cần phân biệt …',
  indexLead: (cited: number, uncited: number): string =>
    `${cited} văn bản được các chương trình công tác dẫn chiếu` + (uncited > 0 ? `; ${uncited} văn bản liên quan khác.` : '.'),
  citationCount: (n: number): string => (n === 0 ? 'chưa được dẫn chiếu' : `dẫn chiếu ${n} lần`),
  filtersHeading: 'Lọc văn bản',
  filterByType: 'Theo loại văn bản',
  filterByIssuer: 'Theo cơ quan ban hành',
  filterByYear: 'Theo năm ban hành',
  allDocuments: 'Tất cả văn bản',
  facetTitle: (label: string): string => `Văn bản: ${label}`,
  facetLead: (count: number, label: string): string => `${count} văn bản — ${label}.`,
  /** After a group heading whose first documents are on the previous page. */
  continued: '(tiếp theo)',
  /** Under an issuing body on a page of /van-ban/ when it has documents on other pages too. */
  issuerAll: (count: number): string => `Xem tất cả ${count} văn bản của cơ quan này`,
  unknownYear: 'Chưa rõ năm',
  unknownIssuer: 'Chưa rõ cơ quan ban hành',
  properties: 'Thuộc tính',
  /** The notice on a registry entry no editor has checked (not "Mục này …": "mục" is a section number in a programme). */
  notCurated: 'Thông tin về văn bản này chưa được biên tập viên đối chiếu với văn bản gốc.',
  indexDescription: 'Nghị quyết, chỉ thị, quy định, quyết định … được các chương trình công tác dẫn chiếu, và văn bản liên quan.',
  indexOrder: 'Xếp theo loại và theo cơ quan ban hành; lọc theo loại, cơ quan, năm ở dưới.',
  orderNav: 'Cách xếp',
  pageDescription: (heading: string): string => `${heading} – tình trạng hiệu lực, văn bản liên quan, nơi được dẫn chiếu.`,
  editorialNotes: 'Ghi chú biên tập',
  ambiguous: (n: number): string => `Có ${n} trích dẫn cùng số ký hiệu chưa xác định chắc chắn là văn bản này; xem báo cáo trích dẫn của bản dựng.`,
  openProgramme: 'Mở chương trình',
  /** Where a citation stands: "Mục II.1.7"; a full text's own division (Chương I, Điều 3 …) keeps its name. */
  section: (label: string): string => (/^(Phần|Chương|Mục|Điều|Khoản)\s/u.test(label) ? label : `Mục ${label}`),
  preamble: 'Phần mở đầu',
  diagramCites: 'Dẫn chiếu',
  diagramMore: (n: number): string => `Và ${n} chương trình khác`,
  subjectOf: (heading: string): string => `trích yếu của ${heading}`,
  fullTextOf: (heading: string): string => `toàn văn ${heading}`,
  notConfirmed: '(chưa xác nhận)',
  notCheckedShort: 'chưa đối chiếu',
  notInRegistry: 'Văn bản chưa có trong danh mục: thông tin dưới đây lấy từ chính trích dẫn trong chương trình, chưa được biên tập viên đối chiếu.',
  typeRow: 'Loại văn bản',
  symbolRow: 'Số ký hiệu',
  issuerRow: 'Cơ quan ban hành',
  dateRow: 'Ngày ban hành',
  subjectRow: 'Trích yếu',
  none: 'Không có',
  unknown: 'Chưa rõ',
  checkedHeading: 'Đối chiếu',
  checked: 'Đã đối chiếu với văn bản gốc',
  notChecked: 'Chưa đối chiếu với văn bản gốc',
  fromCitation: 'Chưa có trong danh mục; thông tin lấy từ trích dẫn',
  status: 'Tình trạng hiệu lực',
  statusSince: (date: string): string => `từ ngày ${date}`,
  statusBy: 'Văn bản làm hết hiệu lực',
  related: 'Văn bản liên quan',
  noRelated: 'Chưa ghi nhận văn bản liên quan.',
  suggested: 'theo văn bản dẫn chiếu, chưa được biên tập viên xác nhận',
  suggestedFrom: 'Nguồn',
  diagram: 'Lược đồ',
  diagramCaption: (heading: string): string => `Lược đồ quan hệ của ${heading}: văn bản liên quan và chương trình dẫn chiếu`,
  diagramListHeading: 'Lược đồ dưới dạng danh sách',
  citingProgrammes: 'Chương trình dẫn chiếu',
  citedBy: 'Được dẫn chiếu tại',
  citedByNone: 'Chưa có chương trình nào dẫn chiếu văn bản này.',
  citedBySummary: (programmes: number, places: number): string => `${programmes} chương trình, ${places} chỗ dẫn chiếu`,
  /** Under a programme of the cited-by list whose places are not all shown. */
  morePlaces: (n: number): string => `Và ${n} chỗ khác trong chương trình này (xem mục “Văn bản được dẫn chiếu” của chương trình)`,
  /** Where the citing programmes continue on further pages. */
  citedByPages: (shown: number, total: number): string => `Trang này nêu ${shown} trong ${total} chương trình, mới nhất trước; các chương trình khác ở các trang sau.`,
  /** Page 2 onwards of the cited-by list: /van-ban/<id>/trang/<n>/. */
  citedByTitle: (heading: string): string => `${heading}: nơi được dẫn chiếu`,
  backToDocument: 'Về trang văn bản',
  /** The diagram's list beside it, when it names only the first citing programmes. */
  diagramListMore: (n: number): string => `và ${n} chương trình khác`,
  places: (n: number): string => `${n} chỗ`,
  /** Under "Được dẫn chiếu tại": places in the full texts of other documents. */
  citedByTexts: 'Trong các văn bản khác',
  citedByTextsSummary: (documents: number, places: number): string => `${documents} văn bản, ${places} chỗ dẫn chiếu`,
  openDocument: 'Mở văn bản',
  fullText: 'Toàn văn',
  fullTextSource: (source: string): string => `Nguồn: ${source}.`,
  fullTextNote: 'Toàn văn được đăng nguyên văn theo văn bản gốc; các văn bản được dẫn chiếu trong đó do trang tự động gắn liên kết.',
  original: 'Tải bản gốc',
  originalDetails: (format: string, size: string): string => `(${format}, ${size})`,
  onSite: 'Chương trình này được đăng toàn văn tại:',
  showAll: (n: number): string => `Xem cả ${n} chỗ dẫn chiếu`,
};

/** Messages to editors about document records (the build prints them with the file). */
export const documentMessages = {
  unknownTarget: (index: number, target: string): string =>
    `relations[${index}].target: không có văn bản "${target}" trong content/resolutions (tên tệp không có đuôi .yaml)`,
  selfRelation: (index: number): string => `relations[${index}].target: văn bản không thể có quan hệ với chính nó`,
  duplicateRelation: (index: number, type: string, target: string): string =>
    `relations[${index}]: quan hệ "${type}" với "${target}" đã ghi ở trên`,
  unknownStatusBy: (target: string): string => `status.by: không có văn bản "${target}" trong content/resolutions`,
  unknownSameAs: (target: string): string => `sameAs: không có cơ quan "${target}" trong content/issuers.yaml`,
  sameAsCycle: (chain: string): string => `sameAs: các tên cơ quan trỏ vòng lẫn nhau (${chain})`,
};
