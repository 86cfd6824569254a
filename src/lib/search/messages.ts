/**
 * What the search page says, in Vietnamese. Plain strings: the page puts them
 * into text nodes, never into HTML.
 */
import type { SearchQuery } from './query';

/** Longest query shown in a message; longer ones end with "…". */
export const MAX_SHOWN_QUERY = 80;

/** The query in quotes, shortened for messages. */
export function quoted(text: string): string {
  const chars = [...text];
  const shown = chars.length > MAX_SHOWN_QUERY ? `${chars.slice(0, MAX_SHOWN_QUERY).join('')}…` : text;
  return `“${shown}”`;
}

export interface Summary {
  /** Results shown (after filters). */
  pages: number;
  /** Matching sections in the shown results. */
  sections: number;
  /** Results before filters. */
  total: number;
  /** More results exist than were loaded. */
  truncated: boolean;
}

/** The sentence the live region announces after a search. */
export function resultSummary(q: SearchQuery, s: Summary): string {
  const what = quoted(q.text);
  if (s.total === 0) return `Không tìm thấy kết quả cho ${what}.`;
  if (s.pages === 0) return `Không có kết quả nào cho ${what} khớp với bộ lọc đã chọn; bỏ bộ lọc để xem ${s.total} kết quả.`;
  const filtered = s.pages < s.total ? ` (đã lọc, trên tổng số ${s.total})` : '';
  const more = s.truncated ? ' Đang hiện các kết quả phù hợp nhất; bấm “Tải thêm kết quả” để xem tiếp, hoặc thêm từ khóa, dùng bộ lọc để thu hẹp.' : '';
  return `Tìm thấy ${s.pages} kết quả, ${s.sections} mục khớp với ${what}${filtered}.${more}`;
}

/** Suggestions shown under "no results". */
export function noResultSuggestions(q: SearchQuery, filtersActive: boolean): string[] {
  const tips: string[] = [];
  if (filtersActive) tips.push('Bỏ bớt bộ lọc đã chọn.');
  if (q.symbol) {
    tips.push(
      `Không có văn bản nào mang số ký hiệu ${q.symbol.label} trong các văn bản của trang. Kiểm tra lại số, loại văn bản và cơ quan ban hành (ví dụ 27-NQ/TW, nq 27, quy định 4218).`,
    );
  } else {
    tips.push('Kiểm tra lại chính tả; có thể gõ không dấu (ví dụ “chuyen doi so”).');
    tips.push('Dùng ít từ hơn, hoặc một từ khác cùng nghĩa.');
    tips.push('Tìm văn bản theo số ký hiệu, ví dụ 27-NQ/TW, nq 27 hoặc quy định 4218.');
  }
  return tips;
}

/** The line of a result that tells what the page is: "Nghị quyết · Số 27-NQ/TW · 16/06/2022 · Bộ Chính trị". */
export function resultFacts(meta: { type?: string; symbol?: string; dateLabel?: string; issuer?: string }): string[] {
  const facts: string[] = [];
  if (meta.type) facts.push(meta.type);
  if (meta.symbol) facts.push(`Số ${meta.symbol}`);
  if (meta.dateLabel) facts.push(meta.dateLabel);
  if (meta.issuer) facts.push(meta.issuer);
  return facts;
}

/** Label of the part of a page before its first heading. */
export function introLabel(kind: string | undefined): string {
  return kind === 'van-ban' ? 'Thông tin văn bản' : 'Phần mở đầu';
}

/** What the page shows when Pagefind's library or index cannot be loaded: a visible title and what to do. */
export interface LoadFailure {
  title: string;
  tips: string[];
}

/**
 * The message for a search that could not run because `pagefind/` did not
 * load. It never says that a document does not exist: nothing was searched.
 * `dev` is Astro's development server (`npm run dev`), which has no index.
 */
export function indexLoadFailure(indexPath: string, dev: boolean): LoadFailure {
  if (dev) {
    return {
      title: 'Không tải được chỉ mục tìm kiếm: trang đang chạy ở chế độ phát triển (npm run dev).',
      tips: [
        'Chỉ mục tìm kiếm chỉ được tạo khi dựng trang, nên ở chế độ này chưa tìm được gì; đây không phải là không có văn bản phù hợp.',
        'Để thử tìm kiếm: chạy npm run build, rồi npm run preview, và mở trang tìm kiếm ở địa chỉ mà npm run preview in ra.',
      ],
    };
  }
  return {
    title: 'Không tải được chỉ mục tìm kiếm, nên chưa tìm được gì. Đây không có nghĩa là không có văn bản phù hợp.',
    tips: [
      'Hãy tải lại trang; nếu vẫn lỗi, báo cho người quản trị trang.',
      `Người quản trị trang: kiểm tra thư mục chỉ mục ${indexPath} có trên máy chủ, đúng đường dẫn (thư mục này được tạo khi dựng trang bằng npm run build).`,
      'Người quản trị trang: kiểm tra máy chủ trả các tệp .pf_meta, .pf_index, .pf_fragment, .pf_filter, .pagefind với kiểu application/octet-stream và tệp .wasm với kiểu application/wasm (xem deploy/nginx.conf).',
      "Người quản trị trang: kiểm tra chính sách bảo mật nội dung (Content-Security-Policy) có 'wasm-unsafe-eval' trong script-src.",
    ],
  };
}

/** The button under a result that shows its other matching sections. */
export function moreSectionsLabel(hidden: number): string {
  return `Xem thêm ${hidden} mục khớp`;
}

/** The button under the results that shows the pages holding the words only apart. */
/** The button that loads the next results Pagefind found (`RESULTS_PER_LOAD` at a time). */
export function loadMoreLabel(remaining: number): string {
  return `Tải thêm kết quả (còn ${remaining})`;
}

export function moreResultsLabel(hidden: number): string {
  return `Xem thêm ${hidden} kết quả có đủ các từ nhưng không liền nhau`;
}

/** Titles of the empty result: nothing found, or nothing left after the filters. */
export function emptyTitle(queryText: string, found: number): string {
  return found === 0 ? `Không tìm thấy kết quả cho ${quoted(queryText)}` : 'Không có kết quả khớp với bộ lọc đã chọn';
}

/** Badge of the document whose symbol was typed. */
export const OWN_SYMBOL_BADGE = 'Đúng số ký hiệu';

/** Accessible name of the list of matching sections of one result. */
export function sectionsListLabel(title: string): string {
  return `Các mục khớp trong ${title}`;
}
