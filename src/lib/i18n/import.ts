/**
 * Messages of `npm run import` and `npm run new`, for the editor who brings a
 * programme in from Word or plain text. Vietnamese, plain words; each line
 * of the report says what was found and, where needed, what to do.
 */

const q = (text: string): string => `«${text}»`;

export const importMessages = {
  usage:
    'Cách dùng: npm run import -- <tệp .docx hoặc .txt> [--issuer mã-cơ-quan] [--period 2025-q2] [--out thư-mục] [--dry-run] [--force]',
  newUsage: 'Cách dùng: npm run new -- --issuer mã-cơ-quan --period 2025-q2 [--out thư-mục] [--force]',
  fileMissing: (path: string): string => `Không tìm thấy tệp ${q(path)}.`,
  unsupported: (path: string): string => `Chỉ nhập được tệp .docx (Word) hoặc .txt (văn bản thuần); tệp ${q(path)} không thuộc hai loại này. Tệp .doc cũ: mở bằng Word và lưu lại thành .docx.`,
  reportTitle: (source: string): string => `Nhập văn bản từ tệp ${q(source)}`,
  written: (path: string): string => `Đã ghi tệp ${path}.`,
  dryRun: (path: string): string => `Chạy thử (--dry-run): chưa ghi tệp; tệp sẽ là ${path}.`,
  exists: (path: string): string => `Tệp ${path} đã có. Không ghi đè; nếu muốn thay, chạy lại với --force.`,
  nextStep: 'Bước tiếp theo: mở tệp, đối chiếu với bản gốc, rồi chạy npm run build (hoặc npm run dev) để xem trang.',

  headerFound: (parts: string[]): string => `Phần đầu văn bản: ${parts.join('; ')}.`,
  headerPart: {
    issuer: (name: string): string => `cơ quan ban hành ${q(name)}`,
    number: (line: string): string => `số ${q(line)}`,
    date: (line: string): string => `ngày ${q(line)}`,
    draft: 'bản dự thảo',
    type: (type: string, subject: string): string => `${type} ${q(subject)}`,
  },
  headerMissing:
    'Không tìm thấy phần đầu văn bản (tên cơ quan, số, ngày, loại văn bản và trích yếu). Phần thân được nhập nguyên vẹn; hãy điền phần đầu tệp (frontmatter) bằng tay.',
  issuerMatched: (id: string): string => `Cơ quan ban hành khớp với ${q(id)} trong content/issuers.yaml.`,
  issuerUnknown: (name: string): string =>
    `Cơ quan ban hành ${q(name)} chưa có trong content/issuers.yaml. Thêm mục sau vào cuối tệp đó (kiểm tra lại tên thường dùng, mã ký hiệu và nơi ban hành), hoặc chạy lại với --issuer <mã đã có>:`,
  issuerMissing: 'Không biết cơ quan ban hành: phần đầu văn bản không ghi, và chưa có --issuer. Chạy lại với --issuer <mã trong content/issuers.yaml>.',
  issuerOverride: (printed: string, id: string): string => `Phần đầu văn bản ghi ${q(printed)}, nhưng đã chọn --issuer ${id}; dùng ${id}.`,
  issuerNotInFile: (id: string): string => `Mã cơ quan ${q(id)} không có trong content/issuers.yaml.`,
  periodMissing: 'Không đọc được kỳ của chương trình (quý, 6 tháng, năm) từ trích yếu. Chạy lại với --period, ví dụ --period 2025-q2 (quý II), --period 2025 (cả năm), --period 2025-h1 (6 tháng đầu năm).',
  periodBadOption: (value: string): string => `Kỳ ${q(value)} không hợp lệ; viết 2025, 2025-q1 … 2025-q4, 2025-h1 hoặc 2025-h2.`,
  halfYear: (year: number): string =>
    `Chương trình 6 tháng: dữ liệu của trang chỉ phân biệt năm và quý, nên kỳ được ghi là năm ${year}; tên tệp vẫn ghi rõ 6 tháng.`,

  numbering: (count: number): string => `Đánh số tự động của Word: đã khôi phục ${count} số thứ tự (I., 1., 1.1. …) vào văn bản.`,
  outline: (headings: number, items: number): string => `Cấu trúc: ${headings} đề mục, ${items} ý đánh số.`,
  noHeadings: 'Không nhận ra đề mục nào (I., 1., 1.1. …): kiểm tra lại cách đánh số của văn bản gốc.',
  legacy: (count: number, encoding: string, by: string, sample: string): string =>
    `Đã chuyển ${count} đoạn từ bảng mã cũ ${encoding} sang Unicode (${by}), ví dụ: ${q(sample)}. Hãy đối chiếu với bản in.`,
  legacyEncoding: { tcvn3: 'TCVN3 (ABC, phông .VnTime)', vni: 'VNI (phông VNI-Times)' } as Record<string, string>,
  legacyBy: { font: 'nhận ra theo tên phông chữ', characters: 'nhận ra theo các ký tự' } as Record<string, string>,
  emptyParagraphs: (count: number, near: string): string => `Bỏ ${count} đoạn trống (đoạn trống đầu tiên nằm sau ${q(near)}).`,
  pageBreaks: (count: number, near: string): string => `Bỏ ${count} chỗ ngắt trang (chỗ đầu tiên ở ${q(near)}); trang web không chia trang.`,
  comment: (near: string, text: string): string => `Ghi chú (comment) của Word không đưa vào văn bản, tại ${q(near)}: ${q(text)}.`,
  insertions: (count: number): string => `${count} chỗ thêm chữ đang được theo dõi sửa đổi (Track Changes): đã giữ, như Word hiển thị bản cuối.`,
  deletions: (count: number): string => `${count} chỗ xóa chữ đang được theo dõi sửa đổi (Track Changes): đã bỏ, như Word hiển thị bản cuối.`,
  footnotes: (count: number): string => `${count} chú thích cuối trang: đã giữ, dưới dạng chú thích [^n] ở cuối văn bản.`,
  endnotes: (count: number): string => `${count} chú thích cuối văn bản: đã giữ, dưới dạng chú thích [^n] ở cuối văn bản.`,
  images: (count: number, near: string): string =>
    `Bỏ ${count} hình ảnh (trang chương trình chỉ có chữ; hình đầu tiên ở gần ${q(near)}). Nếu hình có nội dung cần giữ, ghi vào editorialNotes.`,
  internalLinks: (count: number): string => `Bỏ ${count} liên kết nội bộ của tệp Word (mục lục, dấu trang); chữ của chúng được giữ.`,
  wordWarning: (message: string): string => `Khi đọc tệp Word: ${message}`,
  guardFailed: (details: string): string =>
    `LỖI: văn bản sau khi nhập không qua được bước kiểm tra nội dung (đây là lỗi của công cụ nhập, xin báo lại):\n${details}`,
  textChanged: 'LỖI: chữ của văn bản sau khi nhập không khớp với văn bản đọc được từ tệp gốc (đây là lỗi của công cụ nhập, xin báo lại).',
  schemaFailed: (details: string): string => `Phần đầu tệp chưa hợp lệ, cần sửa tay trước khi xây dựng trang:\n${details}`,

  /** frontmatter source.description of an imported file. */
  sourceDescription: (file: string, day: string): string => `Nhập từ tệp ${q(file)} bằng lệnh npm run import ngày ${day}; nội dung giữ nguyên từng chữ.`,
  /** frontmatter of a scaffolded programme (npm run new). */
  newSourceDescription: 'Bản soạn mới: dán nguyên văn nội dung văn bản vào phần thân, không sửa chữ.',
  /** Comment lines at the top of a scaffolded programme's frontmatter. */
  newFrontmatterNote: [
    'Bản dự thảo: chưa có số và ngày. Khi văn bản được ban hành, thêm number (số, ví dụ "72") và date (ngày ban hành, ví dụ 2025-03-28), và đổi status thành ban-hanh.',
    'Dự thảo có ghi năm ở dòng ngày tháng: thêm draftYear (ví dụ 2025).',
  ],
  newBody: 'Dán nguyên văn phần thân văn bản vào đây, thay cho đoạn này.',
  newWritten: (path: string): string => `Đã tạo tệp ${path}. Mở tệp, điền số, ngày, trích yếu và dán nội dung văn bản.`,
  titleOf: (type: string, subject: string): string => {
    const lowerType = type.toLocaleLowerCase('vi');
    const first = lowerType.charAt(0).toLocaleUpperCase('vi') + lowerType.slice(1);
    return `${first} ${subject.charAt(0).toLocaleLowerCase('vi')}${subject.slice(1)}`;
  },
  /** Subject of a scaffolded programme. */
  newSubject: (period: { year: number; quarter?: number; half?: 'dau' | 'cuoi' }, roman: (n: number) => string): string =>
    period.quarter
      ? `Công tác quý ${roman(period.quarter)} năm ${period.year}`
      : period.half
        ? `Công tác 6 tháng ${period.half === 'dau' ? 'đầu' : 'cuối'} năm ${period.year}`
        : `Công tác năm ${period.year}`,
};
