/** An entry id: lower-case ASCII slugs, with `/` between folders ("tinh-uy-hau-giang/2025-quy-i"). */
export const ENTRY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

/**
 * Entry ids become URL paths. Accept only lower-case ASCII slugs (with `/`
 * between folders); anything else fails the build with the file named.
 */
export function assertAsciiEntryId(id: string, file: string): string {
  if (!ENTRY_ID.test(id)) {
    throw new Error(
      `${file}: tên tệp phải là chữ thường không dấu, chữ số và dấu gạch nối (ví dụ: chuong-trinh-quy-i-2025.mdx); "${id}" không hợp lệ.`,
    );
  }
  return id;
}

/** The entry id of a content file: its path under the collection folder, without extension, with `/`. */
export function entryIdFromPath(path: string): string {
  return path.replaceAll('\\', '/').replace(/\.(mdx|md|ya?ml|json)$/i, '');
}
