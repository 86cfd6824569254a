/**
 * Interface text of the site shell, the home page, the programme list and
 * programme pages, the reader tools and the 404 page. Vietnamese, written as
 * an editor of a Party publication would write it: "cấp ủy đảng" in lower
 * case (a common noun), "Đảng" only for the Communist Party of Viet Nam by
 * name; sentences complete and plain, no jargon of the editorial office.
 * Document pages and search keep their own strings (other modules of this
 * folder).
 */

export const vi = {
  site: {
    description: 'Chương trình công tác của các cấp ủy đảng: đọc, in và tra cứu văn bản được dẫn chiếu.',
    skipLink: 'Bỏ qua, đến nội dung chính',
    feedTitle: 'Chương trình công tác mới',
    navLabel: 'Điều hướng chính',
    nav: {
      home: 'Trang chủ',
      programmes: 'Chương trình công tác',
      documents: 'Văn bản được dẫn chiếu',
    },
    footer: 'Trang tra cứu nội bộ. Văn bản được đăng nguyên văn; ghi chú biên tập được trình bày riêng, không thuộc văn bản gốc.',
    breadcrumbLabel: 'Vị trí',
  },

  tools: {
    label: 'Công cụ đọc',
    print: 'In văn bản',
    textSize: 'Cỡ chữ',
    textSizes: { normal: 'Cỡ chữ vừa', large: 'Cỡ chữ lớn', larger: 'Cỡ chữ rất lớn' },
    theme: 'Màu nền',
    themes: { system: 'Theo thiết bị', light: 'Nền sáng', dark: 'Nền tối' },
    copyHeading: (label: string): string => `Sao chép liên kết đến ${label}`,
    copyParagraph: 'Sao chép liên kết đến đoạn này',
    copied: 'Đã sao chép liên kết vào bộ nhớ tạm.',
    copyFailed: (url: string): string => `Không sao chép được liên kết. Địa chỉ: ${url}`,
  },

  bar: {
    label: 'Thanh điều hướng văn bản',
    toc: 'Mục lục',
    tocLabel: 'Mục lục nhanh',
    backToTop: 'Về đầu trang',
    currentSection: 'Đang đọc',
  },

  home: {
    title: 'Trang chủ',
    heading: 'Chương trình công tác của các cấp ủy đảng',
    intro:
      'Nơi đọc và in các chương trình công tác quý, năm của cấp ủy; từ mỗi chương trình có thể mở ngay các nghị quyết, chỉ thị, quy định, quyết định được dẫn chiếu trong văn bản.',
    latest: 'Chương trình mới nhất',
    none: 'Chưa có chương trình nào.',
    all: 'Xem tất cả chương trình công tác →',
    browse: 'Tra cứu theo',
    byYear: 'Năm',
    byIssuer: 'Cơ quan ban hành',
    year: (year: number): string => `Năm ${year}`,
  },

  list: {
    title: 'Chương trình công tác',
    description: 'Danh sách chương trình công tác theo năm, kỳ và cơ quan ban hành.',
    lead: (count: number): string => `${count} chương trình, xếp theo năm và kỳ, mới nhất trước.`,
    chooseYear: 'Chọn năm',
    byIssuer: 'Theo cơ quan ban hành',
    year: (year: number): string => `Năm ${year}`,
    /** Heading of a year's whole-year programmes under the year's own heading ("Năm 2025" would name two regions alike). */
    wholeYear: (year: number): string => `Cả năm ${year}`,
    /** After a year or period heading whose first programmes are on the previous page. */
    continued: '(tiếp theo)',
    /** A line of the issuer list: "12 chương trình". */
    issuerCount: (count: number): string => `${count} chương trình`,
    /** The programmes of one issuer: /chuong-trinh/co-quan/<id>/. */
    issuerTitle: (issuer: string): string => `Chương trình công tác của ${issuer}`,
    issuerLead: (count: number, issuer: string): string => `${count} chương trình công tác của ${issuer}, mới nhất trước.`,
    issuerDescription: (issuer: string): string => `Danh sách chương trình công tác của ${issuer} theo năm và kỳ.`,
    allProgrammes: 'Tất cả chương trình công tác',
  },

  /** The page links under a list cut into pages (/chuong-trinh/trang/2/ …). */
  pagination: {
    /** Names of the two page navs (above and below the list): landmarks need distinct names. */
    label: { top: 'Chuyển trang, đầu danh sách', bottom: 'Chuyển trang, cuối danh sách' },
    previous: 'Trang trước',
    next: 'Trang sau',
    /** Where the reader is: "Trang 2/14" (as the printed page numbers). */
    position: (page: number, count: number): string => `Trang ${page}/${count}`,
    /** Accessible name of a page link: "Trang 3". */
    page: (page: number): string => `Trang ${page}`,
    /** The browser tab title of page 2 onwards: "Chương trình công tác (trang 2/14)". */
    title: (title: string, page: number, count: number): string => (page <= 1 ? title : `${title} (trang ${page}/${count})`),
  },

  card: {
    number: (symbol: string): string => `Số ${symbol}`,
  },

  programme: {
    draftBanner: 'văn bản chưa được ban hành; số và ngày ban hành còn để trống.',
    draft: 'Dự thảo',
    asideLabel: 'Thông tin văn bản',
    issuer: 'Cơ quan ban hành',
    period: 'Kỳ',
    status: 'Tình trạng',
    dateIssued: 'Ngày ban hành',
    cited: 'Văn bản được dẫn chiếu',
    citedAt: 'tại',
    section: (number: string): string => `mục ${number}`,
    opening: 'phần mở đầu',
    notes: 'Ghi chú biên tập',
    notesAside: '(không thuộc văn bản gốc)',
    source: 'Nguồn văn bản',
    sourceDownload: 'Tải bản gốc',
    sourceFormat: '(tệp văn bản thuần, UTF-8)',
    related: 'Chương trình liên quan',
    parent: 'Thực hiện chương trình',
    /** Heading of the programmes that implement this one (quarterly programmes of an annual programme). */
    implementing: 'Các chương trình triển khai thực hiện Chương trình này',
    /** Before the places an implementing programme cites this one. */
    implementingCitedAt: 'dẫn chiếu tại',
    previous: 'Chương trình trước',
    next: 'Chương trình sau',
    docHeaderLabel: 'Phần đầu văn bản',
    blankNumber: '(chưa có số)',
    blank: '(để trống)',
    numberPrefix: 'Số',
    tocTitle: 'Mục lục',
    /** Footer of every printed page: symbol (or "Dự thảo") and title. */
    printFooter: (symbol: string | undefined, title: string): string => `${symbol ?? 'Dự thảo'} – ${title}`,
    /** Page numbers of the printed programme: "Trang 3/12". */
    printPage: 'Trang ',
  },

  feed: {
    title: (siteName: string): string => `Chương trình công tác – ${siteName}`,
    subtitle: 'Chương trình công tác của các cấp ủy đảng, mới nhất trước.',
  },

  notFound: {
    title: 'Không tìm thấy trang',
    text: 'Không có trang nào ở địa chỉ này. Có thể địa chỉ bị gõ sai, hoặc văn bản đã được chuyển sang địa chỉ khác.',
    home: 'Về trang chủ',
    programmes: 'Xem danh sách chương trình công tác',
  },
  /** The page nginx answers 400 and 414 with (an address too long, a bad request). */
  badRequest: {
    title: 'Địa chỉ quá dài hoặc không hợp lệ',
    text: 'Máy chủ không xử lý được địa chỉ này, thường vì địa chỉ quá dài (ví dụ: dán cả một đoạn văn bản vào ô tìm kiếm). Xin rút gọn nội dung tìm kiếm rồi thử lại.',
    search: 'Mở trang tìm kiếm',
    home: 'Về trang chủ',
  },
} as const;
