/**
 * The envelope every JSON export under /du-lieu/ shares (see README, "Data
 * and feeds"). A route builds its `items` and returns `jsonResponse(...)`.
 */

export interface DataExport<T> {
  /** Bumped when a field changes meaning or is removed (adding fields keeps it). */
  schemaVersion: 1;
  /** Which export this is: "chuong-trinh", "van-ban", "trich-dan" … */
  kind: string;
  /** Absolute URL of the site (SITE_URL + base path), ending with "/". */
  site: string;
  /** Absolute URL of this file. */
  self: string;
  count: number;
  items: T[];
}

export function dataExport<T>(kind: string, site: string, self: string, items: T[]): DataExport<T> {
  return { schemaVersion: 1, kind, site, self, count: items.length, items };
}

/** Pretty-printed (two spaces), UTF-8, with a trailing newline. */
export function jsonResponse(data: unknown): Response {
  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
