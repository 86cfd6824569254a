/**
 * Files a programme page links to besides itself: its print stylesheet (the
 * footer of every printed page) and, when the original text is kept in
 * content/sources/, a copy of that file for download. Paths relative to the
 * base path, like src/lib/paths.ts.
 */

/** `chuong-trinh/in/<id>.css`: the programme's print stylesheet. */
export function printStylesheetPath(programmeId: string): string {
  return `chuong-trinh/in/${programmeId}.css`;
}

/** `chuong-trinh/ban-goc/<id>.txt`: the original text as received. */
export function sourceFilePath(programmeId: string): string {
  return `chuong-trinh/ban-goc/${programmeId}.txt`;
}

/** The name a downloaded source file gets: the last segment of its repository path. */
export function sourceFileName(repositoryPath: string): string {
  return repositoryPath.split(/[\\/]/u).filter(Boolean).pop() ?? repositoryPath;
}

/** Whether a source file can be published as text: only plain-text files under content/sources/. */
export function isPublishableSource(repositoryPath: string): boolean {
  return /^content\/sources\/[^/]+\.txt$/u.test(repositoryPath) && !repositoryPath.includes('..');
}

/** Whether the programme page offers its source file for download (the endpoint builds exactly these). */
export function hasDownloadableSource(file: string | undefined, exists: (path: string) => boolean): file is string {
  return file !== undefined && isPublishableSource(file) && exists(file);
}
