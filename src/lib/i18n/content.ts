/**
 * Messages to editors about their content files: what the build refuses and
 * how to write it as text. Vietnamese, addressed to the person who edits the
 * file (not to a programmer); the build prints them with the file and line.
 */

export const contentMessages = {
  /** `npm run build`: Astro's line per generated file, counted instead of printed (src/lib/build/route-lines.ts). */
  routeLinesCounted: (n: number): string => `[build] Đã tạo ${n} tệp (muốn xem từng tệp: BUILD_VERBOSE=1 npm run build)`,
  /** A full text `resolutions/<id>.mdx` without its record `<id>.yaml`. */
  orphanFullText: (yamlName: string): string =>
    `toàn văn này không có bản ghi văn bản: cần tệp ${yamlName} cùng thư mục (số ký hiệu, loại, cơ quan ban hành …). Tạo tệp đó, hoặc đặt tên tệp .mdx trùng tên tệp .yaml của văn bản.`,
  /** `original:` names a file that is not there. */
  missingOriginal: (path: string): string =>
    `original: không có tệp bản gốc "${path}" trong thư mục nội dung (đường dẫn tính từ thư mục content, ví dụ sources/nq-07-tu-hau-giang-2022.pdf).`,
  /** Heading of the list of guard problems of one file. */
  guardHeading: (count: number): string =>
    `Nội dung văn bản chỉ được là chữ (Markdown: đoạn văn, đề mục, danh sách, bảng, chữ đậm, chữ nghiêng, liên kết). ` +
    `Tệp có ${count} chỗ sẽ bị hiểu là mã lệnh hoặc thẻ HTML nên chưa thể xuất bản; hãy sửa như gợi ý dưới đây rồi xây dựng lại.`,
  line: (line: number): string => `dòng ${line}`,
  /** `{…}` in the text. */
  expression: (quote: string, fix: string): string =>
    `«${quote}»: dấu ngoặc nhọn { } mở một biểu thức mã, chữ bên trong sẽ không hiện ra như đã viết. Để giữ nguyên chữ, viết «${fix}» (dấu \\ trước mỗi ngoặc nhọn; hoặc &#123; và &#125;).`,
  /** An MDX comment `{/* … *\/}`. */
  comment: (quote: string): string =>
    `«${quote}»: ghi chú ẩn trong văn bản không được phép, vì người đọc không thấy nó. Ghi chú biên tập đặt ở mục editorialNotes của phần đầu tệp; nếu đây là chữ của văn bản, viết \\{ và \\} thay cho { và }.`,
  /** A line starting with import/export. */
  esm: (quote: string, fix: string): string =>
    `«${quote}»: dòng bắt đầu bằng chữ «import» hoặc «export» bị hiểu là mã lệnh. Nếu đây là chữ của văn bản, viết chữ cái đầu bằng mã ký tự: «${fix}».`,
  /** An HTML/JSX element. */
  element: (quote: string, fix: string): string =>
    `«${quote}»: thẻ HTML không được phép trong văn bản. Nếu đây là chữ của văn bản, viết dấu \\ trước dấu nhỏ hơn: «${fix}» (hoặc &lt;).`,
  /** Raw HTML (Markdown, not MDX). */
  html: (quote: string): string => `«${quote}»: mã HTML không được phép trong văn bản. Nếu đây là chữ, viết \\< thay cho < (hoặc &lt;).`,
  /** An image. */
  image: (quote: string): string =>
    `«${quote}»: hình ảnh không được chèn vào văn bản chương trình. Nếu đây là chữ, viết \\! trước dấu [ (ví dụ: \\![…]).`,
  /** A link whose address runs code or embeds data. */
  unsafeLink: (quote: string, url: string): string =>
    `«${quote}»: địa chỉ liên kết «${url}» không được phép (chỉ cho phép http:, https:, mailto: và đường dẫn trong trang).`,
  /** Fenced or indented code. */
  code: (quote: string): string =>
    `«${quote}»: khối mã (dấu \u0060) không dùng trong văn bản chương trình. Nếu đây là chữ, viết \\\u0060 thay cho dấu \u0060.`,
  /** Anything else the guard does not know. */
  unknown: (quote: string, type: string): string => `«${quote}»: thành phần «${type}» không được phép trong văn bản chương trình.`,

  // MDX syntax errors (the file cannot even be read), by the character that caused them.
  syntaxLessThan: (line: number | undefined): string =>
    `Dấu < ${line ? `ở dòng ${line} ` : ''}bị hiểu là mở một thẻ HTML nên tệp không đọc được. Để viết dấu < như chữ, viết \\< (ví dụ: «a \\< b», «\\<7%») hoặc &lt;.`,
  syntaxBrace: (line: number | undefined): string =>
    `Dấu { ${line ? `ở dòng ${line} ` : ''}bị hiểu là mở một biểu thức mã nên tệp không đọc được. Để viết dấu ngoặc nhọn như chữ, viết \\{ và \\} (ví dụ: «\\{theo phụ lục\\}») hoặc &#123; và &#125;.`,
  syntaxComment: (line: number | undefined): string =>
    `Ghi chú HTML «<!-- … -->» ${line ? `ở dòng ${line} ` : ''}không được phép. Ghi chú biên tập đặt ở mục editorialNotes của phần đầu tệp; nếu đây là chữ, viết \\<!-- … -->.`,
  syntaxOther: (line: number | undefined): string =>
    `Tệp không đọc được${line ? ` ở dòng ${line}` : ''}: cú pháp không hợp lệ. Kiểm tra các dấu < > { } * _ [ ] trên dòng này; muốn viết chúng như chữ, đặt dấu \\ trước (\\<, \\{, \\}).`,
  sourceLine: (line: number, text: string): string => `dòng ${line}: ${text}`,
} as const;

/** Labels the page gives a programme's footnotes (GFM footnotes, rendered by remark-rehype). */
export const footnoteLabels = {
  /** Heading of the footnote list at the end of the text. */
  label: 'Chú thích',
  /** Accessible name of the link from a footnote back to where it is cited (1-based number). */
  back: (n: number): string => `Trở lại vị trí chú thích ${n}`,
} as const;
