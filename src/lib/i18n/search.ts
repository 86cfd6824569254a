/**
 * The search page's own text (`src/pages/tim-kiem/index.astro`). The messages
 * the page writes while it searches (counts, no result, failures) are in
 * `src/lib/search/messages.ts`, next to the logic that chooses them.
 */
/** The search field in the header of every page (`src/components/SearchBox.astro`). */
export const searchBoxText = {
  form: 'Tìm kiếm trên trang',
  label: 'Tìm văn bản, từ khóa hoặc số ký hiệu',
  placeholder: 'Tìm kiếm…',
} as const;

export const searchPageText = {
  title: 'Tìm kiếm',
  description: 'Tìm trong chương trình công tác và văn bản được dẫn chiếu: có dấu hoặc không dấu, theo từ khóa hoặc số ký hiệu văn bản.',
  fieldLabel: 'Từ khóa hoặc số ký hiệu văn bản',
  submit: 'Tìm',
  hint: 'Gõ có dấu hoặc không dấu. Tìm văn bản theo số ký hiệu viết kiểu nào cũng được: 27-NQ/TW, 27/NQ-TW, nq 27, nghị quyết 27, quy định 4218.',
  shortcut: 'Phím tắt:',
  noScriptBefore: 'Trang tìm kiếm cần JavaScript để hiển thị kết quả, nhưng JavaScript đang bị tắt trong trình duyệt. Xin bật JavaScript, hoặc tra cứu theo danh sách',
  noScriptProgrammes: 'chương trình công tác',
  noScriptBetween: 'và danh sách',
  noScriptDocuments: 'văn bản được dẫn chiếu',
  resultsHeading: 'Kết quả tìm kiếm',
  sort: 'Sắp xếp',
  examples: 'Ví dụ',
  exampleQueries: ['dân vận khéo', 'chuyen doi so', '27-NQ/TW', 'quy định 4218'],
  filters: 'Bộ lọc',
  clearFilters: 'Bỏ tất cả bộ lọc',
} as const;
