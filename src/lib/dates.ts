/** Vietnamese date formatting. Dates from content are calendar dates at UTC midnight. */

const pad = (n: number): string => String(n).padStart(2, '0');

/** "09/11/2022" */
export function formatShortDate(date: Date): string {
  return `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}

/** "ngày 09 tháng 11 năm 2022" (the form used in document headers). */
export function formatLongDate(date: Date): string {
  return `ngày ${pad(date.getUTCDate())} tháng ${pad(date.getUTCMonth() + 1)} năm ${date.getUTCFullYear()}`;
}

/** "2022-11-09" (for `<time datetime>` and sorting). */
export function isoDate(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}
