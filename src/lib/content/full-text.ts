/**
 * A registry document's full text and original file, as files:
 *
 * - the full text is `resolutions/<id>.mdx` beside the record `<id>.yaml`; a
 *   text without its record is an error (`orphanFullTexts`);
 * - the original file (`original: sources/<file>.pdf|.docx`) is published as
 *   `ban-goc/<id>.<ext>` (ASCII, from the document id) and offered as
 *   *Tải bản gốc (PDF, 120 KB)*.
 *
 * Pure functions; load.ts reads the files, the pages and the endpoint use the paths.
 */

export interface OriginalFormat {
  /** File extension without the dot, lower case. */
  extension: 'pdf' | 'docx';
  /** How the format is named to readers. */
  label: string;
  mimeType: string;
}

const FORMATS: Record<OriginalFormat['extension'], OriginalFormat> = {
  pdf: { extension: 'pdf', label: 'PDF', mimeType: 'application/pdf' },
  docx: { extension: 'docx', label: 'DOCX', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
};

/** The format of an original file from its name; undefined for anything but .pdf and .docx. */
export function originalFormat(path: string): OriginalFormat | undefined {
  const ext = /\.([a-z0-9]+)$/iu.exec(path)?.[1]?.toLowerCase();
  return ext === 'pdf' || ext === 'docx' ? FORMATS[ext] : undefined;
}

/** Where the original file of a document is published, relative to the base path: `ban-goc/<id>.pdf`. */
export function originalFilePath(documentId: string, format: Pick<OriginalFormat, 'extension'>): string {
  return `ban-goc/${documentId}.${format.extension}`;
}

/** The name the downloaded file gets: `<id>.pdf` (ASCII). */
export function originalFileName(documentId: string, format: Pick<OriginalFormat, 'extension'>): string {
  return `${documentId}.${format.extension}`;
}

/** A file size as readers expect it, in Vietnamese notation: "850 B", "120 KB", "1,5 MB". */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const kb = bytes / 1024;
  if (kb < 1024) return `${Math.max(1, Math.round(kb))} KB`;
  const mb = kb / 1024;
  const rounded = mb < 10 ? Math.round(mb * 10) / 10 : Math.round(mb);
  return `${String(rounded).replace('.', ',')} MB`;
}

/**
 * Full texts without a record: of the files under resolutions/ (paths relative
 * to it, `/` separators), the `.mdx` files that have no `.yaml`/`.yml` of the same name.
 */
export function orphanFullTexts(files: readonly string[]): string[] {
  const records = new Set(files.filter((f) => /\.ya?ml$/iu.test(f)).map((f) => f.replace(/\.ya?ml$/iu, '')));
  return files.filter((f) => /\.mdx$/iu.test(f) && !records.has(f.replace(/\.mdx$/iu, '')));
}
